import type { Response } from "@/lib/quiz/types";
import type { Verdict } from "@/lib/server/learning/quiz-types";
import type { ReviewFeedback } from "@/lib/server/learning/review-types";

/** Once an answer is final: the right option, and the learner's option when it was wrong. */
export type OptionMarks = { right?: string; wrong?: string };

/** The marks of a choice question from its verdict and the learner's response (none before
 * the answer is final, none when the teacher withholds the right answer). */
export function optionMarks(verdict: Verdict | ReviewFeedback | null | undefined, response: Response | null | undefined): OptionMarks {
  if (!verdict || !response || !("optionId" in response)) return {};
  if (verdict.correct) return { right: response.optionId };
  if ("withheld" in verdict) return { wrong: response.optionId };
  if (!("expectedOption" in verdict) || !verdict.expectedOption) return {};
  return { right: verdict.expectedOption, wrong: response.optionId };
}

/** How an option looks: before the answer is final, outlined when chosen; after, green if right,
 * red if the learner's wrong choice. */
export function optionMarkClass(optionId: string, marks: OptionMarks): string {
  if (!marks.right && !marks.wrong) return "border-line has-[:checked]:border-accent";
  if (marks.right === optionId) return "border-read bg-green-50 dark:bg-green-950/40";
  if (marks.wrong === optionId) return "border-red-600 bg-red-50 dark:bg-red-950/40";
  return "border-line";
}
