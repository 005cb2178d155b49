import "server-only";
import { createHmac } from "node:crypto";
import { afterCheck, checkQuestion } from "@/lib/classes/guided";
import { generateQuestionBank } from "@/lib/quiz/generate";
import { gradeSealed, sealQuestion, type PublicQuestion } from "@/lib/quiz/seal";
import { isLearner, type Actor } from "@/lib/server/platform/actor";
import { getArticle, type ArticleView } from "@/lib/server/learning/articles";
import { authSecret } from "@/lib/server/platform/auth-secret";
import { db } from "@/lib/server/platform/db";
import { failure, type Failure } from "@/lib/server/platform/errors";
import { quizArticleFromView } from "@/lib/server/learning/quiz-articles";
import { syncReadingRecord } from "@/lib/server/learning/reading-records";
import { emptyReadingRecord } from "@/lib/reading/local-record";

// Guided reading of an assignment: which paragraphs are open to the learner, the check question
// of the current one (options under ids signed with the server's secret, so the answer is
// checked without storing or sending it), and answering it.

async function load(actor: Actor, assignmentId: string) {
  if (!isLearner(actor)) return null;
  const row = await db().assignment.findFirst({
    where: {
      id: assignmentId,
      guidedReading: true,
      publishedAt: { not: null },
      class: { archivedAt: null, enrollments: { some: { userId: actor.id, removedAt: null } } },
    },
    // (The article's readers are checked below: its teacher's classes, or everyone.)
    select: { id: true, quizLanguage: true, class: { select: { teacherId: true } }, article: { select: { slug: true } }, guidedReadings: { where: { userId: actor.id }, select: { unlocked: true, misses: true } } },
  });
  if (!row) return null;
  const article = await getArticle(row.article.slug);
  // Another teacher's article kept for their own classes is not read through this class.
  if (!article || (article.visibility !== "site" && article.ownerId !== row.class.teacherId)) return null;
  const paragraphs = article.blocks.filter((b) => b.kind === "paragraph");
  const state = row.guidedReadings[0] ?? { unlocked: 1, misses: 0 };
  return { row, article, paragraphs, state };
}

function sealedCheck(actor: Actor, assignmentId: string, article: ArticleView, language: string, paragraph: ArticleView["blocks"][number]) {
  const bank = generateQuestionBank(quizArticleFromView(article), language as "vi" | "en" | "cross");
  const question = checkQuestion(
    bank,
    paragraph.sentences.map((s) => s.id),
    `${assignmentId}:${actor.id}:${paragraph.id}`,
  );
  if (!question) return null;
  const ids = (engineId: string) =>
    createHmac("sha256", authSecret()).update(`guided:${assignmentId}:${actor.id}:${paragraph.id}:${engineId}`).digest("base64url").slice(0, 10).replace(/[-_]/g, "x");
  return sealQuestion(question, ids);
}

export type GuidedView = {
  assignmentId: string;
  article: ArticleView;
  /** Paragraph block ids open to read, in order. */
  openParagraphIds: string[];
  paragraphCount: number;
  finished: boolean;
  /** The check on the last open paragraph (null: nothing to ask, just continue). */
  check: PublicQuestion | null;
  misses: number;
};

/** The learner's guided reading of an assignment, or null when it is not theirs or not guided. */
export async function guidedReadingView(actor: Actor, assignmentId: string): Promise<GuidedView | null> {
  const loaded = await load(actor, assignmentId);
  if (!loaded) return null;
  const { article, paragraphs, state, row } = loaded;
  const open = paragraphs.slice(0, state.unlocked);
  const finished = state.unlocked > paragraphs.length;
  const current = finished ? null : open[open.length - 1];
  const sealed = current ? sealedCheck(actor, assignmentId, article, row.quizLanguage, current) : null;
  return {
    assignmentId,
    article,
    openParagraphIds: open.map((p) => p.id),
    paragraphCount: paragraphs.length,
    finished,
    check: sealed?.publicQuestion ?? null,
    misses: state.misses,
  };
}

export type GuidedAnswer = { correct: boolean; advanced: boolean; expected: string | null; finished: boolean };

/**
 * Answers the current paragraph's check (optionId null when it has none). Opening the next
 * paragraph marks the one checked as read, so guided reading counts toward "% read".
 * "not-found" when the reading is not the learner's or already finished; "bad-response" for a
 * missing answer to a check.
 */
export async function answerGuidedCheck(
  actor: Actor,
  assignmentId: string,
  optionId: string | null,
  now = new Date(),
): Promise<GuidedAnswer | Failure<"not-found" | "bad-response">> {
  const loaded = await load(actor, assignmentId);
  if (!loaded) return failure("not-found");
  const { article, paragraphs, state, row } = loaded;
  const current = paragraphs[state.unlocked - 1];
  if (!current) return failure("not-found");
  const sealed = sealedCheck(actor, assignmentId, article, row.quizLanguage, current);
  if (sealed && optionId === null) return failure("bad-response");
  const result = sealed ? gradeSealed(sealed.key, { optionId: optionId ?? "" }) : null;
  const outcome = afterCheck(state, result ? result.correct : null, paragraphs.length);
  const key = { assignmentId_userId: { assignmentId, userId: actor.id } };
  await db().guidedReading.upsert({ where: key, create: { assignmentId, userId: actor.id, ...outcome.state }, update: outcome.state });
  if (outcome.advanced) {
    await syncReadingRecord(actor.id, article.slug, { ...emptyReadingRecord(), read: { [current.id]: now.getTime() } });
  }
  return {
    correct: outcome.correct,
    advanced: outcome.advanced,
    expected: outcome.showAnswer && result ? result.expected : null,
    finished: outcome.state.unlocked > paragraphs.length,
  };
}
