"use client";
import { useActionState, useMemo, useState } from "react";
import { FormAlert } from "@/app/_components/forms/field";
import { shownFailure } from "@/app/_components/forms/form-state";
import { fill } from "@/lib/i18n/fill";
import type { ClassErrorKey } from "@/lib/classes/schemas";
import type { BankQuestionView } from "@/lib/server/teaching/assignments";
import type { QuestionChoiceState } from "../../../actions";

type Props = {
  action: (state: QuestionChoiceState, form: FormData) => Promise<QuestionChoiceState>;
  questions: BankQuestionView[];
  typeLabels: Record<string, string>;
  labels: {
    kept: string;
    groupOn: string;
    groupOff: string;
    answer: string;
    save: string;
    saved: string;
    publish: string;
    switchAll: string;
    keepAll: string;
    legend: string;
    flaggedGroup: string;
    flaggedIntro: string;
    quality: string;
  };
  /** Why a question is flagged, per flag, in the UI language. */
  flagLabels: Record<string, string>;
  errorLabels: Record<ClassErrorKey, string>;
  quizRequired: boolean;
};

/**
 * The article's question bank with a switch per question (on: it may be asked). Saving keeps
 * the choice; publishing also fixes the quiz every learner gets. Works without JavaScript
 * (the count and "switch all" need it).
 */
export function QuestionBankForm({ action, questions, typeLabels, labels, flagLabels, errorLabels, quizRequired }: Props) {
  const [state, formAction, pending] = useActionState(action, null);
  const shown = shownFailure(state);
  const choiceError = shown.fieldErrors.questionId;
  const failureMessage = shown.message ?? (choiceError ? errorLabels[choiceError] : null);
  const [on, setOn] = useState(() => new Set(questions.filter((q) => q.enabled).map((q) => q.id)));
  const setMany = (list: BankQuestionView[], checked: boolean) =>
    setOn((prev) => {
      const next = new Set(prev);
      for (const q of list) {
        if (checked) next.add(q.id);
        else next.delete(q.id);
      }
      return next;
    });
  // The flagged questions come first, in a group of their own; the rest by type.
  const groups = useMemo(() => {
    const byType = new Map<string, BankQuestionView[]>();
    for (const q of questions) if (!q.flagged) byType.set(q.type, [...(byType.get(q.type) ?? []), q]);
    return [...byType];
  }, [questions]);
  const flagged = useMemo(() => questions.filter((q) => q.flagged), [questions]);
  const item = (q: BankQuestionView) => (
    <li key={q.id} className="rounded border border-line p-3 has-[:checked]:border-accent" data-question={q.id} data-flagged={q.flagged}>
      <label className="flex cursor-pointer items-start gap-3">
        <input type="checkbox" name="questionId" value={q.id} checked={on.has(q.id)} onChange={(e) => setMany([q], e.target.checked)} className="mt-1.5 h-5 w-5" />
        <span className="min-w-0 space-y-1">
          <span className="block text-sm text-muted" lang={q.promptLanguage}>
            {q.instruction}
          </span>
          <span className="block font-medium" lang={q.promptLanguage}>
            {q.prompt}
          </span>
          {q.options.length > 0 && (
            <span className="block text-sm" lang={q.optionsLanguage}>
              {q.options.join(" · ")}
            </span>
          )}
          <span className="block text-sm">
            <span className="font-semibold">{labels.answer}</span> <span lang={q.optionsLanguage}>{q.answer}</span>
          </span>
          {q.flags.length > 0 && (
            <span className="block text-sm text-muted" data-testid="question-flags">
              {fill(labels.quality, { percent: Math.round(q.quality * 100) })}: {q.flags.map((f) => flagLabels[f] ?? f).join(" ")}
            </span>
          )}
        </span>
      </label>
    </li>
  );
  return (
    <form action={formAction} className="space-y-4">
      <FormAlert message={failureMessage} />
      {state?.ok && !state.published && (
        <p role="status" className="rounded border border-line bg-note p-3">
          {labels.saved}
        </p>
      )}
      {quizRequired && (
        <fieldset className="space-y-3">
          <legend className="text-lg font-semibold">{labels.legend}</legend>
          <div className="flex flex-wrap items-center gap-3">
            <p aria-live="polite" className="font-medium" data-testid="kept-count">
              {fill(labels.kept, { kept: on.size, total: questions.length })}
            </p>
            <button type="button" className="btn btn-secondary min-h-9 py-1 text-sm" onClick={() => setOn(new Set(questions.map((q) => q.id)))}>
              {labels.keepAll}
            </button>
            <button type="button" className="btn btn-secondary min-h-9 py-1 text-sm" onClick={() => setOn(new Set())}>
              {labels.switchAll}
            </button>
          </div>
          {flagged.length > 0 && (
            <details open className="rounded border border-line" data-question-group="flagged">
              <summary className="flex min-h-11 cursor-pointer flex-wrap items-center gap-x-3 px-3 py-2">
                <span className="font-semibold">{fill(labels.flaggedGroup, { count: flagged.length })}</span>
                <span className="text-sm text-muted">{fill(labels.kept, { kept: flagged.filter((q) => on.has(q.id)).length, total: flagged.length })}</span>
              </summary>
              <div className="space-y-3 border-t border-line p-3">
                <p className="text-sm text-muted">{labels.flaggedIntro}</p>
                <ol className="space-y-3">{flagged.map(item)}</ol>
              </div>
            </details>
          )}
          {groups.map(([type, list]) => {
            const kept = list.filter((q) => on.has(q.id)).length;
            return (
              <details key={type} className="rounded border border-line" data-question-group={type}>
                <summary className="flex min-h-11 cursor-pointer flex-wrap items-center gap-x-3 px-3 py-2">
                  <span className="font-semibold">{typeLabels[type] ?? type}</span>
                  <span className="text-sm text-muted">{fill(labels.kept, { kept, total: list.length })}</span>
                </summary>
                <div className="space-y-3 border-t border-line p-3">
                  <div className="flex flex-wrap gap-2">
                    <button type="button" className="btn btn-secondary min-h-9 py-1 text-sm" onClick={() => setMany(list, true)}>
                      {fill(labels.groupOn, { type: typeLabels[type] ?? type })}
                    </button>
                    <button type="button" className="btn btn-secondary min-h-9 py-1 text-sm" onClick={() => setMany(list, false)}>
                      {fill(labels.groupOff, { type: typeLabels[type] ?? type })}
                    </button>
                  </div>
                  <ol className="space-y-3">
                    {list.map(item)}
                  </ol>
                </div>
              </details>
            );
          })}
        </fieldset>
      )}
      <div className="sticky bottom-0 flex flex-wrap gap-3 border-t border-line bg-paper py-3">
        {quizRequired && (
          <button type="submit" name="intent" value="save" className="btn btn-secondary" disabled={pending}>
            {labels.save}
          </button>
        )}
        <button type="submit" name="intent" value="publish" className="btn btn-primary" disabled={pending}>
          {labels.publish}
        </button>
      </div>
    </form>
  );
}
