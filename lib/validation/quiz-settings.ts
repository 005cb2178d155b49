// The settings a quiz is made with, shared by the learner's "start a quiz" form, assignments
// and the rows they are stored in. Pure zod.
import { z } from "zod";
import { ANSWER_REVIEWS } from "@/lib/classes/answer-review";

export const QUIZ_LENGTHS = [5, 10, 20] as const;
export type QuizLength = (typeof QUIZ_LENGTHS)[number];
export const QUIZ_LANGUAGES = ["vi", "en", "cross"] as const;
export const FEEDBACK_MODES = ["immediate", "test"] as const;
export type FeedbackMode = (typeof FEEDBACK_MODES)[number];

/** 5, 10 or 20 questions (a form sends the number as text). */
export const QuizLengthSchema = z.coerce.number().pipe(z.union(QUIZ_LENGTHS.map((n) => z.literal(n)) as [z.ZodLiteral<5>, z.ZodLiteral<10>, z.ZodLiteral<20>]));
export const quizLanguageSchema = (message?: string) => z.enum(QUIZ_LANGUAGES, message);
export const feedbackModeSchema = (message?: string) => z.enum(FEEDBACK_MODES, message);

/** An assignment's settings as stored (its row's columns); unknown values read as the defaults. */
export const StoredAssignmentSettings = z.object({
  readPercent: z.number(),
  quizRequired: z.boolean(),
  quizLength: QuizLengthSchema.catch(10),
  quizLanguage: quizLanguageSchema().catch("cross"),
  feedbackMode: feedbackModeSchema().catch("test"),
  passMark: z.number(),
  attemptsAllowed: z.number(),
  guidedReading: z.boolean(),
  reviewAnswers: z.enum(ANSWER_REVIEWS).catch("last"),
  dueAt: z.date().nullable(),
  instructions: z.string(),
});
