import "server-only";
import { assignmentProgress, type AssignmentProgress } from "@/lib/classes/assignment-status";
import { countableParagraphs, readingReachedAt } from "@/lib/reading/progress";
import { getArticle } from "@/lib/server/learning/articles";
import type { AssignmentSettings } from "./assignments";
import { db } from "@/lib/server/platform/db";
import { storedReadingRecord } from "@/lib/server/platform/stored-json";

// What learners did for an assignment: how much of the article they read (and when they got
// there) and the attempts at its quiz, turned into their status. Shared by "My assignments"
// and the class dashboard, so both always agree.

export type AttemptSummary = { id: string; score: number; questionCount: number; submittedAt: Date };

export type LearnerWorkView = {
  readPercent: number;
  attempts: AttemptSummary[];
  inProgressAttemptId: string | null;
  progress: AssignmentProgress;
};

/** Each learner's work on the assignment (learners with none get an empty record). */
export async function assignmentWork(
  assignment: { id: string; articleSlug: string; settings: AssignmentSettings },
  userIds: string[],
  now = new Date(),
): Promise<Map<string, LearnerWorkView>> {
  const article = await getArticle(assignment.articleSlug);
  if (!article || userIds.length === 0) return new Map();
  const paragraphs = countableParagraphs(article.blocks);
  const [readings, attempts] = await Promise.all([
    db().readingProgress.findMany({ where: { articleId: article.id, userId: { in: userIds } }, select: { userId: true, fraction: true, read: true, reveals: true } }),
    db().attempt.findMany({
      where: { userId: { in: userIds }, quiz: { assignmentId: assignment.id } },
      orderBy: { startedAt: "asc" },
      select: { id: true, userId: true, status: true, score: true, questionCount: true, submittedAt: true },
    }),
  ]);
  const { settings } = assignment;
  const requirements = {
    readPercent: settings.readPercent,
    quiz: settings.quizRequired ? { passMark: settings.passMark, attemptsAllowed: settings.attemptsAllowed } : null,
    dueAt: settings.dueAt,
  };
  const out = new Map<string, LearnerWorkView>();
  for (const userId of userIds) {
    const reading = readings.find((r) => r.userId === userId);
    const readPercent = reading ? Math.round(reading.fraction * 100) : 0;
    const readAt = reading ? readingReachedAt(paragraphs, storedReadingRecord(reading).read, settings.readPercent) : null;
    const mine = attempts.filter((a) => a.userId === userId);
    const submitted = mine
      .filter((a) => a.status === "submitted" && a.submittedAt)
      .map((a) => ({ id: a.id, score: a.score ?? 0, questionCount: a.questionCount, submittedAt: a.submittedAt! }));
    const inProgressAttemptId = mine.find((a) => a.status === "in_progress")?.id ?? null;
    const progress = assignmentProgress(
      requirements,
      {
        readPercent,
        readAt,
        attempts: submitted.map((a) => ({ score: a.score / Math.max(1, a.questionCount), submittedAt: a.submittedAt })),
        started: inProgressAttemptId !== null,
      },
      now,
    );
    out.set(userId, { readPercent, attempts: submitted, inProgressAttemptId, progress });
  }
  return out;
}
