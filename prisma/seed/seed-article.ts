// Writes one seed article's content into the database (lib/db/article-writer.ts). Idempotent:
// an unchanged file is skipped, a changed one is updated in place.
import type { Database } from "../../lib/db/client";
import { writeArticle } from "../../lib/db/article-writer";
import { articleId } from "../../lib/content/ids";
import type { LoadedArticle } from "./load-content";

export type SeedOutcome = "created" | "updated" | "unchanged";

/** Seeds one article; returns what happened. */
export async function seedArticle(db: Database, { content, hash }: LoadedArticle): Promise<SeedOutcome> {
  const existing = await db.article.findUnique({ where: { id: articleId(content.slug) }, select: { contentHash: true } });
  if (existing?.contentHash === hash) return "unchanged";
  await writeArticle(db, content, hash);
  return existing ? "updated" : "created";
}
