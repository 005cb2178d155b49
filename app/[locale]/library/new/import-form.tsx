"use client";
import { useActionState } from "react";
import { Field, FormAlert } from "@/app/_components/forms/field";
import { shownFailure } from "@/app/_components/forms/form-state";
import type { ArticleFormState } from "../actions";

type Props = {
  action: (state: ArticleFormState, form: FormData) => Promise<ArticleFormState>;
  labels: { file: string; submit: string; invalid: string };
};

/** An exported content file back in as a draft. */
export function ImportForm({ action, labels }: Props) {
  const [state, formAction, pending] = useActionState(action, null);
  const shown = shownFailure(state);
  const invalid = shown.fieldErrors.content ? labels.invalid : undefined;
  return (
    <form action={formAction} className="space-y-3" noValidate>
      <FormAlert message={shown.message} />
      <Field id="content-file" label={labels.file} error={invalid}>
        <input id="content-file" name="content" type="file" accept=".json,application/json" className="block text-sm" aria-invalid={invalid ? true : undefined} aria-describedby={invalid ? "content-file-error" : undefined} />
      </Field>
      <button type="submit" className="btn" disabled={pending}>
        {labels.submit}
      </button>
    </form>
  );
}
