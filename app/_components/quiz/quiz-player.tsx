"use client";
import { fill } from "@/lib/i18n/fill";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState } from "react";
import type { Response } from "@/lib/quiz/types";
import type { PlayerAttempt, Verdict } from "@/lib/server/learning/quiz-types";
import { FeedbackView, type FeedbackLabels } from "./feedback-view";
import { answersInForm } from "./answers-in-form";
import { optionMarks } from "./option-marks";
import { QuestionInput, type InputLabels } from "./question-input";
import { useAnswerAutosave } from "./use-answer-autosave";

export type PlayerLabels = InputLabels & {
  feedback: FeedbackLabels;
  questionOf: string;
  answered: string;
  saving: string;
  saved: string;
  saveFailed: string;
  check: string;
  tryAgain: string;
  submit: string;
  submitting: string;
  confirmUnanswered: string;
  notSavedYet: string;
  error: string;
};

type Props = { attempt: PlayerAttempt; labels: PlayerLabels; uiLocale: "vi" | "en" };

const TEXT_SAVE_DELAY_MS = 700;

const isAnswered = (r: Response | null | undefined) =>
  !!r && ("optionId" in r || ("text" in r && r.text.trim() !== "") || ("pairs" in r && Object.keys(r.pairs).length > 0) || "order" in r);

async function post(url: string, body: unknown): Promise<globalThis.Response> {
  return fetch(url, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
}

/**
 * Plays an attempt: every answer autosaves (so a reload resumes where the learner was), in
 * immediate mode each question is checked on its own, and submitting grades the whole quiz.
 * The page holds no answer key: verdicts come from the server only after a check or submit.
 */
export function QuizPlayer({ attempt, labels, uiLocale }: Props) {
  const router = useRouter();
  const [responses, setResponses] = useState<Record<string, Response | null>>(() => Object.fromEntries(attempt.questions.map((q) => [q.id, q.response])));
  const [feedback, setFeedback] = useState<Record<string, Verdict | null>>(() => Object.fromEntries(attempt.questions.map((q) => [q.id, q.feedback])));
  const [checks, setChecks] = useState<Record<string, number>>(() => Object.fromEntries(attempt.questions.map((q) => [q.id, q.checks])));
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const root = useRef<HTMLDivElement>(null);
  const autosave = useAnswerAutosave(attempt.id);
  const { queue } = autosave;
  const immediate = attempt.feedbackMode === "immediate";
  const base = `/api/attempts/${attempt.id}`;

  const change = useCallback(
    (questionId: string, response: Response) => {
      setResponses((r) => ({ ...r, [questionId]: response }));
      queue.queue(questionId, response, "text" in response ? TEXT_SAVE_DELAY_MS : 0);
    },
    [queue],
  );

  // Taps and typing before the page could run its code (a slow phone, a slow network) are in
  // the form but were never sent: take them over, and save them, once it can.
  useEffect(() => {
    if (!root.current) return;
    for (const [questionId, response] of answersInForm(root.current, attempt.questions)) change(questionId, response);
  }, [attempt.questions, change]);

  const check = async (questionId: string) => {
    const response = responses[questionId];
    if (!response) return;
    setError(null);
    const res = await post(`${base}/check`, { questionId, response }).catch(() => null);
    if (!res?.ok) {
      const body = (await res?.json().catch(() => null)) as { message?: string } | null;
      setError(body?.message ?? labels.error);
      return;
    }
    const result = (await res.json()) as Verdict;
    setFeedback((f) => ({ ...f, [questionId]: result }));
    setChecks((c) => ({ ...c, [questionId]: (c[questionId] ?? 0) + 1 }));
  };

  const submit = async () => {
    const unanswered = attempt.questions.filter((q) => !isAnswered(responses[q.id])).length;
    if (unanswered > 0 && !window.confirm(fill(labels.confirmUnanswered, { count: unanswered }))) return;
    setSubmitting(true);
    setError(null);
    // Every answer must be on the server before the quiz is graded from what it holds.
    if (!(await queue.saveAll())) {
      setSubmitting(false);
      setError(labels.notSavedYet);
      return;
    }
    const res = await post(`${base}/submit`, {}).catch(() => null);
    await res?.text().catch(() => "");
    if (!res?.ok) {
      setSubmitting(false);
      setError(labels.error);
      return;
    }
    // The results replace the player: start them at the score.
    window.scrollTo({ top: 0 });
    router.refresh();
  };

  const answeredCount = attempt.questions.filter((q) => isAnswered(responses[q.id])).length;
  const total = attempt.questions.length;
  return (
    <div ref={root} className="space-y-6" data-attempt={attempt.id} data-mode={attempt.feedbackMode}>
      <div className="sticky top-0 z-10 flex flex-wrap items-center justify-between gap-2 border-b border-line bg-paper/95 py-2 text-sm backdrop-blur">
        <span aria-live="polite" data-answered={answeredCount}>
          {fill(labels.answered, { count: answeredCount, total })}
        </span>
        <span aria-live="polite" className="text-muted" data-save-state={autosave.state}>
          {autosave.state === "saving" ? labels.saving : autosave.state === "saved" ? labels.saved : autosave.state === "failed" ? labels.saveFailed : ""}
        </span>
      </div>
      <ol className="space-y-8">
        {attempt.questions.map((q, index) => {
          const fb = feedback[q.id];
          const final = !!fb && ("expected" in fb || "withheld" in fb || fb.correct);
          const id = `q-${q.id}`;
          return (
            <li key={q.id} id={id} className="panel space-y-4" data-question-type={q.type}>
              <p className="text-sm text-muted">{fill(labels.questionOf, { number: index + 1, total })}</p>
              <p className="text-sm font-medium" lang={q.promptLanguage}>
                {q.instruction}
              </p>
              <p id={`${id}-prompt`} className="text-lg whitespace-pre-line" lang={q.promptLanguage}>
                {q.prompt}
              </p>
              <QuestionInput id={id} question={q} response={responses[q.id] ?? null} disabled={final || submitting} labels={labels} onChange={(r) => change(q.id, r)} marks={optionMarks(fb, responses[q.id])} />
              {immediate && !final && (
                <button type="button" className="btn btn-secondary" disabled={!isAnswered(responses[q.id])} onClick={() => void check(q.id)}>
                  {(checks[q.id] ?? 0) > 0 ? labels.tryAgain : labels.check}
                </button>
              )}
              {fb && (
                <div aria-live="polite">
                  <FeedbackView feedback={fb} labels={labels.feedback} uiLocale={uiLocale} slug={attempt.article.slug} />
                </div>
              )}
            </li>
          );
        })}
      </ol>
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
      <button type="button" className="btn btn-primary w-full sm:w-auto" disabled={submitting} onClick={() => void submit()}>
        {submitting ? labels.submitting : labels.submit}
      </button>
    </div>
  );
}
