"use client";
import { useActionState } from "react";
import { describedBy, Field } from "@/app/_components/forms/field";
import { shownFailure } from "@/app/_components/forms/form-state";
import type { ClassErrorKey } from "@/lib/classes/schemas";
import type { JoinState } from "./actions";

type Props = {
  action: (state: JoinState, form: FormData) => Promise<JoinState>;
  /** A code from the link: the form then only needs the button. */
  code?: string;
  labels: { code: string; hint: string; submit: string };
  errorLabels: Record<ClassErrorKey, string>;
};

/** Joining a class with its code. Works without JavaScript. */
export function JoinForm({ action, code, labels, errorLabels }: Props) {
  const [state, formAction, pending] = useActionState(action, null);
  const shown = shownFailure(state);
  const fieldError = shown.fieldErrors.code;
  const error = shown.message ?? (fieldError ? errorLabels[fieldError] : undefined);
  return (
    <form action={formAction} className="space-y-4" noValidate>
      {code ? (
        <>
          <input type="hidden" name="code" value={code} />
          {error && (
            <p role="alert" className="form-error">
              {error}
            </p>
          )}
        </>
      ) : (
        <Field id="join-code" label={labels.code} hint={labels.hint} error={error}>
          <input
            id="join-code"
            name="code"
            className="field max-w-48 font-mono text-2xl uppercase tracking-widest"
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            maxLength={20}
            required
            defaultValue={shown.values.code ?? ""}
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy("join-code", labels.hint, error)}
          />
        </Field>
      )}
      <button type="submit" className="btn btn-primary" disabled={pending}>
        {labels.submit}
      </button>
    </form>
  );
}
