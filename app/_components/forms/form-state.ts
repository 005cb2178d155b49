import type { FormState } from "@/lib/server/platform/errors";

/** What a form shows after its action answered: field errors, what was typed, the form's message. */
export function shownFailure<F extends string>(state: FormState<F, object>, summary: string | null = null) {
  const failed = state && !state.ok ? state : null;
  const fieldErrors: Partial<Record<string, F>> = failed?.fieldErrors ?? {};
  return {
    failed: failed !== null,
    fieldErrors,
    values: failed?.values ?? {},
    /** The whole form's failure, else the summary when some field failed. */
    message: failed?.message ?? (Object.keys(fieldErrors).length > 0 ? summary : null),
  };
}
