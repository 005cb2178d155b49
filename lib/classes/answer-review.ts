// When a learner may see the right answers of an assignment's quiz (the teacher's choice,
// as Moodle's review options): after each attempt, after their last attempt, after the due
// date, or never. Until then the results say right or wrong, not what was right. Pure.

export const ANSWER_REVIEWS = ["each", "last", "due", "never"] as const;
export type AnswerReview = (typeof ANSWER_REVIEWS)[number];

/** What the learner has done and what the assignment allows, at a moment. */
export type ReviewState = {
  review: AnswerReview;
  /** Submitted attempts at the assignment's quiz (this one included, once submitted). */
  attemptsUsed: number;
  attemptsAllowed: number;
  dueAt: Date | null;
  now: Date;
};

/** Why the right answers are not shown yet ("last", "due", "never"), or null when they are. */
export function answersWithheld(state: ReviewState): Exclude<AnswerReview, "each"> | null {
  const lastUsed = state.attemptsUsed >= state.attemptsAllowed;
  switch (state.review) {
    case "each":
      return null;
    case "last":
      return lastUsed ? null : "last";
    case "due":
      // A due date taken off later reads as "after the last attempt".
      if (!state.dueAt) return lastUsed ? null : "last";
      return state.now.getTime() >= state.dueAt.getTime() ? null : "due";
    case "never":
      return "never";
  }
}
