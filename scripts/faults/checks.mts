// What must hold in the database file after any fault: SQLite's own integrity checks, every
// acknowledged answer stored as sent, and every attempt either open and ungraded or submitted
// and graded whole — once, with the score its submits reported.
import { isDeepStrictEqual } from "node:util";
import Database from "better-sqlite3";
import { answerKey, type Learners } from "./load.mts";

type AttemptRow = { id: string; status: string; score: number | null; submittedAt: number | string | null; questionCount: number };
type AnswerRow = { attemptId: string; questionId: string; response: string; correct: number | null; points: number | null };

/** Each attempt's grade as first seen, to tell a regrade apart from the same grade read again. */
export type Grades = Map<string, string>;

export function checkDatabase(file: string, learners: Learners, grades: Grades): string[] {
  // Opened for writing, as the restarted server would: SQLite recovers the WAL of a killed writer.
  const sqlite = new Database(file, { fileMustExist: true });
  const problems: string[] = [];
  try {
    const integrity = sqlite.pragma("integrity_check", { simple: true });
    if (integrity !== "ok") problems.push(`integrity_check: ${String(integrity)}`);
    const foreign = sqlite.pragma("foreign_key_check") as unknown[];
    if (foreign.length > 0) problems.push(`foreign_key_check: ${foreign.length} rows`);

    const ids = learners.attemptIds;
    const marks = ids.map(() => "?").join(",");
    const attempts = sqlite.prepare(`SELECT id, status, score, submittedAt, questionCount FROM Attempt WHERE id IN (${marks})`).all(...ids) as AttemptRow[];
    const answers = sqlite.prepare(`SELECT attemptId, questionId, response, correct, points FROM Answer WHERE attemptId IN (${marks})`).all(...ids) as AnswerRow[];
    if (attempts.length !== ids.length) problems.push(`attempts: ${attempts.length} of ${ids.length} rows`);

    const stored = new Map(answers.map((a) => [answerKey(a), a]));
    let missing = 0;
    let changed = 0;
    for (const [key, op] of learners.ackedAnswers) {
      const row = stored.get(key);
      if (!row) missing++;
      else if (!isDeepStrictEqual(JSON.parse(row.response), op.response)) changed++;
    }
    if (missing > 0) problems.push(`${missing} acknowledged answers are not stored`);
    if (changed > 0) problems.push(`${changed} acknowledged answers are stored with another response`);

    const byAttempt = new Map<string, AnswerRow[]>();
    for (const a of answers) byAttempt.set(a.attemptId, [...(byAttempt.get(a.attemptId) ?? []), a]);
    for (const attempt of attempts) {
      const rows = byAttempt.get(attempt.id) ?? [];
      const reported = learners.submitScores.get(attempt.id) ?? [];
      if (attempt.status === "submitted") {
        const whole = attempt.score !== null && attempt.submittedAt !== null && rows.length === attempt.questionCount && rows.every((r) => r.correct !== null && r.points !== null);
        const sum = Math.round(rows.reduce((total, r) => total + (r.points ?? 0), 0) * 100) / 100;
        if (!whole || sum !== attempt.score) problems.push(`attempt ${attempt.id} is submitted but graded in part (${rows.length} of ${attempt.questionCount} answers graded, score ${attempt.score}, points ${sum})`);
        if (reported.some((score) => score !== attempt.score)) problems.push(`attempt ${attempt.id}: submits reported ${reported.join(", ")}, stored ${attempt.score}`);
        const grade = `${attempt.score}@${attempt.submittedAt}`;
        const first = grades.get(attempt.id);
        if (first === undefined) grades.set(attempt.id, grade);
        else if (first !== grade) problems.push(`attempt ${attempt.id} was graded again (${first}, now ${grade})`);
      } else {
        if (attempt.status !== "in_progress" || attempt.score !== null || attempt.submittedAt !== null || rows.some((r) => r.points !== null)) {
          problems.push(`attempt ${attempt.id} is ${attempt.status} with score ${attempt.score}: half graded`);
        }
        if (reported.length > 0) problems.push(`attempt ${attempt.id}: a submit was acknowledged but the attempt is open`);
      }
    }
  } finally {
    sqlite.close();
  }
  return problems;
}
