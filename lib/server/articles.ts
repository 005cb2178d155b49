import "server-only";
import type { BlockKind } from "@/lib/content/schema";
import { db } from "./db";

export type Bilingual = { vi: string; en: string };

export type SentencePairView = { id: string; vi: string; en: string };

export type ArticleBlockView = {
  id: string;
  kind: BlockKind;
  imageUrl: string | null;
  credit: Bilingual | null;
  /** For an editor's note: the sentence pair it comments on. */
  refersToSentenceId: string | null;
  sentences: SentencePairView[];
};

export type GlossaryTermView = {
  id: string;
  vi: string;
  en: string;
  note: Bilingual;
  /** Sentence pairs containing the term, in reading order. */
  sentenceIds: string[];
};

export type ArticleView = {
  slug: string;
  originalLanguage: string;
  title: Bilingual;
  source: { name: string | null; url: string | null; publishedOn: string | null };
  credits: Bilingual;
  blocks: ArticleBlockView[];
  glossary: GlossaryTermView[];
};

export type ArticleCardView = {
  slug: string;
  title: Bilingual;
  /** The first sentence of the article body, as a teaser. */
  lead: Bilingual | null;
  sentenceCount: number;
  glossaryTermCount: number;
};

/** Every article, for the home page. */
export async function listArticles(): Promise<ArticleCardView[]> {
  const rows = await db().article.findMany({
    orderBy: { createdAt: "asc" },
    select: {
      slug: true,
      titleVi: true,
      titleEn: true,
      _count: { select: { glossaryTerms: true } },
      // Editors' notes are ours, not the article's: they count neither as text nor as lead.
      blocks: {
        where: { kind: { not: "note" } },
        orderBy: { position: "asc" },
        select: {
          kind: true,
          _count: { select: { sentencePairs: true } },
          sentencePairs: { orderBy: { position: "asc" }, take: 1, select: { vi: true, en: true } },
        },
      },
    },
  });
  return rows.map((row) => {
    const lead = row.blocks.find((b) => b.kind === "paragraph")?.sentencePairs[0] ?? null;
    return {
      slug: row.slug,
      title: { vi: row.titleVi, en: row.titleEn },
      lead,
      sentenceCount: row.blocks.reduce((n, b) => n + b._count.sentencePairs, 0),
      glossaryTermCount: row._count.glossaryTerms,
    };
  });
}

/** One article with all its blocks, sentence pairs and glossary, or null. */
export async function getArticle(slug: string): Promise<ArticleView | null> {
  const row = await db().article.findUnique({
    where: { slug },
    select: {
      slug: true,
      originalLanguage: true,
      titleVi: true,
      titleEn: true,
      sourceName: true,
      sourceUrl: true,
      publishedOn: true,
      creditsVi: true,
      creditsEn: true,
      blocks: {
        orderBy: { position: "asc" },
        select: {
          id: true,
          kind: true,
          imageUrl: true,
          creditVi: true,
          creditEn: true,
          refersToSentenceId: true,
          sentencePairs: { orderBy: { position: "asc" }, select: { id: true, vi: true, en: true } },
        },
      },
      glossaryTerms: {
        orderBy: { position: "asc" },
        select: {
          id: true,
          vi: true,
          en: true,
          noteVi: true,
          noteEn: true,
          occurrences: { select: { sentencePair: { select: { id: true, position: true } } } },
        },
      },
    },
  });
  if (!row) return null;
  return {
    slug: row.slug,
    originalLanguage: row.originalLanguage,
    title: { vi: row.titleVi, en: row.titleEn },
    source: { name: row.sourceName, url: row.sourceUrl, publishedOn: row.publishedOn },
    credits: { vi: row.creditsVi, en: row.creditsEn },
    blocks: row.blocks.map((b) => ({
      id: b.id,
      kind: b.kind as BlockKind,
      imageUrl: b.imageUrl,
      credit: b.creditVi && b.creditEn ? { vi: b.creditVi, en: b.creditEn } : null,
      refersToSentenceId: b.refersToSentenceId,
      sentences: b.sentencePairs,
    })),
    glossary: row.glossaryTerms.map((t) => ({
      id: t.id,
      vi: t.vi,
      en: t.en,
      note: { vi: t.noteVi, en: t.noteEn },
      sentenceIds: t.occurrences
        .map((o) => o.sentencePair)
        .sort((a, b) => a.position - b.position)
        .map((s) => s.id),
    })),
  };
}
