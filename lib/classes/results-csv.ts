// An assignment's results as CSV for a spreadsheet: one row per learner, UTF-8 with a byte
// order mark so Excel reads Vietnamese names and diacritics correctly. Pure.
import { stringify } from "csv-stringify/sync";

export type ResultsCsvLabels = {
  name: string;
  username: string;
  readPercent: string;
  attempts: string;
  bestPercent: string;
  passed: string;
  late: string;
  status: string;
  question: (n: number) => string;
  yes: string;
  no: string;
};

export type ResultsCsvRow = {
  name: string;
  username: string | null;
  readPercent: number;
  attempts: number;
  /** Best score as a share (0–1), null before any attempt. */
  best: number | null;
  passed: boolean;
  late: boolean;
  status: string;
  /** Per question of the quiz, in order: right (true), wrong (false) or not asked (null). */
  answers: (boolean | null)[];
};

/** A cell a spreadsheet would run as a formula ("=HYPERLINK(…)") is kept as text. */
function safeCell(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

export function resultsCsv(rows: ResultsCsvRow[], questionCount: number, labels: ResultsCsvLabels): string {
  const header = [
    labels.name,
    labels.username,
    labels.readPercent,
    labels.attempts,
    labels.bestPercent,
    labels.passed,
    labels.late,
    labels.status,
    ...Array.from({ length: questionCount }, (_, i) => labels.question(i + 1)),
  ];
  const records = rows.map((r) => [
    safeCell(r.name),
    safeCell(r.username ?? ""),
    r.readPercent,
    r.attempts,
    r.best === null ? "" : Math.round(r.best * 100),
    r.passed ? labels.yes : labels.no,
    r.late ? labels.yes : labels.no,
    r.status,
    ...Array.from({ length: questionCount }, (_, i) => (r.answers[i] === undefined || r.answers[i] === null ? "" : r.answers[i] ? 1 : 0)),
  ]);
  return stringify([header, ...records], { bom: true, record_delimiter: "\r\n" });
}
