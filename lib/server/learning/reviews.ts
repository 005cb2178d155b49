import { lockKey } from "@/lib/db/row-lock";
import "server-only";
import { createHmac } from "node:crypto";
import { generateQuestionBank } from "@/lib/quiz/generate";
import { expectedOptionId, gradeSealed, sealQuestion, type PublicQuestion, type SealedKey } from "@/lib/quiz/seal";
import type { Question, Response } from "@/lib/quiz/types";
import { newCardState, previewIntervals, rateCard, type CardState, type RatingName } from "@/lib/review/schedule";
import { getArticle } from "./articles";
import { authSecret } from "@/lib/server/platform/auth-secret";
import { db } from "@/lib/server/platform/db";
import { DONE, failure, type Done, type Failure } from "@/lib/server/platform/errors";
import { quizArticleFromView } from "./quiz-articles";

import { TERM_DIRECTIONS, type CardView, type ReviewFeedback, type TermDirection } from "./review-types";

export type { CardView, ReviewFeedback } from "./review-types";

/** Saves a glossary term for review: two cards, Vietnamese → English and English → Vietnamese.
 * Saving again changes nothing. False when the term does not exist. */
export async function saveTermForReview(userId: string, termId: string, now = new Date()): Promise<boolean> {
  const term = await db().glossaryTerm.findUnique({ where: { id: termId }, select: { articleId: true } });
  if (!term) return false;
  for (const direction of TERM_DIRECTIONS) {
    await db().reviewCard.upsert({
      where: { userId_kind_subjectId_direction: { userId, kind: "term", subjectId: termId, direction } },
      create: { userId, articleId: term.articleId, kind: "term", subjectId: termId, direction, ...newCardState(now) },
      update: {},
    });
  }
  return true;
}

/** How many of the learner's cards are due now. */
export function dueCount(userId: string, now = new Date()): Promise<number> {
  return db().reviewCard.count({ where: { userId, due: { lte: now } } });
}

const cardState = (row: CardState): CardState => ({
  due: row.due,
  stability: row.stability,
  difficulty: row.difficulty,
  elapsedDays: row.elapsedDays,
  scheduledDays: row.scheduledDays,
  learningSteps: row.learningSteps,
  reps: row.reps,
  lapses: row.lapses,
  state: row.state,
  lastReview: row.lastReview,
});

/** The question a fact card asks this time: the bank's questions about the fact, in turn. */
async function factQuestion(articleSlug: string, factId: string, reps: number): Promise<Question | null> {
  const view = await getArticle(articleSlug);
  if (!view) return null;
  const questions = generateQuestionBank(quizArticleFromView(view), "cross").filter((q) => q.factId === factId);
  return questions.length ? (questions[reps % questions.length] ?? null) : null;
}

/** Option ids for a review question: opaque, but the same when the server asks again. */
function reviewIds(cardId: string, reps: number) {
  return (engineId: string) => createHmac("sha256", authSecret()).update(`${cardId}:${reps}:${engineId}`).digest("base64url").slice(0, 10).replace(/[-_]/g, "x");
}

async function sealedFactCard(card: { id: string; subjectId: string; reps: number; article: { slug: string } }): Promise<{ publicQuestion: PublicQuestion; key: SealedKey } | null> {
  const question = await factQuestion(card.article.slug, card.subjectId, card.reps);
  return question ? sealQuestion(question, reviewIds(card.id, card.reps)) : null;
}

/** The learner's next due card, ready to show (answer hidden), or null when nothing is due. */
export async function nextDueCard(userId: string, now = new Date()): Promise<CardView | null> {
  const user = await db().user.findUnique({ where: { id: userId }, select: { desiredRetention: true } });
  const cards = await db().reviewCard.findMany({
    where: { userId, due: { lte: now } },
    orderBy: { due: "asc" },
    take: 20,
    include: { article: { select: { slug: true } } },
  });
  for (const card of cards) {
    const intervals = previewIntervals(cardState(card), now, user?.desiredRetention);
    const base = { id: card.id, articleSlug: card.article.slug, intervals, due: card.due, reps: card.reps };
    if (card.kind === "term") {
      const term = await db().glossaryTerm.findUnique({
        where: { id: card.subjectId },
        select: { vi: true, en: true, noteVi: true, noteEn: true, occurrences: { take: 1, select: { sentencePair: { select: { id: true, vi: true, en: true } } } } },
      });
      if (!term) continue;
      const direction: TermDirection = card.direction === "en-vi" ? "en-vi" : "vi-en";
      const [from, to] = direction === "vi-en" ? (["vi", "en"] as const) : (["en", "vi"] as const);
      return {
        ...base,
        kind: "term",
        direction,
        front: { lang: from, text: term[from] },
        back: { lang: to, text: term[to] },
        note: { vi: term.noteVi, en: term.noteEn },
        example: term.occurrences[0]?.sentencePair ?? null,
      };
    }
    const sealed = await sealedFactCard(card);
    if (sealed) return { ...base, kind: "fact", question: sealed.publicQuestion };
  }
  return null;
}

/** Grades the answer to a fact card's question and suggests a rating (the learner decides). */
export async function answerFactCard(userId: string, cardId: string, response: Response): Promise<ReviewFeedback | Failure<"not-found">> {
  const card = await db().reviewCard.findFirst({ where: { id: cardId, userId, kind: "fact" }, include: { article: { select: { slug: true } } } });
  if (!card) return failure("not-found");
  const sealed = await sealedFactCard(card);
  if (!sealed) return failure("not-found");
  const result = gradeSealed(sealed.key, response);
  return {
    correct: result.correct,
    expected: result.expected,
    expectedOption: expectedOptionId(sealed.key),
    notes: result.notes,
    explanation: sealed.key.question.explanation,
    sources: sealed.key.question.sources,
    suggested: result.correct ? (result.notes.length ? "hard" : "good") : "again",
  };
}

/** Schedules the learner's card by their rating and logs the review. "not-found" if not theirs. */
export async function rateReviewCard(userId: string, cardId: string, rating: RatingName, now = new Date()): Promise<Done | Failure<"not-found">> {
  const user = await db().user.findUnique({ where: { id: userId }, select: { desiredRetention: true } });
  return db().$transaction(async (tx) => {
    await lockKey(tx, `card:${cardId}`);
    const card = await tx.reviewCard.findFirst({ where: { id: cardId, userId } });
    if (!card) return failure("not-found");
    const next = rateCard(cardState(card), rating, now, user?.desiredRetention);
    await tx.reviewCard.update({ where: { id: card.id }, data: next });
    await tx.reviewLog.create({ data: { cardId: card.id, userId, rating: ["again", "hard", "good", "easy"].indexOf(rating) + 1, reviewedAt: now } });
    return DONE;
  });
}

export async function setDesiredRetention(userId: string, retention: number): Promise<void> {
  await db().user.update({ where: { id: userId }, data: { desiredRetention: retention } });
}

/** The learner's cards at a glance: how many are due, how many in all, and the next due date. */
export async function reviewSummary(userId: string, now = new Date()) {
  const [due, total, next, user] = await Promise.all([
    dueCount(userId, now),
    db().reviewCard.count({ where: { userId } }),
    db().reviewCard.findFirst({ where: { userId, due: { gt: now } }, orderBy: { due: "asc" }, select: { due: true } }),
    db().user.findUnique({ where: { id: userId }, select: { desiredRetention: true } }),
  ]);
  return { due, total, nextDue: next?.due ?? null, retention: user?.desiredRetention ?? 0.9 };
}
