"use client";
import { useActionState } from "react";
import { TimeZoneField } from "@/app/_components/time-zone-field";
import type { StartQuizState } from "./actions";

type Choice = { value: string; label: string };
type Props = {
  action: (state: StartQuizState, form: FormData) => Promise<StartQuizState>;
  slug: string;
  labels: { length: string; language: string; feedback: string; start: string; errors: Record<"invalidSettings" | "noQuestions" | "tooManyGuests", string> };
  lengths: Choice[];
  languages: Choice[];
  modes: Choice[];
};

function Group({ name, legend, choices, initial }: { name: string; legend: string; choices: Choice[]; initial: string }) {
  return (
    <fieldset className="space-y-2">
      <legend className="mb-1 font-semibold">{legend}</legend>
      {choices.map((c) => (
        <label key={c.value} className="flex min-h-11 cursor-pointer items-center gap-3 rounded border border-line px-3 py-2 has-[:checked]:border-accent">
          <input type="radio" name={name} value={c.value} defaultChecked={c.value === initial} required />
          <span>{c.label}</span>
        </label>
      ))}
    </fieldset>
  );
}

/** Length, language and feedback mode of a new quiz. Works without JavaScript. */
export function QuizSettingsForm({ action, slug, labels, lengths, languages, modes }: Props) {
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <form action={formAction} className="space-y-6">
      <input type="hidden" name="slug" value={slug} />
      <TimeZoneField />
      {state?.error && (
        <p role="alert" className="form-error">
          {labels.errors[state.error]}
        </p>
      )}
      <Group name="length" legend={labels.length} choices={lengths} initial="10" />
      <Group name="language" legend={labels.language} choices={languages} initial="cross" />
      <Group name="feedbackMode" legend={labels.feedback} choices={modes} initial="immediate" />
      <button type="submit" className="btn btn-primary" disabled={pending}>
        {labels.start}
      </button>
    </form>
  );
}
