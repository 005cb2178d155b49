// Writes one seed article's content into the database (lib/db/article-writer.ts). Idempotent:
// an unchanged file is skipped, a changed one is updated in place.
import type { Database } from "../../lib/db/client";
import { writeArticle } from "../../lib/db/article-writer";
import { articleId } from "../../lib/content/ids";
import type { LoadedArticle } from "./load-content";

export type SeedOutcome = "created" | "updated" | "unchanged" | "skipped: a teacher's article has this slug";

/** Seeds one article; returns what happened. */
export async function seedArticle(db: Database, { content, hash }: LoadedArticle): Promise<SeedOutcome> {
  const existing = await db.article.findUnique({ where: { id: articleId(content.slug) }, select: { contentHash: true, ownerId: true } });
  if (existing?.contentHash === hash) return "unchanged";
  // A teacher imported an article under this slug first: it stays theirs (and as private).
  if (existing?.ownerId) return "skipped: a teacher's article has this slug";
  await writeArticle(db, content, hash);
  return existing ? "updated" : "created";
}
