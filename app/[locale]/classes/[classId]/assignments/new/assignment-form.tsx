"use client";
import { useActionState } from "react";
import { describedBy, Field, FormAlert } from "@/app/_components/forms/field";
import { shownFailure } from "@/app/_components/forms/form-state";
import { RadioGroup, type Choice } from "@/app/_components/forms/radio-group";
import { TimeZoneField } from "@/app/_components/time-zone-field";
import { DEFAULT_TIME_ZONE } from "@/lib/i18n/time-zone";
import type { ClassErrorKey } from "@/lib/classes/schemas";
import type { ClassFormState } from "../../../actions";

type Labels = Record<
  | "article"
  | "instructions"
  | "instructionsHint"
  | "dueAt"
  | "dueAtHint"
  | "reading"
  | "readPercent"
  | "readPercentHint"
  | "guidedReading"
  | "guidedReadingHint"
  | "quiz"
  | "quizRequired"
  | "passMark"
  | "attemptsAllowed"
  | "reviewAnswers"
  | "length"
  | "language"
  | "feedback"
  | "submit"
  | "summary",
  string
>;

type Props = {
  action: (state: ClassFormState, form: FormData) => Promise<ClassFormState>;
  articles: Choice[];
  lengths: Choice[];
  languages: Choice[];
  modes: Choice[];
  reviews: Choice[];
  labels: Labels;
  errorLabels: Record<ClassErrorKey, string>;
};

/** What the class must do: the article, instructions, due date, reading and quiz. Works without JavaScript. */
export function AssignmentForm({ action, articles, lengths, languages, modes, reviews, labels, errorLabels }: Props) {
  const [state, formAction, pending] = useActionState(action, null);
  const shown = shownFailure(state, labels.summary);
  const v = (name: string, fallback: string) => shown.values[name] ?? fallback;
  const error = (name: string) => {
    const key = shown.fieldErrors[name];
    return key ? errorLabels[key] : undefined;
  };
  const number = (name: string, min: number, max: number, initial: string, hint?: string) => (
    <input
      id={`a-${name}`}
      name={name}
      type="number"
      inputMode="numeric"
      min={min}
      max={max}
      className="field max-w-32"
      defaultValue={v(name, initial)}
      aria-invalid={error(name) ? true : undefined}
      aria-describedby={describedBy(`a-${name}`, hint, error(name))}
    />
  );
  return (
    <form action={formAction} className="space-y-8" noValidate>
      <TimeZoneField fallback={DEFAULT_TIME_ZONE} />
      <FormAlert message={shown.message} />
      <Field id="a-articleSlug" label={labels.article} error={error("articleSlug")}>
        <select id="a-articleSlug" name="articleSlug" className="field" defaultValue={v("articleSlug", articles[0]?.value ?? "")}>
          {articles.map((a) => (
            <option key={a.value} value={a.value}>
              {a.label}
            </option>
          ))}
        </select>
      </Field>
      <Field id="a-instructions" label={labels.instructions} hint={labels.instructionsHint} error={error("instructions")}>
        <textarea
          id="a-instructions"
          name="instructions"
          rows={4}
          maxLength={2000}
          className="field"
          defaultValue={v("instructions", "")}
          aria-describedby={describedBy("a-instructions", labels.instructionsHint, error("instructions"))}
        />
      </Field>
      <Field id="a-dueAt" label={labels.dueAt} hint={labels.dueAtHint} error={error("dueAt")}>
        <input
          id="a-dueAt"
          name="dueAt"
          type="datetime-local"
          className="field max-w-64"
          defaultValue={v("dueAt", "")}
          aria-invalid={error("dueAt") ? true : undefined}
          aria-describedby={describedBy("a-dueAt", labels.dueAtHint, error("dueAt"))}
        />
      </Field>
      <fieldset className="panel space-y-4">
        <legend className="px-1 text-lg font-semibold">{labels.reading}</legend>
        <Field id="a-readPercent" label={labels.readPercent} hint={labels.readPercentHint} error={error("readPercent")}>
          {number("readPercent", 0, 100, "80", labels.readPercentHint)}
        </Field>
        <label className="flex min-h-11 items-start gap-3">
          <input type="checkbox" name="guidedReading" className="mt-1.5" defaultChecked={v("guidedReading", "") === "on"} aria-describedby="a-guided-hint" />
          <span>
            <span className="font-medium">{labels.guidedReading}</span>
            <span id="a-guided-hint" className="block text-sm text-muted">
              {labels.guidedReadingHint}
            </span>
          </span>
        </label>
      </fieldset>
      <fieldset className="panel space-y-5">
        <legend className="px-1 text-lg font-semibold">{labels.quiz}</legend>
        <label className="flex min-h-11 items-center gap-3">
          <input type="checkbox" name="quizRequired" defaultChecked={shown.failed ? shown.values.quizRequired === "on" : true} />
          <span className="font-medium">{labels.quizRequired}</span>
        </label>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field id="a-passMark" label={labels.passMark} error={error("passMark")}>
            {number("passMark", 0, 100, "70")}
          </Field>
          <Field id="a-attemptsAllowed" label={labels.attemptsAllowed} error={error("attemptsAllowed")}>
            {number("attemptsAllowed", 1, 10, "2")}
          </Field>
        </div>
        <RadioGroup name="quizLength" legend={labels.length} choices={lengths} initial={v("quizLength", "10")} />
        <RadioGroup name="quizLanguage" legend={labels.language} choices={languages} initial={v("quizLanguage", "cross")} />
        <RadioGroup name="feedbackMode" legend={labels.feedback} choices={modes} initial={v("feedbackMode", "immediate")} />
        <div className="space-y-1">
          <RadioGroup name="reviewAnswers" legend={labels.reviewAnswers} choices={reviews} initial={v("reviewAnswers", "last")} />
          {error("reviewAnswers") && (
            <p id="a-reviewAnswers-error" className="form-error">
              {error("reviewAnswers")}
            </p>
          )}
        </div>
      </fieldset>
      <button type="submit" className="btn btn-primary" disabled={pending}>
        {labels.submit}
      </button>
    </form>
  );
}
