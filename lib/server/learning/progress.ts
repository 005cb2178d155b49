import "server-only";
import { DEFAULT_TIME_ZONE } from "@/lib/i18n/time-zone";
import { gradeSealed } from "@/lib/quiz/seal";
import { dailyStreak, dayIn, factMastery, type Mastery } from "@/lib/review/mastery";
import { db } from "@/lib/server/platform/db";
import { reviewSummary } from "./reviews";
import { readStoredKey, storedReadingRecord } from "@/lib/server/platform/stored-json";

export type FactMasteryView = {
  factId: string;
  articleSlug: string;
  /** The fact's answer when it names it briefly (a number, a name, a term); null otherwise. */
  answer: string | null;
  sentence: { id: string; vi: string; en: string } | null;
  mastery: Mastery;
  right: number;
  asked: number;
};

/** What a learner has read of each article (0–100), newest first. */
async function readingSummary(userId: string) {
  const rows = await db().readingProgress.findMany({
    where: { userId },
    orderBy: { updatedAt: "desc" },
    select: { fraction: true, read: true, reveals: true, updatedAt: true, article: { select: { slug: true, titleVi: true, titleEn: true } } },
  });
  return rows.map((r) => ({
    slug: r.article.slug,
    title: { vi: r.article.titleVi, en: r.article.titleEn },
    percent: Math.round(r.fraction * 100),
    updatedAt: r.updatedAt,
    record: storedReadingRecord(r),
  }));
}

/** Question types whose answer does not name the fact (true/false, pairs, orders, sentences). */
const NOT_A_NAME = new Set(["true-false", "matching", "ordering", "translation-match"]);

/** Per fact, the learner's answers in time order, and how well the fact is known. */
async function masterySummary(userId: string): Promise<FactMasteryView[]> {
  const answers = await db().answer.findMany({
    where: { attempt: { userId, status: "submitted" }, correct: { not: null } },
    orderBy: { attempt: { submittedAt: "asc" } },
    select: { correct: true, question: { select: { factId: true, answerKey: true, quiz: { select: { article: { select: { slug: true } } } } } } },
  });
  const facts = new Map<string, { history: boolean[]; key: string; slug: string }>();
  for (const a of answers) {
    const entry = facts.get(a.question.factId) ?? { history: [], key: a.question.answerKey, slug: a.question.quiz.article.slug };
    entry.history.push(a.correct === true);
    facts.set(a.question.factId, entry);
  }
  return [...facts.entries()].map(([factId, { history, key, slug }]) => {
    const sealed = readStoredKey(key);
    const expected = gradeSealed(sealed, null).expected;
    const brief = !NOT_A_NAME.has(sealed.question.type) && expected.length <= 40;
    return {
      factId,
      articleSlug: slug,
      answer: brief ? expected : null,
      sentence: sealed.question.sources[0] ?? null,
      mastery: factMastery(history),
      right: history.filter(Boolean).length,
      asked: history.length,
    };
  });
}

/**
 * "My progress": reading per article, submitted attempts (oldest first, for the chart),
 * per-fact mastery, review cards and the daily streak in the learner's time zone. Every
 * query is scoped to the user.
 */
export async function learnerProgress(userId: string, now = new Date()) {
  const [user, reading, attempts, mastery, cards, reviews] = await Promise.all([
    db().user.findUnique({ where: { id: userId }, select: { timeZone: true } }),
    readingSummary(userId),
    db().attempt.findMany({
      where: { userId, status: "submitted" },
      orderBy: { submittedAt: "asc" },
      select: { id: true, score: true, questionCount: true, submittedAt: true, quiz: { select: { language: true, feedbackMode: true, article: { select: { slug: true, titleVi: true, titleEn: true } } } } },
    }),
    masterySummary(userId),
    reviewSummary(userId, now),
    db().reviewLog.findMany({ where: { userId }, select: { reviewedAt: true } }),
  ]);
  const timeZone = user?.timeZone ?? DEFAULT_TIME_ZONE;
  const days = [
    ...attempts.flatMap((a) => (a.submittedAt ? [a.submittedAt] : [])),
    ...reviews.map((r) => r.reviewedAt),
    ...reading.flatMap((r) => Object.values(r.record.read).map((ms) => new Date(ms))),
  ].map((d) => dayIn(d, timeZone));
  return {
    reading: reading.map((r) => ({ slug: r.slug, title: r.title, percent: r.percent, updatedAt: r.updatedAt })),
    attempts: attempts.map((a) => ({
      id: a.id,
      submittedAt: a.submittedAt ?? now,
      score: a.score ?? 0,
      questionCount: a.questionCount,
      percent: Math.round(((a.score ?? 0) / Math.max(1, a.questionCount)) * 100),
      language: a.quiz.language,
      feedbackMode: a.quiz.feedbackMode,
      article: { slug: a.quiz.article.slug, title: { vi: a.quiz.article.titleVi, en: a.quiz.article.titleEn } },
    })),
    mastery,
    cards,
    streak: dailyStreak(days, dayIn(now, timeZone)),
  };
}
