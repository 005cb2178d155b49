import { fill } from "@/lib/i18n/fill";
import { sentenceAnchor } from "@/lib/content/ids";
import type { GradeNote } from "@/lib/quiz/types";
import type { Verdict } from "@/lib/server/learning/quiz-types";

export type FeedbackLabels = {
  correct: string;
  incorrect: string;
  partial: string;
  answerWas: string;
  wrongFirst: string;
  evidence: string;
  showInArticle: string;
  explanation: string;
  /** A wrong answer whose right answer the teacher does not show yet, or never. */
  withheld: string;
  withheldNever: string;
  notes: Record<GradeNote, string>;
};

type Props = { feedback: Verdict; labels: FeedbackLabels; uiLocale: "vi" | "en"; slug: string };

/** The verdict on one answer with its evidence: the source sentences in both languages, each
 * linking to the reader at that sentence. Shared by the player, the results and reviews. */
export function FeedbackView({ feedback, labels, uiLocale, slug }: Props) {
  if ("withheld" in feedback) {
    return (
      <div className="space-y-1 rounded border-l-4 border-red-600 bg-red-50 p-3 dark:bg-red-950/40" data-verdict="incorrect" data-withheld={feedback.withheld}>
        <p className="font-semibold">{feedback.points > 0 ? fill(labels.partial, { percent: Math.round(feedback.points * 100) }) : labels.incorrect}</p>
        <p className="text-sm">{feedback.withheld === "never" ? labels.withheldNever : labels.withheld}</p>
      </div>
    );
  }
  const final = "expected" in feedback;
  const partial = final && !feedback.correct && feedback.points > 0;
  return (
    <div
      className={`space-y-3 rounded border-l-4 p-3 ${feedback.correct ? "border-read bg-green-50 dark:bg-green-950/40" : "border-red-600 bg-red-50 dark:bg-red-950/40"}`}
      data-verdict={feedback.correct ? "correct" : final ? "incorrect" : "hint"}
    >
      <p className="font-semibold">
        {feedback.correct ? labels.correct : partial ? fill(labels.partial, { percent: Math.round(feedback.points * 100) }) : final ? labels.incorrect : labels.wrongFirst}
      </p>
      {final && (
        <>
          {(!feedback.correct || feedback.notes.length === 0) && <p>{fill(labels.answerWas, { answer: feedback.expected })}</p>}
          {feedback.notes.map((note) => (
            <p key={note} className="text-sm">
              {fill(labels.notes[note], { answer: feedback.expected })}
            </p>
          ))}
          <p className="text-sm">
            <span className="font-medium">{labels.explanation}: </span>
            <span lang={uiLocale}>{feedback.explanation[uiLocale]}</span>
          </p>
        </>
      )}
      <div className="space-y-2">
        <p className="text-sm font-medium">{labels.evidence}</p>
        {feedback.sources.map((s) => (
          <blockquote key={s.id} className="space-y-1 border-l-2 border-line pl-3 text-sm">
            <p lang="vi">{s.vi}</p>
            <p lang="en" className="text-muted">
              {s.en}
            </p>
            <a href={`/${uiLocale}/articles/${slug}#${sentenceAnchor(s.id)}`} className="inline-block py-1">
              {labels.showInArticle} →
            </a>
          </blockquote>
        ))}
      </div>
    </div>
  );
}
