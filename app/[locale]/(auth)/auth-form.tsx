"use client";
import { useActionState } from "react";
import { TimeZoneField } from "@/app/_components/time-zone-field";
import type { AuthErrorKey } from "@/lib/auth/credentials";
import { shownFailure } from "@/app/_components/forms/form-state";
import type { AuthFormState } from "./actions";

export type AuthField = { name: string; label: string; type: "text" | "email" | "password"; autoComplete: string; hint?: string; required?: boolean };

type Props = {
  action: (state: AuthFormState, form: FormData) => Promise<AuthFormState>;
  fields: AuthField[];
  submitLabel: string;
  errorLabels: Record<AuthErrorKey, string>;
  summaryLabel: string;
  next: string;
  /** Values the form carries without showing them (a reset link's token). */
  hidden?: Record<string, string>;
  /** Shown once the action succeeds without leaving the page ("the link is on its way"). */
  doneMessage?: string;
};

/** A sign-in or sign-up form: works without JavaScript; errors shown per field, in the UI language. */
export function AuthForm({ action, fields, submitLabel, errorLabels, summaryLabel, next, hidden = {}, doneMessage }: Props) {
  const [state, formAction, pending] = useActionState(action, null);
  const shown = shownFailure(state, summaryLabel);
  return (
    <form action={formAction} className="space-y-5" noValidate>
      <input type="hidden" name="next" value={next} />
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <TimeZoneField />
      <div role="status">{state?.ok && doneMessage && <p className="rounded border border-line bg-note p-3">{doneMessage}</p>}</div>
      {shown.message && (
        <div role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-red-800 dark:border-red-800 dark:bg-red-950 dark:text-red-200">
          {shown.message}
        </div>
      )}
      {fields.map((field) => {
        const error = shown.fieldErrors[field.name];
        const hintId = `${field.name}-hint`;
        const errorId = `${field.name}-error`;
        return (
          <div key={field.name} className="space-y-1">
            <label htmlFor={field.name} className="block font-medium">
              {field.label}
            </label>
            <input
              id={field.name}
              name={field.name}
              type={field.type}
              autoComplete={field.autoComplete}
              required={field.required ?? true}
              defaultValue={field.type === "password" ? undefined : (shown.values[field.name] ?? "")}
              aria-invalid={error ? true : undefined}
              aria-describedby={[field.hint ? hintId : "", error ? errorId : ""].filter(Boolean).join(" ") || undefined}
              className="field"
              autoCapitalize="none"
              spellCheck={false}
            />
            {field.hint && (
              <p id={hintId} className="text-sm text-muted">
                {field.hint}
              </p>
            )}
            {error && (
              <p id={errorId} className="form-error">
                {errorLabels[error]}
              </p>
            )}
          </div>
        );
      })}
      <button type="submit" className="btn btn-primary w-full" disabled={pending}>
        {submitLabel}
      </button>
    </form>
  );
}
