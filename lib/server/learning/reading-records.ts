import { lockKey } from "@/lib/db/row-lock";
import "server-only";
import { z } from "zod";
import { mergeReadingRecords, type ReadingRecord } from "@/lib/reading/local-record";
import { countableParagraphs, readingProgress } from "@/lib/reading/progress";
import { ReadingRecordSchema } from "@/lib/reading/record-schema";
import { getReadableArticle } from "./articles";
import { db } from "@/lib/server/platform/db";
import { Slug } from "@/lib/validation/ids";
import { storedReadingRecord } from "@/lib/server/platform/stored-json";

export const SyncReadingInput = z.object({ slug: Slug, record: ReadingRecordSchema });

/**
 * Adds what the browser recorded to the learner's stored record of the article and returns the
 * combined record with the share read. Ids that are not the article's paragraphs/sentences are
 * dropped, so a forged record cannot inflate progress. `changed`: whether the account learned
 * anything from it. Null when the article does not exist.
 */
export async function syncReadingRecord(userId: string, slug: string, incoming: ReadingRecord) {
  const article = await getReadableArticle({ id: userId }, slug);
  if (!article) return null;
  const paragraphs = countableParagraphs(article.blocks);
  const paragraphIds = new Set(paragraphs.map((p) => p.id));
  const sentenceIds = new Set(article.blocks.flatMap((b) => b.sentences.map((s) => s.id)));
  const cleaned: ReadingRecord = {
    ...incoming,
    read: Object.fromEntries(Object.entries(incoming.read).filter(([id]) => paragraphIds.has(id))),
    reveals: incoming.reveals.filter((r) => sentenceIds.has(r.sentenceId)),
  };
  const key = { userId_articleId: { userId, articleId: article.id } };
  return db().$transaction(async (tx) => {
    await lockKey(tx, `reading:${userId}:${article.id}`);
    const stored = await tx.readingProgress.findUnique({ where: key });
    const merged = stored ? mergeReadingRecords(storedReadingRecord(stored), cleaned) : cleaned;
    const progress = readingProgress(paragraphs, Object.keys(merged.read));
    const data = { read: JSON.stringify(merged.read), reveals: JSON.stringify(merged.reveals), fraction: progress.percent / 100 };
    // Pages send the browser's record on every load: most of the time there is nothing new.
    const changed = !stored || stored.read !== data.read || stored.reveals !== data.reveals || stored.fraction !== data.fraction;
    if (changed) await tx.readingProgress.upsert({ where: key, create: { userId, articleId: article.id, ...data }, update: data });
    return { record: merged, percent: progress.percent, changed };
  });
}
