// Writes one article's content into the database, for the seed and for teachers' imports alike.
// A changed article is updated in place, keeping the ids of blocks, sentence pairs and terms
// that still exist (reading records, reveals and attempts point at them) and removing the rest.
import { linkGlossary } from "@/lib/content/glossary";
import { articleId, contentId } from "@/lib/content/ids";
import type { ArticleBlockContent, ArticleContent } from "@/lib/content/schema";
import { searchTextOf } from "@/lib/content/search-text";
import { allSentences } from "@/lib/content/sentences-of";
import type { Database } from "./client";

/** Who an article belongs to and who may read it; the site's own articles have no owner. */
export type ArticleListing = { ownerId: string | null; visibility: "site" | "classes"; level: string | null; topics: string[] };
export const SITE_LISTING: ArticleListing = { ownerId: null, visibility: "site", level: null, topics: [] };

function blockRow(block: ArticleBlockContent, slug: string, position: number) {
  return {
    position,
    kind: block.kind,
    imageUrl: block.kind === "figure" ? block.imageUrl : null,
    creditVi: block.kind === "figure" ? (block.credit?.vi ?? null) : null,
    creditEn: block.kind === "figure" ? (block.credit?.en ?? null) : null,
    refersToSentenceId: block.kind === "note" ? contentId(slug, block.refersTo) : null,
  };
}

/** Creates or updates the article; `hash` identifies the content written. */
export async function writeArticle(db: Database, content: ArticleContent, hash: string, listing: ArticleListing = SITE_LISTING): Promise<{ id: string }> {
  const { slug } = content;
  const id = articleId(slug);
  const headline = content.blocks[0]?.sentences[0];
  if (!headline) throw new Error(`${slug}: the first block must be the headline`);
  const lead = content.blocks.find((b) => b.kind === "paragraph")?.sentences[0];
  const articleRow = {
    slug,
    originalLanguage: content.originalLanguage,
    titleVi: headline.vi,
    titleEn: headline.en,
    sourceName: content.source.name,
    sourceUrl: content.source.url,
    publishedOn: content.source.publishedOn,
    creditsVi: content.credits.vi,
    creditsEn: content.credits.en,
    contentHash: hash,
    ownerId: listing.ownerId,
    visibility: listing.visibility,
    level: listing.level,
    topics: JSON.stringify(listing.topics),
    searchText: searchTextOf({ titles: [headline.vi, headline.en], lead: lead ? [lead.vi, lead.en] : [], topics: listing.topics, source: content.source.name }),
  };
  const sentences = allSentences(content);
  const links = linkGlossary(content);

  await db.$transaction(async (tx) => {
    await tx.article.upsert({ where: { id }, create: { id, ...articleRow }, update: articleRow });

    const blockIds = content.blocks.map((b) => contentId(slug, b.key));
    const sentenceIds = sentences.map((s) => contentId(slug, s.key));
    const termIds = content.glossary.map((t) => contentId(slug, t.key));
    await tx.glossaryOccurrence.deleteMany({ where: { term: { articleId: id } } });
    await tx.sentencePair.deleteMany({ where: { block: { articleId: id }, id: { notIn: sentenceIds } } });
    await tx.articleBlock.deleteMany({ where: { articleId: id, id: { notIn: blockIds } } });
    await tx.glossaryTerm.deleteMany({ where: { articleId: id, id: { notIn: termIds } } });

    for (const [position, block] of content.blocks.entries()) {
      const row = blockRow(block, slug, position);
      const blockId = contentId(slug, block.key);
      await tx.articleBlock.upsert({ where: { id: blockId }, create: { id: blockId, articleId: id, ...row }, update: row });
    }
    for (const s of sentences) {
      const sentenceId = contentId(slug, s.key);
      const row = { blockId: contentId(slug, s.blockKey), position: s.position, vi: s.vi, en: s.en };
      await tx.sentencePair.upsert({ where: { id: sentenceId }, create: { id: sentenceId, ...row }, update: row });
    }
    for (const [position, term] of content.glossary.entries()) {
      const termId = contentId(slug, term.key);
      const row = {
        position,
        vi: term.vi,
        en: term.en,
        noteVi: term.note.vi,
        noteEn: term.note.en,
        enForms: JSON.stringify(term.enForms ?? []),
        kind: term.kind,
        aliases: JSON.stringify(term.aliases ?? {}),
        sameAs: JSON.stringify((term.sameAs ?? []).map((key) => contentId(slug, key))),
      };
      await tx.glossaryTerm.upsert({ where: { id: termId }, create: { id: termId, articleId: id, ...row }, update: row });
    }
    await tx.glossaryOccurrence.createMany({
      data: content.glossary.flatMap((term) =>
        (links.get(term.key) ?? []).map((key) => ({ termId: contentId(slug, term.key), sentencePairId: contentId(slug, key) })),
      ),
    });
  });
  return { id };
}
