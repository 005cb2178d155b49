// The shapes the quiz pages receive from lib/server/quizzes.ts (plain data, no rows, no
// answer keys for questions still open). Type-only, so client components may import it.
import type { PublicQuestion } from "@/lib/quiz/seal";
import type { FeedbackMode } from "@/lib/validation/quiz-settings";
import type { GradeNote, QuizLanguage, Response } from "@/lib/quiz/types";

/** What a learner sees after an answer is final: right or not, the answer, why, and where. */
export type Feedback = {
  correct: boolean;
  points: number;
  expected: string;
  /** A choice question's right option (public id), to mark it among the options. */
  expectedOption?: string;
  notes: GradeNote[];
  explanation: { vi: string; en: string };
  sources: { id: string; vi: string; en: string }[];
};

/** Immediate mode, after a first wrong try: the evidence, but not the answer yet. */
export type Hint = { correct: false; sources: { id: string; vi: string; en: string }[] };

/** A wrong final answer while the assignment's teacher withholds the right answers: why they are
 * not shown (lib/classes/answer-review.ts), and the points (a partly right match or order). */
export type Withheld = { correct: false; points: number; withheld: "last" | "due" | "never" };

/** What a question shows once checked or submitted. */
export type Verdict = Feedback | Hint | Withheld;

export type PlayerQuestion = PublicQuestion & {
  id: string;
  response: Response | null;
  checks: number;
  /** Immediate mode: what the last check showed. Never set for unchecked questions. */
  feedback: Verdict | null;
};

export type PlayerAttempt = {
  id: string;
  status: "in_progress" | "submitted";
  feedbackMode: FeedbackMode;
  language: QuizLanguage;
  origin: string;
  /** The class assignment the attempt counts for, if any. */
  assignmentId: string | null;
  article: { slug: string; title: { vi: string; en: string } };
  questions: PlayerQuestion[];
  score: number | null;
  questionCount: number;
  startedAt: Date;
  submittedAt: Date | null;
  /** An assignment whose right answers are not shown yet: why, and its due date. */
  answersWithheld: Withheld["withheld"] | null;
  dueAt: Date | null;
};

