import "server-only";
import { cache } from "react";
import { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import { foldForSearch } from "@/lib/content/search-text";
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

/** Who is looking at the library: what they may see depends on it. */
export type LibraryReader = { id: string; role: "learner" | "teacher" } | null;
export type LibraryFilters = { q?: string; level?: string | null; topic?: string | null; mine?: boolean };

/** The articles a reader may see ("everyone on this site", their own, their teachers' for their
 * classes), newest first; search ignores marks and case ("hoi nghi" finds "Hội nghị"). */
export async function listArticles(reader: LibraryReader = null, filters: LibraryFilters = {}): Promise<ArticleCardView[]> {
  const visible: Prisma.ArticleWhereInput[] = [{ visibility: "site" }];
  if (reader) {
    visible.push({ ownerId: reader.id });
    visible.push({ visibility: "classes", owner: { classesTaught: { some: { archivedAt: null, enrollments: { some: { userId: reader.id, removedAt: null } } } } } });
  }
  // One light query for what the reader may see; search and filters run here on its folded
  // text (at most 200 rows), and each card comes from the built cards below.
  const rows = await db().article.findMany({
    where: { OR: filters.mine && reader ? [{ ownerId: reader.id }] : visible },
    orderBy: [{ createdAt: "desc" }, { slug: "asc" }],
    take: 200,
    select: { slug: true, contentHash: true, ownerId: true, visibility: true, level: true, topics: true, searchText: true },
  });
  const words = foldForSearch(filters.q ?? "").split(" ").filter(Boolean).slice(0, 8);
  const found = rows
    .map((row) => ({ ...row, topics: readStoredJson(EnForms, row.topics, []) }))
    .filter((row) => words.every((w) => row.searchText.includes(w)))
    .filter((row) => !filters.level || row.level === filters.level)
    .filter((row) => !filters.topic || row.topics.includes(filters.topic));
  const cards = await articleCards(found);
  return found.filter((row) => cards.has(row.slug)).map((row) => {
    const visibility = row.visibility === "classes" ? "classes" : "site";
    return {
      ...cards.get(row.slug)!,
      slug: row.slug,
      href: readerPath({ slug: row.slug, visibility }),
      level: row.level,
      topics: row.topics,
      visibility,
      mine: reader !== null && row.ownerId === reader.id,
    };
  });
}

type CardText = Pick<ArticleCardView, "title" | "lead" | "sentenceCount" | "glossaryTermCount" | "owner">;

// The text of each article's card (titles, lead, counts, owner), by slug with the content hash
// and owner it was built from: the library asks for the same cards on every visit, and they
// change only when the article is published again.
const CARD_LIMIT = 1_000;
const builtCards = new Map<string, { key: string; card: CardText }>();

/** The cards' text for these articles, from the built cards or (in one query) the database. */
async function articleCards(rows: { slug: string; contentHash: string; ownerId: string | null }[]): Promise<Map<string, CardText>> {
  const keyOf = (row: (typeof rows)[number]) => `${row.contentHash}:${row.ownerId ?? ""}`;
  const missing = rows.filter((row) => builtCards.get(row.slug)?.key !== keyOf(row));
  if (missing.length > 0) {
    const details = await db().article.findMany({
      where: { slug: { in: missing.map((r) => r.slug) } },
      select: {
        slug: true,
        contentHash: true,
        ownerId: true,
        titleVi: true,
        titleEn: true,
        owner: { select: { name: true } },
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
    for (const row of details) {
      if (builtCards.size >= CARD_LIMIT) builtCards.delete(builtCards.keys().next().value ?? "");
      builtCards.set(row.slug, {
        key: keyOf(row),
        card: {
          title: { vi: row.titleVi, en: row.titleEn },
          lead: row.blocks.find((b) => b.kind === "paragraph")?.sentencePairs[0] ?? null,
          sentenceCount: row.blocks.reduce((n, b) => n + b._count.sentencePairs, 0),
          glossaryTermCount: row._count.glossaryTerms,
          owner: row.owner?.name ?? null,
        },
      });
    }
  }
  return new Map(rows.flatMap((row) => (builtCards.has(row.slug) ? [[row.slug, builtCards.get(row.slug)!.card] as const] : [])));
}

const EnForms = z.array(z.string());
const Aliases = z.object({ vi: z.array(z.string()).optional(), en: z.array(z.string()).optional() });
const GlossaryKindSchema = z.enum(GLOSSARY_KINDS);

/** An article's glossary for the reader (terms, forms, notes and the sentence pairs each
 * occurs in), with the content hash it was read at, usable as an ETag. */
export async function getArticleGlossary(slug: string, reader: () => Promise<{ id: string } | null> = async () => null): Promise<{ hash: string; terms: GlossaryTermView[]; visibility: "site" | "classes" } | null> {
  const found = await getArticle(slug);
  // The session is looked up only for an article that is not everyone's.
  const article = found && (found.visibility === "site" || (await mayReadArticle(await reader(), found))) ? found : null;
  const memo = viewMemo.get(slug);
  return article && memo ? { hash: memo.hash, terms: article.glossary, visibility: article.visibility } : null;
}

/** Full article views by slug, each with the content hash it was read at. Article text only
 * changes when the seed rewrites it (and changes the hash), so a view is reused until then. */
const viewMemo = new Map<string, { hash: string; view: ArticleView }>();
const VIEW_MEMO_LIMIT = 50;

/** One article with all its blocks, sentence pairs and glossary, or null. Reading it costs
 * one indexed lookup of the content hash unless the article changed since the last read. */
export const getArticle = cache(async (slug: string): Promise<ArticleView | null> => {
  const current = await db().article.findUnique({ where: { slug }, select: { contentHash: true, visibility: true, ownerId: true } });
  if (!current) return null;
  const memo = viewMemo.get(slug);
  // Who may read it is checked against the row, never only against the remembered view.
  if (memo?.hash === current.contentHash && memo.view.visibility === current.visibility && memo.view.ownerId === current.ownerId) return memo.view;
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
      visibility: true,
      ownerId: true,
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
    visibility: row.visibility === "classes" ? "classes" : "site",
    ownerId: row.ownerId,
  };
  return { hash: row.contentHash, view };
}

/** Whether someone may read an article: everyone may read the site's; an article for the
 * owner's classes is read by its owner and by the learners of the owner's classes (not those
 * removed from them). Nobody else can tell it exists. */
export async function mayReadArticle(reader: { id: string } | null, article: Pick<ArticleView, "visibility" | "ownerId">): Promise<boolean> {
  if (article.visibility === "site") return true;
  if (!reader || !article.ownerId) return false;
  if (reader.id === article.ownerId) return true;
  // An archived class is hidden from its learners: it gives no access either.
  const enrolled = await db().enrollment.findFirst({ where: { userId: reader.id, removedAt: null, class: { teacherId: article.ownerId, archivedAt: null } }, select: { classId: true } });
  return enrolled !== null;
}

/** The article if this reader may read it, else null (missing and not theirs look alike). */
export async function getReadableArticle(reader: { id: string } | null, slug: string): Promise<ArticleView | null> {
  const article = await getArticle(slug);
  return article && (await mayReadArticle(reader, article)) ? article : null;
}

/** Where an article is read: the cached reader for the site's, the checked one for a class's. */
export const readerPath = (article: Pick<ArticleView, "slug" | "visibility">) => (article.visibility === "site" ? `/articles/${article.slug}` : `/library/${article.slug}`);

/** The article if everyone may read it (pages served from the cache), else null. */
export async function getPublicArticle(slug: string): Promise<ArticleView | null> {
  const article = await getArticle(slug);
  return article?.visibility === "site" ? article : null;
}
