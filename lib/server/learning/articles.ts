import "server-only";
import { cache } from "react";
import { z } from "zod";
import { GLOSSARY_KINDS, type BlockKind } from "@/lib/content/schema";
import type { ArticleCardView, ArticleView, GlossaryTermView } from "./article-types";
import { db } from "@/lib/server/platform/db";
import { readStoredJson } from "@/lib/server/platform/stored-json";

export type {
  ArticleBlockView,
  ArticleCardView,
  ArticleView,
  Bilingual,
  GlossaryTermView,
  SentencePairView,
} from "./article-types";

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

const EnForms = z.array(z.string());
const Aliases = z.object({ vi: z.array(z.string()).optional(), en: z.array(z.string()).optional() });
const GlossaryKindSchema = z.enum(GLOSSARY_KINDS);

/** An article's glossary for the reader (terms, forms, notes and the sentence pairs each
 * occurs in), with the content hash it was read at, usable as an ETag. */
export async function getArticleGlossary(slug: string): Promise<{ hash: string; terms: GlossaryTermView[] } | null> {
  const article = await getArticle(slug);
  const memo = viewMemo.get(slug);
  return article && memo ? { hash: memo.hash, terms: article.glossary } : null;
}

/** Full article views by slug, each with the content hash it was read at. Article text only
 * changes when the seed rewrites it (and changes the hash), so a view is reused until then. */
const viewMemo = new Map<string, { hash: string; view: ArticleView }>();
const VIEW_MEMO_LIMIT = 50;

/** One article with all its blocks, sentence pairs and glossary, or null. Reading it costs
 * one indexed lookup of the content hash unless the article changed since the last read. */
export const getArticle = cache(async (slug: string): Promise<ArticleView | null> => {
  const current = await db().article.findUnique({ where: { slug }, select: { contentHash: true } });
  if (!current) return null;
  const memo = viewMemo.get(slug);
  if (memo?.hash === current.contentHash) return memo.view;
  const loaded = await loadArticleView(slug);
  if (!loaded) return null;
  viewMemo.delete(slug);
  viewMemo.set(slug, loaded);
  if (viewMemo.size > VIEW_MEMO_LIMIT) viewMemo.delete(viewMemo.keys().next().value ?? "");
  return loaded.view;
});

async function loadArticleView(slug: string): Promise<{ hash: string; view: ArticleView } | null> {
  const row = await db().article.findUnique({
    where: { slug },
    select: {
      id: true,
      contentHash: true,
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
          enForms: true,
          kind: true,
          aliases: true,
          sameAs: true,
          occurrences: { select: { sentencePair: { select: { id: true, position: true } } } },
        },
      },
    },
  });
  if (!row) return null;
  const glossary = row.glossaryTerms.map((t) => ({
    id: t.id,
    vi: t.vi,
    en: t.en,
    note: { vi: t.noteVi, en: t.noteEn },
    enForms: readStoredJson(EnForms, t.enForms, []),
    kind: GlossaryKindSchema.parse(t.kind),
    aliases: readStoredJson(Aliases, t.aliases, {}),
    sameAs: readStoredJson(EnForms, t.sameAs, []),
    sentenceIds: t.occurrences
      .map((o) => o.sentencePair)
      .sort((a, b) => a.position - b.position)
      .map((s) => s.id),
  }));
  const view: ArticleView = {
    id: row.id,
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
    glossary,
  };
  return { hash: row.contentHash, view };
}
