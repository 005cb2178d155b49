import "server-only";
import { isLearner, type Actor } from "@/lib/server/platform/actor";
import { assignmentSettings, questionsForAttempt } from "./assignments";
import { assignmentWork } from "./assignment-work";
import { db } from "@/lib/server/platform/db";
import { failure, isUniqueViolation, type Failure } from "@/lib/server/platform/errors";
import { startQuiz } from "@/lib/server/learning/quizzes";

// Assignments, learner's side: the published work of the classes they belong to (not removed,
// class not archived), each with their status, and starting an assignment's quiz.

const visibleTo = (actor: Actor) => ({
  publishedAt: { not: null },
  class: { archivedAt: null, enrollments: { some: { userId: actor.id, removedAt: null } } },
});

const include = {
  class: { select: { name: true, teacher: { select: { name: true } } } },
  article: { select: { slug: true, titleVi: true, titleEn: true } },
} as const;

/** How many paragraphs the learner has opened in the assignment's guided reading (0: not begun). */
async function guidedOpened(userId: string, assignmentId: string): Promise<number> {
  const row = await db().guidedReading.findUnique({ where: { assignmentId_userId: { assignmentId, userId } }, select: { unlocked: true } });
  return row ? row.unlocked : 0;
}

/** The learner's assignments, soonest due first (no due date last). */
export async function listLearnerAssignments(actor: Actor, now = new Date()) {
  if (!isLearner(actor)) return [];
  const rows = await db().assignment.findMany({ where: visibleTo(actor), include, orderBy: [{ publishedAt: "desc" }] });
  const views = await Promise.all(rows.map((row) => learnerView(actor, row, now)));
  return views.sort((a, b) => (a.settings.dueAt?.getTime() ?? Infinity) - (b.settings.dueAt?.getTime() ?? Infinity));
}

const findRow = (actor: Actor, assignmentId: string) => db().assignment.findFirst({ where: { id: assignmentId, ...visibleTo(actor) }, include });

type Row = NonNullable<Awaited<ReturnType<typeof findRow>>>;

async function learnerView(actor: Actor, row: Row, now: Date) {
  const settings = assignmentSettings(row);
  const work = (await assignmentWork({ id: row.id, articleSlug: row.article.slug, settings }, [actor.id], now)).get(actor.id);
  return {
    id: row.id,
    className: row.class.name,
    teacherName: row.class.teacher.name,
    article: { slug: row.article.slug, title: { vi: row.article.titleVi, en: row.article.titleEn } },
    settings: { ...settings, questionIds: [], disabledQuestionIds: [], retakeQuestionIds: [] },
    questionCount: settings.questionIds.length,
    guidedOpened: settings.guidedReading ? await guidedOpened(actor.id, row.id) : 0,
    work: work!,
  };
}
export type LearnerAssignmentView = Awaited<ReturnType<typeof learnerView>>;

/** One of the learner's assignments with their work on it, or null. */
export async function getLearnerAssignment(actor: Actor, assignmentId: string, now = new Date()): Promise<LearnerAssignmentView | null> {
  if (!isLearner(actor)) return null;
  const row = await findRow(actor, assignmentId);
  return row ? learnerView(actor, row, now) : null;
}

export type StartAssignmentQuizResult = { attemptId: string } | Failure<"not-found" | "no-quiz" | "no-attempts-left">;

/**
 * Opens the assignment's quiz for the learner: the attempt in progress if there is one,
 * otherwise a new one with the assignment's questions and settings, while attempts are left.
 */
export async function startAssignmentQuiz(actor: Actor, assignmentId: string): Promise<StartAssignmentQuizResult> {
  if (!isLearner(actor)) return failure("not-found");
  const row = await findRow(actor, assignmentId);
  if (!row) return failure("not-found");
  const settings = assignmentSettings(row);
  if (!settings.quizRequired || settings.questionIds.length === 0) return failure("no-quiz");
  const assignment = { id: row.id, articleSlug: row.article.slug, settings };
  // Two starts at once (a double tap, two tabs, two servers) both see the same tries used and
  // both try to store the next one: the unique (assignment, learner, try) index lets one in,
  // and the other reads again and opens what it made. The loop ends: a refused insert means
  // try `used` now exists, so the next read finds it open or counts it as used.
  for (;;) {
    const work = (await assignmentWork(assignment, [actor.id])).get(actor.id);
    if (work?.inProgressAttemptId) return { attemptId: work.inProgressAttemptId };
    const used = work?.attempts.length ?? 0;
    if (used >= settings.attemptsAllowed) return failure("no-attempts-left");
    try {
      const attemptId = await startQuiz(actor.id, {
        slug: row.article.slug,
        quizLength: settings.quizLength,
        quizLanguage: settings.quizLanguage,
        feedbackMode: settings.feedbackMode,
        assignment: { id: row.id, questionIds: questionsForAttempt(settings, used), try: used },
      });
      return attemptId ? { attemptId } : failure("no-quiz");
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
  }
}
