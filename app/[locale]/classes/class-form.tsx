"use client";
import { useActionState } from "react";
import { describedBy, Field, FormAlert } from "@/app/_components/forms/field";
import { shownFailure } from "@/app/_components/forms/form-state";
import type { ClassErrorKey } from "@/lib/classes/schemas";
import type { ClassFormState } from "./actions";

type Props = {
  action: (state: ClassFormState, form: FormData) => Promise<ClassFormState>;
  labels: { name: string; nameHint: string; level: string; levelHint: string; submit: string; summary: string };
  errorLabels: Record<ClassErrorKey, string>;
};

/** New class: a name and an optional level. Works without JavaScript. */
export function ClassForm({ action, labels, errorLabels }: Props) {
  const [state, formAction, pending] = useActionState(action, null);
  const shown = shownFailure(state, labels.summary);
  const error = (name: string) => {
    const key = shown.fieldErrors[name];
    return key ? errorLabels[key] : undefined;
  };
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <FormAlert message={shown.message} />
      <Field id="class-name" label={labels.name} hint={labels.nameHint} error={error("name")}>
        <input
          id="class-name"
          name="name"
          className="field"
          required
          maxLength={80}
          defaultValue={shown.values.name ?? ""}
          aria-invalid={error("name") ? true : undefined}
          aria-describedby={describedBy("class-name", labels.nameHint, error("name"))}
        />
      </Field>
      <Field id="class-level" label={labels.level} hint={labels.levelHint} error={error("level")}>
        <input
          id="class-level"
          name="level"
          className="field"
          maxLength={40}
          defaultValue={shown.values.level ?? ""}
          aria-invalid={error("level") ? true : undefined}
          aria-describedby={describedBy("class-level", labels.levelHint, error("level"))}
        />
      </Field>
      <button type="submit" className="btn btn-primary" disabled={pending}>
        {labels.submit}
      </button>
    </form>
  );
}
