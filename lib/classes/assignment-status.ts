// Where a learner stands on an assignment, from what they read and the quizzes they took.
// Pure: the caller passes the figures and the time.

export type AssignmentRequirements = {
  /** Share of the article to read, 0–100 (0: reading is not checked). */
  readPercent: number;
  /** The quiz to pass, if any: pass mark as a share of the points (0–1) and attempts allowed. */
  quiz: { passMark: number; attemptsAllowed: number } | null;
  dueAt: Date | null;
};

export type LearnerWork = {
  /** Share of the article read, 0–100. */
  readPercent: number;
  /** When the reading requirement was reached, if known. */
  readAt?: Date | null;
  /** Submitted attempts of the assignment's quiz: score as a share of the points (0–1). */
  attempts: { score: number; submittedAt: Date }[];
  /** An attempt is under way (the learner has started, even with nothing read yet). */
  started?: boolean;
};

export type AssignmentStatus = "not-started" | "reading" | "completed" | "quiz-passed" | "quiz-failed" | "late";

export type AssignmentProgress = {
  status: AssignmentStatus;
  /** Whether everything required is done (whenever it was). */
  done: boolean;
  /** Done, but after the due date. */
  submittedLate: boolean;
  bestScore: number | null;
  attemptsUsed: number;
  attemptsLeft: number | null;
};

/**
 * The learner's status: `quiz-passed` (or `completed` without a quiz) once everything required
 * is done; `quiz-failed` when they took the quiz without passing (with or without attempts left);
 * `reading` too when the quiz is passed but the reading is not done;
 * `late` when the due date passed with the work unfinished; otherwise `reading` once they started
 * and `not-started` before.
 */
export function assignmentProgress(req: AssignmentRequirements, work: LearnerWork, now: Date): AssignmentProgress {
  const attempts = [...work.attempts].sort((a, b) => a.submittedAt.getTime() - b.submittedAt.getTime());
  const allowed = req.quiz ? attempts.slice(0, req.quiz.attemptsAllowed) : [];
  const bestScore = allowed.length ? Math.max(...allowed.map((a) => a.score)) : null;
  const passedAt = req.quiz ? (allowed.find((a) => a.score >= req.quiz!.passMark)?.submittedAt ?? null) : null;
  const readDone = work.readPercent >= req.readPercent;
  const quizDone = req.quiz === null || passedAt !== null;
  const done = readDone && quizDone;
  const doneAt = done ? latest([req.readPercent > 0 ? (work.readAt ?? null) : null, passedAt]) : null;
  const submittedLate = Boolean(done && req.dueAt && doneAt && doneAt > req.dueAt);
  const attemptsLeft = req.quiz ? Math.max(0, req.quiz.attemptsAllowed - attempts.length) : null;
  const common = { done, submittedLate, bestScore, attemptsUsed: attempts.length, attemptsLeft };

  if (done) return { ...common, status: req.quiz ? "quiz-passed" : "completed" };
  if (req.dueAt && now > req.dueAt) return { ...common, status: "late" };
  if (req.quiz && attempts.length > 0 && passedAt === null) return { ...common, status: "quiz-failed" };
  // Passed the quiz but not read enough yet: still reading.
  return { ...common, status: work.readPercent > 0 || passedAt !== null || work.started ? "reading" : "not-started" };
}

function latest(dates: (Date | null)[]): Date | null {
  const known = dates.filter((d): d is Date => d !== null);
  return known.length ? new Date(Math.max(...known.map((d) => d.getTime()))) : null;
}
