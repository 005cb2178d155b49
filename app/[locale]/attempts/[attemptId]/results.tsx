import { getTranslations } from "next-intl/server";
import { LocaleLink } from "@/app/_components/locale-link";
import { describeResponse as describe } from "@/lib/quiz/seal";
import type { PlayerAttempt } from "@/lib/server/learning/quiz-types";
import { practiseMistakesAction, retryAttemptAction } from "./actions";
import { FeedbackView, type FeedbackLabels } from "@/app/_components/quiz/feedback-view";
import { userDateTime } from "@/lib/server/platform/session";

type Props = { attempt: PlayerAttempt; uiLocale: "vi" | "en"; feedbackLabels: FeedbackLabels; isGuest: boolean; limited: boolean };

/** A submitted attempt: the score, each question's verdict with its evidence, and what next. */
export async function Results({ attempt, uiLocale, feedbackLabels, isGuest, limited }: Props) {
  const [t, q, dateTime, errors] = await Promise.all([getTranslations("Results"), getTranslations("Quiz"), userDateTime(), getTranslations("Errors")]);
  const score = attempt.score ?? 0;
  const missed = attempt.questions.filter((x) => x.feedback && !x.feedback.correct).length;
  return (
    <div className="space-y-8" data-results={attempt.id}>
      <section className="panel space-y-4" aria-labelledby="score">
        <h2 id="score" className="text-2xl font-bold" data-testid="score">
          {t("score", { score, total: attempt.questionCount, percent: Math.round((score / Math.max(1, attempt.questionCount)) * 100) })}
        </h2>
        {attempt.submittedAt && <p className="text-muted">{t("submittedAt", { date: dateTime(attempt.submittedAt, "dateTime") })}</p>}
        {attempt.answersWithheld ? (
          <p data-testid="answers-withheld">
            {attempt.answersWithheld === "due" && attempt.dueAt
              ? t("withheld-due", { date: dateTime(attempt.dueAt, "dateTime") })
              : t(`withheld-${attempt.answersWithheld === "due" ? "last" : attempt.answersWithheld}`)}
          </p>
        ) : (
          <p>{missed === 0 ? t("allRight") : t("reviewCardsAdded")}</p>
        )}
        {limited && (
          <p role="alert" className="form-error">
            {errors("too-many-requests")}
          </p>
        )}
        <div className="flex flex-wrap gap-3">
          {attempt.assignmentId ? (
            // An assignment's attempts are counted: trying again goes through the assignment.
            <LocaleLink href={`/assignments/${attempt.assignmentId}`} className="btn btn-primary">
              {t("backToAssignment")}
            </LocaleLink>
          ) : (
            <form action={retryAttemptAction.bind(null, uiLocale, attempt.id)}>
              <button type="submit" className="btn btn-primary">
                {t("retry")}
              </button>
            </form>
          )}
          {missed > 0 && !attempt.answersWithheld && (
            <form action={practiseMistakesAction.bind(null, uiLocale, attempt.id)}>
              <button type="submit" className="btn btn-secondary">
                {t("practiseMistakes", { count: missed })}
              </button>
            </form>
          )}
          {isGuest && (
            <LocaleLink href={`/sign-up?next=${encodeURIComponent(`/${uiLocale}/progress`)}`} className="btn btn-secondary">
              {t("signUpToKeep")}
            </LocaleLink>
          )}
        </div>
      </section>
      <ol className="space-y-6">
        {attempt.questions.map((question, index) => {
          const given = describe(question, question.response);
          return (
            <li key={question.id} className="panel space-y-3" data-question-result={question.feedback?.correct ? "correct" : "incorrect"}>
              <h3 className="text-sm font-semibold text-muted">{t("questionHeading", { number: index + 1 })}</h3>
              <p className="text-sm" lang={question.promptLanguage}>
                {question.instruction}
              </p>
              <p className="text-lg whitespace-pre-line" lang={question.promptLanguage}>
                {question.prompt}
              </p>
              <p>
                {q("yourAnswer", { answer: "" })}
                <span lang={question.optionsLanguage} className="font-medium">
                  {given ?? q("noAnswer")}
                </span>
              </p>
              {question.feedback && <FeedbackView feedback={question.feedback} labels={feedbackLabels} uiLocale={uiLocale} slug={attempt.article.slug} />}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
