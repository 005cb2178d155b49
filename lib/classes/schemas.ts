// What the class and assignment forms accept. Pure zod schemas; each message is a key of the
// "ClassErrors" messages (a field's error), shown in the UI language. Failures of a whole form
// (not found, class archived…) are the server's error codes ("Errors" messages).
import { z } from "zod";
import { LineText, ParagraphText } from "@/lib/validation/text";
import { localDateTime } from "@/lib/validation/dates";
import { Slug } from "@/lib/validation/ids";
import { feedbackModeSchema, QuizLengthSchema, quizLanguageSchema } from "@/lib/validation/quiz-settings";
import { ANSWER_REVIEWS } from "./answer-review";
import { joinCodeShape, normalizeJoinCode } from "./join-code";
import { zonedTimeToUtc } from "./zoned-time";

export type ClassErrorKey =
  | "nameRequired"
  | "nameLength"
  | "levelLength"
  | "codeInvalid"
  | "articleRequired"
  | "instructionsLength"
  | "dueInvalid"
  | "duePast"
  | "readPercentRange"
  | "nothingRequired"
  | "passMarkRange"
  | "attemptsRange"
  | "reviewNeedsDue"
  | "settingsInvalid";

const checkbox = z.union([z.literal("on"), z.literal("true"), z.literal(""), z.undefined(), z.null()]).transform((v) => v === "on" || v === "true");

export const ClassInput = z.object({
  name: LineText.pipe(z.string().min(1, "nameRequired").max(80, "nameLength")),
  level: z
    .string()
    .trim()
    .max(40, "levelLength")
    .optional()
    .transform((v) => (v ? v : null)),
});
export type ClassInput = z.infer<typeof ClassInput>;

/** A typed join code, read back however it was typed ("k7m q2x"), as stored. */
export const JoinCodeInput = z
  .string()
  .max(20, "codeInvalid")
  .transform((v, ctx) => {
    // A code's shape with look-alike characters goes on, to be answered "no class has this code".
    const code = normalizeJoinCode(v) ?? joinCodeShape(v);
    if (!code) ctx.addIssue({ code: "custom", message: "codeInvalid" });
    return code ?? "";
  });

/** The "new assignment" form. Dates come from a datetime-local field in the teacher's zone. */
export const AssignmentInput = z
  .object({
    articleSlug: z.string().refine((slug) => Slug.safeParse(slug).success, "articleRequired"),
    instructions: ParagraphText.pipe(z.string().max(2000, "instructionsLength")),
    dueAt: localDateTime("dueInvalid"),
    timeZone: z.string().max(64),
    readPercent: z.coerce.number("readPercentRange").int("readPercentRange").min(0, "readPercentRange").max(100, "readPercentRange"),
    quizRequired: checkbox,
    quizLength: QuizLengthSchema,
    quizLanguage: quizLanguageSchema("settingsInvalid"),
    feedbackMode: feedbackModeSchema("settingsInvalid"),
    /** In percent on the form, a fraction once parsed (as stored). */
    passMark: z.coerce.number("passMarkRange").int("passMarkRange").min(0, "passMarkRange").max(100, "passMarkRange"),
    attemptsAllowed: z.coerce.number("attemptsRange").int("attemptsRange").min(1, "attemptsRange").max(10, "attemptsRange"),
    guidedReading: checkbox,
    /** Not sent (an older form): after the last attempt. */
    reviewAnswers: z.preprocess((v) => (v === "" || v == null ? "last" : v), z.enum(ANSWER_REVIEWS, "settingsInvalid")),
  })
  .transform((v, ctx) => {
    let dueAt: Date | null = null;
    if (v.dueAt) {
      dueAt = zonedTimeToUtc(v.dueAt, v.timeZone);
      if (!dueAt) ctx.addIssue({ code: "custom", path: ["dueAt"], message: "dueInvalid" });
    }
    if (v.reviewAnswers === "due" && !v.dueAt) ctx.addIssue({ code: "custom", path: ["reviewAnswers"], message: "reviewNeedsDue" });
    if (v.readPercent === 0 && !v.quizRequired) ctx.addIssue({ code: "custom", path: ["readPercent"], message: "nothingRequired" });
    return {
      articleSlug: v.articleSlug,
      instructions: v.instructions,
      dueAt,
      readPercent: v.readPercent,
      quizRequired: v.quizRequired,
      quizLength: v.quizLength,
      quizLanguage: v.quizLanguage,
      feedbackMode: v.feedbackMode,
      passMark: v.passMark / 100,
      attemptsAllowed: v.attemptsAllowed,
      guidedReading: v.guidedReading,
      reviewAnswers: v.reviewAnswers,
    };
  });
export type AssignmentInput = z.infer<typeof AssignmentInput>;

/** The bank preview form: the question ids left switched on. */
export const QuestionChoice = z.array(z.string().min(1).max(200)).max(2000);

/** Changing an assignment's due date (empty: no due date), in the teacher's zone. */
export const DueInput = z
  .object({
    dueAt: localDateTime("dueInvalid"),
    timeZone: z.string().max(64),
  })
  .transform((v, ctx) => {
    if (!v.dueAt) return { dueAt: null };
    const dueAt = zonedTimeToUtc(v.dueAt, v.timeZone);
    if (!dueAt) ctx.addIssue({ code: "custom", path: ["dueAt"], message: "dueInvalid" });
    return { dueAt };
  });
