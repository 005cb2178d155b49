// The quiz inputs the server accepts from a browser, as zod schemas.
import { z } from "zod";
import { PublicId as Id, RowId, Slug } from "@/lib/validation/ids";
import { feedbackModeSchema, QuizLengthSchema, quizLanguageSchema } from "@/lib/validation/quiz-settings";

/** One answer as the player sends it (public option ids). */
export const ResponseSchema = z.union([
  z.object({ optionId: Id }).strict(),
  z.object({ text: z.string().max(200) }).strict(),
  z.object({ pairs: z.record(Id, Id).refine((p) => Object.keys(p).length <= 12) }).strict(),
  z.object({ order: z.array(Id).max(12) }).strict(),
]);

/** The "start a quiz" form. */
export const QuizSettingsSchema = z.object({
  slug: Slug,
  quizLength: QuizLengthSchema,
  quizLanguage: quizLanguageSchema(),
  feedbackMode: feedbackModeSchema(),
});
export type QuizSettings = z.infer<typeof QuizSettingsSchema>;

export const SaveAnswerSchema = z.object({ questionId: RowId, response: ResponseSchema });
