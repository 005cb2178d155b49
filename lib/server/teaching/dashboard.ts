import "server-only";
import { mostMissedFacts, questionStats, revealStats, type BinderAnswer } from "@/lib/classes/dashboard";
import { Prisma } from "@/generated/prisma/client";
import { describeResponse } from "@/lib/quiz/seal";
import { getArticle } from "@/lib/server/learning/articles";
import { assignmentQuestions, getTeacherAssignment, type TeacherAssignment } from "./assignments";
import { assignmentWork, type LearnerWorkView } from "./assignment-work";
import { type Actor } from "@/lib/server/platform/actor";
import { db } from "@/lib/server/platform/db";
import { readStoredPrompt, readStoredResponse, storedReadingRecord } from "@/lib/server/platform/stored-json";

// The class dashboard of an assignment: each learner's status, the binder (each learner's
// answer to each question of their best attempt), the facts missed most and the sentences
// whose translation learners revealed most in cover mode. Teachers of the class only.

export type DashboardLearner = { id: string; name: string; username: string | null; work: LearnerWorkView };
export type BinderCell = { correct: boolean; text: string } | null;

/** The best submitted attempt (highest score, earliest on a tie): the one that counts. */
function bestAttempt(work: LearnerWorkView, attemptsAllowed: number): string | null {
  const allowed = work.attempts.slice(0, attemptsAllowed);
  let best: (typeof allowed)[number] | null = null;
  for (const a of allowed) if (!best || a.score / a.questionCount > best.score / best.questionCount) best = a;
  return best?.id ?? null;
}

async function binderAnswers(attemptIds: Map<string, string>): Promise<BinderAnswer[]> {
  const learnerOf = new Map([...attemptIds].map(([learner, attempt]) => [attempt, learner]));
  if (learnerOf.size === 0) return [];
  // One plain join: the ORM's nested select of each answer's question cost ~40 ms for a class
  // of 40 (see `npm run bench -- dashboard`). Standard SQL, the same on PostgreSQL.
  const rows = await db().$queryRaw<{ attemptId: string; response: string; firstResponse: string | null; correct: number | boolean | null; engineId: string; factId: string; prompt: string }[]>`
    SELECT a."attemptId", a."response", a."firstResponse", a."correct", q."engineId", q."factId", q."prompt"
    FROM "Answer" a JOIN "QuizQuestion" q ON q."id" = a."questionId"
    WHERE a."attemptId" IN (${Prisma.join([...learnerOf.keys()])})`;
  return rows.map((row) => {
    const prompt = readStoredPrompt(row.prompt);
    return {
      learnerId: learnerOf.get(row.attemptId)!,
      questionId: row.engineId,
      factId: row.factId,
      correct: row.correct === true || row.correct === 1,
      text: describeResponse(prompt, readStoredResponse(row.firstResponse ?? row.response)) ?? "",
    };
  });
}

/** The dashboard of one of the teacher's assignments, or null. */
export async function assignmentDashboard(actor: Actor, assignmentId: string, now = new Date()) {
  const assignment = await getTeacherAssignment(actor, assignmentId);
  return assignment ? dashboardFor(assignment, now) : null;
}

/** Builds the dashboard from the database (dashboardFor decides whether it must). */
async function buildDashboard(assignment: TeacherAssignment, now: Date) {
  const enrollments = await db().enrollment.findMany({
    where: { classId: assignment.class.id, removedAt: null },
    select: { user: { select: { id: true, name: true, username: true } } },
  });
  const ids = enrollments.map((e) => e.user.id);
  const [work, questions, article] = await Promise.all([
    assignmentWork({ id: assignment.id, articleSlug: assignment.article.slug, settings: assignment.settings }, ids, now),
    assignmentQuestions(assignment),
    getArticle(assignment.article.slug),
  ]);
  // By name as people sort them (the database compares bytes: "Nguyễn" before "minh").
  const byName = new Intl.Collator("vi", { sensitivity: "base" });
  const learners: DashboardLearner[] = enrollments
    .map((e) => ({ ...e.user, work: work.get(e.user.id)! }))
    .filter((l) => l.work)
    .sort((a, b) => byName.compare(a.name, b.name));
  const best = new Map<string, string>();
  for (const l of learners) {
    const attemptId = bestAttempt(l.work, assignment.settings.attemptsAllowed);
    if (attemptId) best.set(l.id, attemptId);
  }
  // A retake asks the first quiz's facts in other questions: its answers count in the column
  // of their fact, so the binder compares fact with fact whichever attempt was the best.
  const slotOf = new Map(questions.map((q) => [q.factId, q.id]));
  const answers = (await binderAnswers(best)).map((a) => ({ ...a, questionId: slotOf.get(a.factId) ?? a.questionId }));
  const binder = new Map(learners.map((l) => [l.id, new Map(answers.filter((a) => a.learnerId === l.id).map((a) => [a.questionId, { correct: a.correct, text: a.text }]))]));
  const sentences = new Map(article?.blocks.flatMap((b) => b.sentences.map((s) => [s.id, s] as const)) ?? []);
  const readings = article
    ? await db().readingProgress.findMany({ where: { articleId: article.id, userId: { in: ids } }, select: { userId: true, read: true, reveals: true } })
    : [];
  const byFact = new Map(questions.map((q) => [q.factId, q]));
  return {
    assignment,
    learners,
    questions,
    binder,
    stats: questionStats(questions.map((q) => q.id), answers),
    missedFacts: mostMissedFacts(answers).map((f) => ({ ...f, question: byFact.get(f.factId) ?? null })),
    // Every sentence someone revealed, most learners first.
    reveals: revealStats(readings.map((r) => ({ learnerId: r.userId, reveals: storedReadingRecord(r).reveals }))).map((r) => ({ ...r, sentence: sentences.get(r.sentenceId) ?? null })),
  };
}
// Built dashboards, by assignment, with the version of what they were built from: a teacher
// reloading the page, or several teachers of one class, get the same figures without the
// queries and the binder being rebuilt until a learner joins, leaves, starts or submits an
// attempt or reads on, the assignment or its article changes, or the due date passes. Per
// process; the version is read from the database, so every process agrees on what is current.
const BUILT_LIMIT = 100;
const built = new Map<string, { version: string; board: Awaited<ReturnType<typeof buildDashboard>> }>();

/** What the dashboard of an assignment is built from, as one string: equal strings, equal dashboards. */
async function dashboardVersion(assignment: TeacherAssignment, now: Date): Promise<string> {
  const [row] = await db().$queryRaw<Record<string, unknown>[]>`
    SELECT
      (SELECT COUNT(*) FROM "Enrollment" WHERE "classId" = ${assignment.class.id}) AS "enrolled",
      (SELECT COUNT("removedAt") FROM "Enrollment" WHERE "classId" = ${assignment.class.id}) AS "removed",
      (SELECT MAX("joinedAt") FROM "Enrollment" WHERE "classId" = ${assignment.class.id}) AS "joined",
      (SELECT MAX("removedAt") FROM "Enrollment" WHERE "classId" = ${assignment.class.id}) AS "left",
      (SELECT COUNT(*) FROM "Attempt" a JOIN "Quiz" q ON q."id" = a."quizId" WHERE q."assignmentId" = ${assignment.id}) AS "attempts",
      (SELECT COUNT(a."submittedAt") FROM "Attempt" a JOIN "Quiz" q ON q."id" = a."quizId" WHERE q."assignmentId" = ${assignment.id}) AS "submitted",
      (SELECT MAX(a."submittedAt") FROM "Attempt" a JOIN "Quiz" q ON q."id" = a."quizId" WHERE q."assignmentId" = ${assignment.id}) AS "lastSubmit",
      (SELECT MAX(r."updatedAt") FROM "ReadingProgress" r JOIN "Article" t ON t."id" = r."articleId" WHERE t."slug" = ${assignment.article.slug}) AS "lastRead",
      (SELECT "contentHash" FROM "Article" WHERE "slug" = ${assignment.article.slug}) AS "content"`;
  const due = assignment.settings.dueAt;
  const values = Object.values(row ?? {}).map((v) => (v instanceof Date ? v.toISOString() : String(v)));
  return JSON.stringify([values, assignment.settings, due ? now >= due : null]);
}

/** The dashboard of an assignment already found for its teacher (getTeacherAssignment). */
export async function dashboardFor(assignment: TeacherAssignment, now = new Date()) {
  const version = await dashboardVersion(assignment, now);
  const hit = built.get(assignment.id);
  if (hit && hit.version === version) return { ...hit.board, assignment };
  const board = await buildDashboard(assignment, now);
  built.delete(assignment.id);
  if (built.size >= BUILT_LIMIT) built.delete(built.keys().next().value ?? "");
  built.set(assignment.id, { version, board });
  return board;
}
export type AssignmentDashboard = Awaited<ReturnType<typeof dashboardFor>>;

export type { TeacherAssignment };
