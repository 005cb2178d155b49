// What a teacher sends to import an article: the two texts and the article's details. Pure zod;
// the messages are error keys the form translates (ArticleForm.errors.*).
import { z } from "zod";
import { LEVELS, VISIBILITIES } from "@/lib/align/draft";
import { splitDocument } from "@/lib/align/split";
import { cleanText } from "./text";

/** Characters a side may hold: a long feature article, not a book. */
export const MAX_SIDE_CHARACTERS = 40_000;
/** Sentences a side may hold (a 40,000-character article has about 400). */
export const MAX_SIDE_SENTENCES = 800;

const Side = z
  .string()
  .trim()
  .min(1, "textMissing")
  .max(MAX_SIDE_CHARACTERS, "textTooLong")
  // Aligning costs time with the number of sentences: a text of thousands of one-word lines is
  // refused before it is aligned.
  .refine((text) => splitDocument(text, "vi").blocks.reduce((n, b) => n + b.sentences.length, 0) <= MAX_SIDE_SENTENCES, "tooManySentences");
const Optional = (max: number, tooLong: string) =>
  z
    .string()
    .transform((s) => cleanText(s).trim())
    .pipe(z.string().max(max, tooLong))
    .transform((s) => (s === "" ? null : s));

/** The article's details, as the import form and the review page send them. */
export const DraftDetailsInput = z.object({
  sourceName: Optional(200, "sourceTooLong"),
  sourceUrl: z
    .string()
    .trim()
    .max(2000, "urlInvalid")
    .transform((s) => (s === "" ? null : s))
    .pipe(z.url({ protocol: /^https?$/, error: "urlInvalid" }).nullable()),
  publishedOn: z
    .string()
    .trim()
    .transform((s) => (s === "" ? null : s))
    .pipe(z.iso.date("dateInvalid").nullable()),
  credit: Optional(300, "creditTooLong"),
  level: z
    .string()
    .transform((s) => (s === "" ? null : s))
    .pipe(z.enum(LEVELS, "levelInvalid").nullable()),
  topics: z
    .string()
    .max(400, "topicsInvalid")
    .transform((s) => [...new Set(cleanText(s).split(/[,;]/u).map((t) => t.trim()).filter(Boolean))])
    .pipe(z.array(z.string().max(40, "topicsInvalid")).max(8, "topicsInvalid")),
  visibility: z.enum(VISIBILITIES, "visibilityInvalid"),
});

export const NewArticleInput = DraftDetailsInput.extend({ vi: Side, en: Side });
export type NewArticleInput = z.infer<typeof NewArticleInput>;
export type ArticleFieldError = "textMissing" | "textTooLong" | "tooManySentences" | "sourceTooLong" | "urlInvalid" | "dateInvalid" | "creditTooLong" | "levelInvalid" | "topicsInvalid" | "visibilityInvalid" | "fileUnreadable";

/** A glossary entry a teacher adds while reviewing. */
const Line = z.string().transform((s) => cleanText(s).trim());
export const DraftTermInput = z.object({
  vi: Line.pipe(z.string().min(1, "termMissing").max(120, "termTooLong")),
  en: Line.pipe(z.string().min(1, "termMissing").max(120, "termTooLong")),
  kind: z.enum(["person", "place", "organization", "event", "term"], "kindInvalid"),
  note: Line.pipe(z.string().max(300, "noteTooLong")),
});

/** Library search and filters (from the query string; anything odd is ignored). */
export const LibraryQuery = z.object({
  q: z.string().max(100).catch(""),
  level: z.enum(LEVELS).nullable().catch(null),
  topic: z.string().max(40).nullable().catch(null),
});
export type LibraryQuery = z.infer<typeof LibraryQuery>;
