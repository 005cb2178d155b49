// The quiz inputs the server accepts from a browser, as zod schemas.
import { z } from "zod";

const Id = z.string().min(1).max(64);

/** One answer as the player sends it (public option ids). */
export const ResponseSchema = z.union([
  z.object({ optionId: Id }).strict(),
  z.object({ text: z.string().max(200) }).strict(),
  z.object({ pairs: z.record(Id, Id).refine((p) => Object.keys(p).length <= 12) }).strict(),
  z.object({ order: z.array(Id).max(12) }).strict(),
]);

export const QUIZ_LENGTHS = [5, 10, 20] as const;
export const FEEDBACK_MODES = ["immediate", "test"] as const;
export type FeedbackMode = (typeof FEEDBACK_MODES)[number];

/** The "start a quiz" form. */
export const QuizSettingsSchema = z.object({
  slug: z.string().min(1).max(120),
  length: z.coerce.number().pipe(z.union(QUIZ_LENGTHS.map((n) => z.literal(n)) as [z.ZodLiteral<5>, z.ZodLiteral<10>, z.ZodLiteral<20>])),
  language: z.enum(["vi", "en", "cross"]),
  feedbackMode: z.enum(FEEDBACK_MODES),
});
export type QuizSettings = z.infer<typeof QuizSettingsSchema>;

export const AttemptId = z.string().min(1).max(40).regex(/^[a-z0-9]+$/);
export const QuestionId = z.string().min(1).max(40).regex(/^[a-z0-9]+$/);

export const SaveAnswerSchema = z.object({ questionId: QuestionId, response: ResponseSchema });
