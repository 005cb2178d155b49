// The content format every article is stored in (one JSON file per article under
// prisma/seed/articles/). Validated whenever a file is loaded. Pure: no I/O.
import { z } from "zod";

/** Short keys, unique within an article: "p3-s2", "f1", "tri-tue-nhan-tao". */
const Key = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "keys are lower-case words joined by dashes");

/** Article text must be NFC so that comparisons and searches match what users type. */
const Text = z
  .string()
  .trim()
  .min(1)
  .refine((s) => s === s.normalize("NFC"), "text must be Unicode NFC");

const Bilingual = z.object({ vi: Text, en: Text });

/** Links rendered into pages must be web addresses (no javascript: or data: URLs). */
const WebUrl = z.url({ protocol: /^https?$/ });

const SentencePairInput = z.object({ key: Key, vi: Text, en: Text });

const HeadlineBlock = z.object({
  kind: z.literal("headline"),
  key: Key,
  sentences: z.array(SentencePairInput).length(1),
});
const ParagraphBlock = z.object({
  kind: z.literal("paragraph"),
  key: Key,
  sentences: z.array(SentencePairInput).min(1),
});
/** A photo with its caption (the sentences) and credit. `imageUrl` is null when the
 * source gave no usable image address. */
const FigureBlock = z.object({
  kind: z.literal("figure"),
  key: Key,
  imageUrl: WebUrl.nullable(),
  credit: Bilingual.nullable(),
  sentences: z.array(SentencePairInput),
});
/** A note written by our editors (not part of the published article) about one sentence. */
const NoteBlock = z.object({
  kind: z.literal("note"),
  key: Key,
  refersTo: Key,
  sentences: z.array(SentencePairInput).min(1),
});

export const ArticleBlockInput = z.discriminatedUnion("kind", [
  HeadlineBlock,
  ParagraphBlock,
  FigureBlock,
  NoteBlock,
]);

/** What a glossary entry names: a plain term, or a named entity quizzes can ask about. */
export const GLOSSARY_KINDS = ["term", "person", "organization", "place", "event", "document"] as const;
export type GlossaryKind = (typeof GLOSSARY_KINDS)[number];

export const GlossaryTermInput = z.object({
  key: Key,
  vi: Text,
  en: Text,
  kind: z.enum(GLOSSARY_KINDS).default("term"),
  /** Other English forms the term takes in the translation ("headquartered"). */
  enForms: z.array(Text).optional(),
  /** Other names the article uses for the same thing ("the Premier", "WAIC"), per language. */
  aliases: z.object({ vi: z.array(Text).optional(), en: z.array(Text).optional() }).optional(),
  /** Keys of other entries that name the same thing (a caption's name for the conference). */
  sameAs: z.array(Key).optional(),
  note: Bilingual,
});

export const ArticleContentSchema = z
  .object({
    schemaVersion: z.literal(1),
    slug: Key,
    originalLanguage: z.enum(["vi", "en"]),
    source: z.object({
      name: Text.nullable(),
      url: WebUrl.nullable(),
      publishedOn: z.iso.date().nullable(),
    }),
    credits: Bilingual,
    blocks: z.array(ArticleBlockInput).min(1),
    glossary: z.array(GlossaryTermInput),
  })
  .superRefine((article, ctx) => {
    const headlines = article.blocks.filter((b) => b.kind === "headline");
    if (article.blocks[0]?.kind !== "headline" || headlines.length !== 1) {
      ctx.addIssue({ code: "custom", path: ["blocks"], message: "exactly one headline, first" });
    }
    const blockKeys = new Set<string>();
    const sentenceKeys = new Set<string>();
    article.blocks.forEach((block, b) => {
      if (blockKeys.has(block.key)) {
        ctx.addIssue({ code: "custom", path: ["blocks", b, "key"], message: `duplicate block key ${block.key}` });
      }
      blockKeys.add(block.key);
      block.sentences.forEach((s, i) => {
        if (sentenceKeys.has(s.key)) {
          ctx.addIssue({ code: "custom", path: ["blocks", b, "sentences", i, "key"], message: `duplicate sentence key ${s.key}` });
        }
        sentenceKeys.add(s.key);
      });
    });
    article.blocks.forEach((block, b) => {
      if (block.kind === "note" && !sentenceKeys.has(block.refersTo)) {
        ctx.addIssue({ code: "custom", path: ["blocks", b, "refersTo"], message: `unknown sentence ${block.refersTo}` });
      }
    });
    const termKeys = new Set<string>();
    article.glossary.forEach((term, t) => {
      if (termKeys.has(term.key)) {
        ctx.addIssue({ code: "custom", path: ["glossary", t, "key"], message: `duplicate term key ${term.key}` });
      }
      termKeys.add(term.key);
    });
    article.glossary.forEach((term, t) => {
      (term.sameAs ?? []).forEach((key, i) => {
        if (!termKeys.has(key) || key === term.key) ctx.addIssue({ code: "custom", path: ["glossary", t, "sameAs", i], message: `unknown glossary entry ${key}` });
      });
    });
  });

export type ArticleContent = z.output<typeof ArticleContentSchema>;
export type ArticleContentInput = z.input<typeof ArticleContentSchema>;
export type ArticleBlockContent = z.infer<typeof ArticleBlockInput>;
export type SentencePairContent = z.infer<typeof SentencePairInput>;
export type GlossaryTermContent = z.infer<typeof GlossaryTermInput>;
export type BlockKind = ArticleBlockContent["kind"];

/** Parses unknown data (a JSON file's contents) into article content, or throws with
 * every problem listed. */
export function parseArticleContent(data: unknown): ArticleContent {
  const result = ArticleContentSchema.safeParse(data);
  if (!result.success) {
    throw new Error(`Invalid article content:\n${z.prettifyError(result.error)}`);
  }
  return result.data;
}
