"use client";
import { useActionState, useEffect, useRef } from "react";
import { describedBy, Field, FormAlert } from "@/app/_components/forms/field";
import { shownFailure } from "@/app/_components/forms/form-state";
import { TimeZoneField } from "@/app/_components/time-zone-field";
import { DEFAULT_TIME_ZONE } from "@/lib/i18n/time-zone";
import type { ClassErrorKey } from "@/lib/classes/schemas";
import type { ClassFormState } from "../../../actions";

type Props = {
  action: (state: ClassFormState, form: FormData) => Promise<ClassFormState>;
  /** The current due date (ISO), shown in the browser's time zone. */
  dueAt: string | null;
  labels: { dueAt: string; hint: string; save: string };
  errorLabels: Record<ClassErrorKey, string>;
};

/** The instant as a datetime-local value in this browser's time zone. */
function localInput(iso: string): string {
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** Moves or clears the due date of an assignment. */
export function DueDateForm({ action, dueAt, labels, errorLabels }: Props) {
  const [state, formAction, pending] = useActionState(action, null);
  const input = useRef<HTMLInputElement>(null);
  const shown = shownFailure(state);
  // Filled in after load: the server does not know the browser's time zone.
  useEffect(() => {
    if (input.current && dueAt && !shown.failed) input.current.value = localInput(dueAt);
  }, [dueAt, shown.failed]);
  const errorKey = shown.fieldErrors.dueAt;
  const error = errorKey ? errorLabels[errorKey] : undefined;
  return (
    <form action={formAction} className="flex flex-wrap items-end gap-3" noValidate>
      <TimeZoneField fallback={DEFAULT_TIME_ZONE} />
      <FormAlert message={shown.message} />
      <Field id="due-at" label={labels.dueAt} hint={labels.hint} error={error}>
        <input
          ref={input}
          id="due-at"
          name="dueAt"
          type="datetime-local"
          className="field max-w-64"
          defaultValue={shown.values.dueAt ?? ""}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy("due-at", labels.hint, error)}
        />
      </Field>
      <button type="submit" className="btn btn-secondary" disabled={pending}>
        {labels.save}
      </button>
    </form>
  );
}
