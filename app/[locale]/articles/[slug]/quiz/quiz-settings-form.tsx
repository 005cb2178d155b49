"use client";
import { useActionState } from "react";
import { RadioGroup as Group, type Choice } from "@/app/_components/forms/radio-group";
import { TimeZoneField } from "@/app/_components/time-zone-field";
import type { StartQuizState } from "./actions";

type Props = {
  action: (state: StartQuizState, form: FormData) => Promise<StartQuizState>;
  slug: string;
  labels: { length: string; language: string; feedback: string; start: string; invalidSettings: string };
  lengths: Choice[];
  languages: Choice[];
  modes: Choice[];
};

/** Length, language and feedback mode of a new quiz. Works without JavaScript. */
export function QuizSettingsForm({ action, slug, labels, lengths, languages, modes }: Props) {
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <form action={formAction} className="space-y-6">
      <input type="hidden" name="slug" value={slug} />
      <TimeZoneField />
      {state && !state.ok && (
        <p role="alert" className="form-error">
          {state.message ?? labels.invalidSettings}
        </p>
      )}
      <Group name="quizLength" legend={labels.length} choices={lengths} initial="10" />
      <Group name="quizLanguage" legend={labels.language} choices={languages} initial="cross" />
      <Group name="feedbackMode" legend={labels.feedback} choices={modes} initial="immediate" />
      <button type="submit" className="btn btn-primary" disabled={pending}>
        {labels.start}
      </button>
    </form>
  );
}
