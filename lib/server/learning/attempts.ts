import { lockKey } from "@/lib/db/row-lock";
import "server-only";
import { gradeSealed } from "@/lib/quiz/seal";
import type { FeedbackMode } from "@/lib/validation/quiz-settings";
import type { QuizLanguage, Response } from "@/lib/quiz/types";
import { newCardState } from "@/lib/review/schedule";
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/server/platform/db";
import { isUniqueViolation, type ErrorCode, type Failure } from "@/lib/server/platform/errors";
import type { Feedback, PlayerAttempt, Verdict, Withheld } from "./quiz-types";
import { answersWithheld } from "@/lib/classes/answer-review";
import { StoredAssignmentSettings } from "@/lib/validation/quiz-settings";
import { readStoredPrompt, readStoredResponse } from "@/lib/server/platform/stored-json";
import { feedbackFor, fitsQuestion, readKey, readPrompt, type StoredQuestion } from "./stored-questions";

export type { Feedback, Hint, PlayerAttempt, PlayerQuestion, Verdict } from "./quiz-types";

// A learner's attempt: reading it, answering, checking (immediate mode) and submitting. Every
// function takes the user id and finds nothing for anyone else's attempt.

type Reader = Pick<ReturnType<typeof db>, "assignment" | "attempt">;

/**
 * Why the right answers of an assignment's quiz are not shown to this learner now (the
 * teacher's review option, lib/classes/answer-review.ts), or null when they are — and always
 * for a quiz of their own. Checked on the server for every view, check and practice quiz.
 */
export async function answersWithheldFor(
  userId: string,
  assignmentId: string | null,
  now = new Date(),
  reader: Reader = db(),
  /** Attempts about to be submitted, counted as used. */
  submitting = 0,
): Promise<{ withheld: Withheld["withheld"] | null; dueAt: Date | null }> {
  if (!assignmentId) return { withheld: null, dueAt: null };
  const [assignment, attemptsUsed] = await Promise.all([
    reader.assignment.findUnique({ where: { id: assignmentId }, select: { reviewAnswers: true, attemptsAllowed: true, dueAt: true } }),
    reader.attempt.count({ where: { userId, status: "submitted", quiz: { assignmentId } } }),
  ]);
  // An assignment deleted since keeps its learners' quizzes as their own.
  if (!assignment) return { withheld: null, dueAt: null };
  const review = StoredAssignmentSettings.shape.reviewAnswers.parse(assignment.reviewAnswers);
  return { withheld: answersWithheld({ review, attemptsUsed: attemptsUsed + submitting, attemptsAllowed: assignment.attemptsAllowed, dueAt: assignment.dueAt, now }), dueAt: assignment.dueAt };
}

/** A wrong final answer as the learner may see it: the full feedback, or only the verdict. */
function finalVerdict(feedback: Feedback, withheld: Withheld["withheld"] | null): Feedback | Withheld {
  return withheld && !feedback.correct ? { correct: false, points: feedback.points, withheld } : feedback;
}

async function loadAttempt(userId: string, attemptId: string) {
  return db().attempt.findFirst({
    where: { id: attemptId, userId },
    include: {
      answers: true,
      quiz: {
        select: {
          feedbackMode: true,
          language: true,
          origin: true,
          assignmentId: true,
          article: { select: { slug: true, titleVi: true, titleEn: true } },
          questions: { orderBy: { position: "asc" } },
        },
      },
    },
  });
}

/**
 * The attempt as its owner's quiz player needs it: prompts and options, saved responses and,
 * for checked questions in immediate mode, their feedback. Answer keys stay here until the
 * attempt is submitted or the question checked. Null for anyone but the owner.
 */
export async function getAttemptForPlayer(userId: string, attemptId: string, now = new Date()): Promise<PlayerAttempt | null> {
  const attempt = await loadAttempt(userId, attemptId);
  if (!attempt) return null;
  const { withheld, dueAt } = await answersWithheldFor(userId, attempt.quiz.assignmentId, now);
  const answers = new Map(attempt.answers.map((a) => [a.questionId, a]));
  const submitted = attempt.status === "submitted";
  return {
    id: attempt.id,
    status: submitted ? "submitted" : "in_progress",
    feedbackMode: attempt.quiz.feedbackMode as FeedbackMode,
    language: attempt.quiz.language as QuizLanguage,
    origin: attempt.quiz.origin,
    assignmentId: attempt.quiz.assignmentId,
    article: { slug: attempt.quiz.article.slug, title: { vi: attempt.quiz.article.titleVi, en: attempt.quiz.article.titleEn } },
    score: attempt.score,
    questionCount: attempt.questionCount,
    startedAt: attempt.startedAt,
    submittedAt: attempt.submittedAt,
    answersWithheld: submitted ? withheld : null,
    dueAt,
    questions: attempt.quiz.questions.map((q) => {
      const answer = answers.get(q.id);
      // After submitting, the answer shown is the one that scored (the first try in immediate mode).
      const response = readStoredResponse((submitted ? answer?.firstResponse : null) ?? answer?.response ?? null);
      const checks = answer?.checks ?? 0;
      let feedback: Verdict | null = null;
      if (submitted) {
        feedback = finalVerdict(feedbackFor(readKey(q), response, answer?.points ?? 0), withheld);
      } else if (checks > 0) {
        const key = readKey(q);
        const final = checks >= 2 || answer?.correct === true;
        feedback = final ? finalVerdict(feedbackFor(key, response, answer?.points ?? 0), withheld) : { correct: false, sources: key.question.sources };
      }
      return { ...readPrompt(q), id: q.id, response, checks, feedback };
    }),
  };
}

// ---------------------------------------------------------------------------------------
// Answering.

export type AnswerError = Extract<ErrorCode, "not-found" | "submitted" | "bad-response" | "not-immediate" | "no-more-tries">;

async function openQuestion(
  userId: string,
  attemptId: string,
  questionId: string,
): Promise<{ error: "not-found" | "submitted" } | { question: StoredQuestion; feedbackMode: FeedbackMode; assignmentId: string | null }> {
  const attempt = await db().attempt.findFirst({
    where: { id: attemptId, userId },
    select: { status: true, quiz: { select: { feedbackMode: true, assignmentId: true, questions: { where: { id: questionId } } } } },
  });
  const question = attempt?.quiz.questions[0];
  if (!attempt || !question) return { error: "not-found" };
  if (attempt.status !== "in_progress") return { error: "submitted" };
  return { question, feedbackMode: attempt.quiz.feedbackMode as FeedbackMode, assignmentId: attempt.quiz.assignmentId };
}

/** Why a question could not be answered: the attempt is closed, or not the learner's (or no such question). */
async function whyNotOpen(userId: string, attemptId: string): Promise<"submitted" | "not-found"> {
  const attempt = await db().attempt.findFirst({ where: { id: attemptId, userId }, select: { status: true } });
  return attempt?.status === "submitted" ? "submitted" : "not-found";
}

/** Autosaves the learner's current response to a question (the last one wins). */
export async function saveAnswer(userId: string, attemptId: string, questionId: string, response: Response): Promise<{ ok: true } | Failure<AnswerError>> {
  // The hot path of a quiz (every change autosaves), so two plain statements rather than ORM
  // queries (whose per-query planning costs more than the SQL here): one read that checks
  // ownership, that the attempt is open and that the question is in it — returning the public
  // prompt, which has every id a response may name — and one upsert. Standard SQL (ON CONFLICT
  // … DO UPDATE), the same on SQLite and PostgreSQL.
  const rows = await db().$queryRaw<{ prompt: string }[]>`
    SELECT q."prompt" FROM "QuizQuestion" q JOIN "Attempt" a ON a."quizId" = q."quizId"
    WHERE q."id" = ${questionId} AND a."id" = ${attemptId} AND a."userId" = ${userId} AND a."status" = 'in_progress'`;
  const prompt = rows[0]?.prompt;
  if (!prompt) return { error: await whyNotOpen(userId, attemptId) };
  if (!fitsQuestion(readStoredPrompt(prompt), response)) return { error: "bad-response" };
  // Written only while the attempt is still open, checked in the same statement: a submit that
  // claimed it since the read above has graded the answers as they were, and a late save must
  // not change a graded answer's response.
  const written = await db().$executeRaw`
    INSERT INTO "Answer" ("attemptId", "questionId", "response", "checks", "notes", "updatedAt")
    SELECT ${attemptId}, ${questionId}, ${JSON.stringify(response)}, 0, '[]', ${new Date()}
    WHERE EXISTS (SELECT 1 FROM "Attempt" WHERE "id" = ${attemptId} AND "status" = 'in_progress')
    ON CONFLICT ("attemptId", "questionId") DO UPDATE SET "response" = excluded."response", "updatedAt" = excluded."updatedAt"`;
  return written > 0 ? { ok: true } : { error: "submitted" };
}

/**
 * Immediate mode: checks an answer. The first check scores; if it is wrong the learner sees
 * the evidence and may try once more, for no points, after which the answer is shown.
 */
export async function checkAnswer(
  userId: string,
  attemptId: string,
  questionId: string,
  response: Response,
): Promise<{ feedback: Verdict } | Failure<AnswerError>> {
  const open = await openQuestion(userId, attemptId, questionId);
  if ("error" in open) return { error: open.error };
  if (open.feedbackMode !== "immediate") return { error: "not-immediate" };
  if (!fitsQuestion(readPrompt(open.question), response)) return { error: "bad-response" };
  const key = readKey(open.question);
  const json = JSON.stringify(response);
  const where = { attemptId_questionId: { attemptId, questionId } };
  const { withheld } = await answersWithheldFor(userId, open.assignmentId);
  return db().$transaction(async (tx) => {
    await lockKey(tx, `answer:${attemptId}:${questionId}`);
    const existing = await tx.answer.findUnique({ where });
    const checks = existing?.checks ?? 0;
    if (checks >= 2 || existing?.correct === true) return { error: "no-more-tries" as const };
    const result = gradeSealed(key, response);
    if (checks === 0) {
      const data = { response: json, firstResponse: json, checks: 1, correct: result.correct, points: result.score, notes: JSON.stringify(result.notes) };
      await tx.answer.upsert({ where, create: { attemptId, questionId, ...data }, update: data });
      return { feedback: result.correct ? feedbackFor(key, response, result.score) : { correct: false as const, sources: key.question.sources } };
    }
    // The second try shows the answer; the points of the first stay.
    await tx.answer.update({ where, data: { response: json, checks: 2 } });
    return { feedback: finalVerdict(feedbackFor(key, response, existing?.points ?? 0), withheld) };
  });
}

// ---------------------------------------------------------------------------------------
// Submitting. Idempotent: the first submit claims the attempt (in_progress → submitted in
// one conditional update); a second one, concurrent or later, finds it claimed and changes
// nothing.

export type SubmitResult = { status: "submitted" | "already-submitted"; score: number; questionCount: number } | Failure<"not-found">;

type StoredAnswer = { questionId: string; response: string; checks: number; correct: boolean | number | null; points: number | null };
type GradedAnswer = { questionId: string; response: string; correct: boolean; points: number; notes: string };

/**
 * The attempt's grades from its saved answers: every question not already scored by a check
 * (immediate mode) is graded now. Pure; the facts missed are those of every wrong answer.
 */
function gradeAnswers(questions: StoredQuestion[], saved: StoredAnswer[]): { score: number; graded: GradedAnswer[]; missedFacts: string[] } {
  const answers = new Map(saved.map((a) => [a.questionId, a]));
  let score = 0;
  const missed = new Set<string>();
  const graded: GradedAnswer[] = [];
  for (const question of questions) {
    const answer = answers.get(question.id);
    if (answer && answer.checks > 0) {
      score += answer.points ?? 0;
      if (answer.correct !== true && answer.correct !== 1) missed.add(question.factId);
      continue;
    }
    const result = gradeSealed(readKey(question), readStoredResponse(answer?.response ?? null));
    graded.push({ questionId: question.id, response: answer?.response ?? "null", correct: result.correct, points: result.score, notes: JSON.stringify(result.notes) });
    score += result.score;
    if (!result.correct) missed.add(question.factId);
  }
  return { score: Math.round(score * 100) / 100, graded, missedFacts: [...missed] };
}

export async function submitAttempt(userId: string, attemptId: string, now = new Date()): Promise<SubmitResult> {
  // Everything that does not change while the attempt is open is read first, outside the
  // transaction: its questions (keys included), its assignment's review rule and the facts
  // the learner missed in earlier attempts. The transaction holds SQLite's write lock, so it
  // does only the claim, one read of the answers as they are now, the grading (pure) and a few
  // plain statements; with 100 learners submitting at once it is what they queue for.
  const attempt = await db().attempt.findFirst({
    where: { id: attemptId, userId },
    select: { status: true, score: true, questionCount: true, articleId: true, quiz: { select: { assignmentId: true, questions: true } } },
  });
  if (!attempt) return { error: "not-found" };
  const already = { status: "already-submitted" as const, score: attempt.score ?? 0, questionCount: attempt.questionCount };
  if (attempt.status !== "in_progress") return already;
  const { assignmentId, questions } = attempt.quiz;
  // The cards of missed facts come when the right answers may be shown (see below): counted as
  // if this attempt were already submitted, as it will be.
  const { withheld } = await answersWithheldFor(userId, assignmentId, now, db(), 1);
  const earlier = !withheld && assignmentId ? await missedInAssignment(db(), userId, assignmentId) : [];

  const outcome = await db().$transaction(async (tx) => {
    const claimed = await tx.$executeRaw`
      UPDATE "Attempt" SET "status" = 'submitted', "submittedAt" = ${now}
      WHERE "id" = ${attemptId} AND "userId" = ${userId} AND "status" = 'in_progress'`;
    if (claimed === 0) return null;
    const saved = await tx.$queryRaw<StoredAnswer[]>`
      SELECT "questionId", "response", "checks", "correct", "points" FROM "Answer" WHERE "attemptId" = ${attemptId}`;
    const { score, graded, missedFacts } = gradeAnswers(questions, saved);
    await tx.$executeRaw`DELETE FROM "Answer" WHERE "attemptId" = ${attemptId} AND "checks" = 0`;
    if (graded.length > 0) {
      const rows = graded.map((g) => Prisma.sql`(${attemptId}, ${g.questionId}, ${g.response}, 0, ${g.correct}, ${g.points}, ${g.notes}, ${now})`);
      await tx.$executeRaw`
        INSERT INTO "Answer" ("attemptId", "questionId", "response", "checks", "correct", "points", "notes", "updatedAt")
        VALUES ${Prisma.join(rows)}`;
    }
    await tx.$executeRaw`UPDATE "Attempt" SET "score" = ${score} WHERE "id" = ${attemptId}`;
    // Every missed fact becomes a review card (an existing card keeps its schedule) — unless the
    // teacher withholds the right answers for now: a card shows the fact, so the cards come
    // when the answers do (with the facts missed in the assignment's earlier attempts).
    if (!withheld) await addFactCards(tx, userId, attempt.articleId, [...missedFacts, ...earlier], now);
    return score;
  });
  if (outcome === null) {
    const settled = await db().attempt.findFirst({ where: { id: attemptId, userId }, select: { score: true } });
    return { ...already, score: settled?.score ?? 0 };
  }
  return { status: "submitted", score: outcome, questionCount: attempt.questionCount };
}

type CardWriter = Pick<ReturnType<typeof db>, "reviewCard" | "answer" | "$queryRaw">;

/** The facts missed in the learner's submitted attempts at an assignment's quiz. */
async function missedInAssignment(tx: CardWriter, userId: string, assignmentId: string): Promise<string[]> {
  const rows = await tx.answer.findMany({
    where: { correct: false, attempt: { userId, status: "submitted", quiz: { assignmentId } } },
    select: { question: { select: { factId: true } } },
  });
  return rows.map((r) => r.question.factId);
}

/** New review cards for the facts that have none yet. */
async function addFactCards(tx: CardWriter, userId: string, articleId: string, factIds: string[], now: Date): Promise<void> {
  const wanted = [...new Set(factIds)];
  if (wanted.length === 0) return;
  // Two of the learner's attempts submitted at once may miss the same fact: one adds its card.
  await lockKey(tx, `cards:${userId}`);
  const known = await tx.$queryRaw<{ subjectId: string }[]>`
    SELECT "subjectId" FROM "ReviewCard"
    WHERE "userId" = ${userId} AND "kind" = 'fact' AND "direction" = '' AND "subjectId" IN (${Prisma.join(wanted)})`;
  const have = new Set(known.map((c) => c.subjectId));
  const card = newCardState(now);
  const cards = wanted.filter((factId) => !have.has(factId)).map((factId) => ({ userId, articleId, kind: "fact", subjectId: factId, direction: "", ...card }));
  if (cards.length > 0) await tx.reviewCard.createMany({ data: cards });
}

/**
 * The review cards of an assignment's missed facts, once its right answers are shown (after
 * the due date, say, with no submit to make them): called when the learner opens a result.
 * Writes only when a card is missing; a view racing another may find its cards just made.
 */
export async function releaseAssignmentCards(userId: string, attempt: Pick<PlayerAttempt, "assignmentId" | "answersWithheld" | "status">, now = new Date()): Promise<void> {
  if (!attempt.assignmentId || attempt.answersWithheld || attempt.status !== "submitted") return;
  const assignmentId = attempt.assignmentId;
  const article = await db().assignment.findUnique({ where: { id: assignmentId }, select: { articleId: true } });
  if (!article) return;
  const missed = await missedInAssignment(db(), userId, assignmentId);
  try {
    await addFactCards(db(), userId, article.articleId, missed, now);
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
  }
}
