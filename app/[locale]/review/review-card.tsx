"use client";
import { fill } from "@/lib/i18n/fill";
import { useActionState, useState } from "react";
import type { Response } from "@/lib/quiz/types";
import type { RatingName } from "@/lib/review/schedule";
import type { CardView, ReviewFeedback } from "@/lib/server/learning/review-types";
import { FeedbackView, type FeedbackLabels } from "@/app/_components/quiz/feedback-view";
import { optionMarks } from "@/app/_components/quiz/option-marks";
import { QuestionInput, type InputLabels } from "@/app/_components/quiz/question-input";
import type { ReviewActionResult } from "./actions";

export type ReviewLabels = InputLabels & {
  feedback: FeedbackLabels;
  termFront: string;
  showAnswer: string;
  example: string;
  rateHeading: string;
  ratings: Record<RatingName, string>;
  suggested: string;
  check: string;
  error: string;
};

type Props = {
  card: CardView;
  intervals: Record<RatingName, string>;
  uiLocale: "vi" | "en";
  labels: ReviewLabels;
  rate: (state: ReviewActionResult | null, form: FormData) => Promise<ReviewActionResult>;
  answer: (cardId: string, response: unknown) => Promise<ReviewFeedback | { error: string }>;
};

/** One due card: a term to recall (then reveal) or a fact question to answer (then check),
 * followed by the four FSRS ratings, each with when the card would come back. */
export function ReviewCardView({ card, intervals, uiLocale, labels, rate, answer }: Props) {
  const [revealed, setRevealed] = useState(false);
  const [response, setResponse] = useState<Response | null>(null);
  const [feedback, setFeedback] = useState<ReviewFeedback | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [state, rateAction, pending] = useActionState(rate, null);
  const suggested = feedback?.suggested;
  const showRatings = card.kind === "term" ? revealed : feedback !== null;
  const offered = offeredRatings(labels.ratings, feedback);

  const check = async () => {
    if (!response) return;
    const result = await answer(card.id, response);
    if ("error" in result) setError(labels.error);
    else setFeedback(result);
  };

  return (
    <div className="panel space-y-5" data-card-kind={card.kind} data-card-id={card.id}>
      {card.kind === "term" ? (
        <>
          <p className="text-sm text-muted">{labels.termFront}</p>
          <p className="text-3xl font-semibold" lang={card.front.lang} data-testid="card-front">
            {card.front.text}
          </p>
          {!revealed ? (
            <button type="button" className="btn btn-primary" onClick={() => setRevealed(true)} autoFocus>
              {labels.showAnswer}
            </button>
          ) : (
            <div className="space-y-3" aria-live="polite">
              <p className="text-2xl" lang={card.back.lang} data-testid="card-back">
                {card.back.text}
              </p>
              <p className="text-muted" lang={uiLocale}>
                {card.note[uiLocale]}
              </p>
              {card.example && (
                <blockquote className="space-y-1 border-l-2 border-line pl-3 text-sm">
                  <p className="font-medium">{labels.example}</p>
                  <p lang="vi">{card.example.vi}</p>
                  <p lang="en" className="text-muted">
                    {card.example.en}
                  </p>
                </blockquote>
              )}
            </div>
          )}
        </>
      ) : (
        <>
          <p className="text-sm font-medium" lang={card.question.promptLanguage}>
            {card.question.instruction}
          </p>
          <p id={`card-${card.id}-prompt`} className="text-lg whitespace-pre-line" lang={card.question.promptLanguage}>
            {card.question.prompt}
          </p>
          <QuestionInput id={`card-${card.id}`} question={card.question} response={response} disabled={feedback !== null} labels={labels} onChange={setResponse} marks={optionMarks(feedback, response)} />
          {!feedback && (
            <button type="button" className="btn btn-primary" disabled={!response} onClick={() => void check()}>
              {labels.check}
            </button>
          )}
          {feedback && (
            <div aria-live="polite">
              <FeedbackView feedback={{ ...feedback, points: feedback.correct ? 1 : 0 }} labels={labels.feedback} uiLocale={uiLocale} slug={card.articleSlug} />
            </div>
          )}
        </>
      )}
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
      {state && !state.ok && (
        <p role="alert" className="form-error">
          {labels.error}
        </p>
      )}
      {showRatings && (
        <form action={rateAction} className="space-y-2">
          <input type="hidden" name="cardId" value={card.id} />
          <p className="font-semibold">{labels.rateHeading}</p>
          {suggested && <p className="text-sm text-muted">{fill(labels.suggested, { rating: labels.ratings[suggested] })}</p>}
          <div className={`grid gap-2 ${offered.length === 4 ? "grid-cols-2 sm:grid-cols-4" : "grid-cols-3"}`}>
            {offered.map((rating) => (
              <button
                key={rating}
                type="submit"
                name="rating"
                value={rating}
                disabled={pending}
                className={`btn flex-col gap-0 ${rating === suggested ? "btn-primary" : "btn-secondary"}`}
              >
                <span>{labels.ratings[rating]}</span>
                <span className="text-xs font-normal">{intervals[rating]}</span>
              </button>
            ))}
          </div>
        </form>
      )}
    </div>
  );
}

/** The ratings a learner may give: after a wrong answer to a fact card, never "Easy". */
function offeredRatings(ratings: Record<RatingName, string>, feedback: ReviewFeedback | null): RatingName[] {
  const all = Object.keys(ratings) as RatingName[];
  return feedback && !feedback.correct ? all.filter((r) => r !== "easy") : all;
}
