import "server-only";
import type { Database } from "@/lib/db/client";
import { mergeReadingRecords } from "@/lib/reading/local-record";
import { storedReadingRecord } from "./stored-json";

/**
 * Moves everything a guest did to the account they signed up for (or signed in to): quizzes,
 * attempts and their answers, review cards with their history, and reading progress. Where
 * both have the same card, the account's one is kept; reading records are combined. One
 * transaction: either all of it moves or nothing does.
 */
export async function mergeGuestInto(database: Database, guestId: string, userId: string): Promise<void> {
  if (guestId === userId) return;
  await database.$transaction(async (tx) => {
    await tx.quiz.updateMany({ where: { userId: guestId }, data: { userId } });
    await tx.attempt.updateMany({ where: { userId: guestId }, data: { userId } });

    const guestCards = await tx.reviewCard.findMany({ where: { userId: guestId } });
    for (const card of guestCards) {
      const existing = await tx.reviewCard.findUnique({
        where: { userId_kind_subjectId_direction: { userId, kind: card.kind, subjectId: card.subjectId, direction: card.direction } },
        select: { id: true },
      });
      if (existing) await tx.reviewCard.delete({ where: { id: card.id } });
      else await tx.reviewCard.update({ where: { id: card.id }, data: { userId } });
    }
    await tx.reviewLog.updateMany({ where: { userId: guestId }, data: { userId } });

    const guestProgress = await tx.readingProgress.findMany({ where: { userId: guestId } });
    for (const progress of guestProgress) {
      const key = { userId_articleId: { userId, articleId: progress.articleId } };
      const mine = await tx.readingProgress.findUnique({ where: key });
      const merged = mine ? mergeReadingRecords(storedReadingRecord(mine), storedReadingRecord(progress)) : storedReadingRecord(progress);
      // The union of what both read: at least the larger share (the exact share is recomputed
      // from the article at the next sync).
      const fraction = Math.max(mine?.fraction ?? 0, progress.fraction);
      const data = { read: JSON.stringify(merged.read), reveals: JSON.stringify(merged.reveals), fraction };
      await tx.readingProgress.upsert({ where: key, create: { userId, articleId: progress.articleId, ...data }, update: data });
      await tx.readingProgress.delete({ where: { userId_articleId: { userId: guestId, articleId: progress.articleId } } });
    }
  });
}
