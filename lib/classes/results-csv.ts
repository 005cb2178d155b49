// An assignment's results as CSV for a spreadsheet: one row per learner, UTF-8 with a byte
// order mark so Excel reads Vietnamese names and diacritics correctly, separated by commas or
// by semicolons (what Excel expects where the decimal mark is a comma, as in Vietnamese
// regional settings: a comma file opens there as one column). Pure.
import { stringify } from "csv-stringify/sync";
import type { AppLocale } from "@/lib/i18n/routing";

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
  /** The column beside each question's right/wrong: what the learner answered. */
  answer: (n: number) => string;
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
  /** Per question of the quiz, in order: right or not and what the learner answered, or null when not asked. */
  answers: ({ correct: boolean; text: string } | null)[];
};

export const CSV_SEPARATORS = ["comma", "semicolon"] as const;
export type CsvSeparator = (typeof CSV_SEPARATORS)[number];
/** Excel with Vietnamese regional settings splits on semicolons; English settings on commas. */
export const defaultSeparator = (locale: AppLocale): CsvSeparator => (locale === "vi" ? "semicolon" : "comma");

/** A cell a spreadsheet would run as a formula ("=HYPERLINK(…)") is kept as text. */
function safeCell(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** The results, one row per learner; each question has two columns: 1 or 0 (right or wrong,
 * to sum in the sheet), then the learner's answer. "Passed" is the dashboard's: all required work done. */
export function resultsCsv(rows: ResultsCsvRow[], questionCount: number, labels: ResultsCsvLabels, separator: CsvSeparator = "comma"): string {
  const header = [
    labels.name,
    labels.username,
    labels.readPercent,
    labels.attempts,
    labels.bestPercent,
    labels.passed,
    labels.late,
    labels.status,
    ...Array.from({ length: questionCount }, (_, i) => [labels.question(i + 1), labels.answer(i + 1)]).flat(),
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
    ...Array.from({ length: questionCount }, (_, i) => {
      const a = r.answers[i];
      return a ? [a.correct ? 1 : 0, safeCell(a.text)] : ["", ""];
    }).flat(),
  ]);
  return stringify([header, ...records], { bom: true, record_delimiter: "\r\n", delimiter: separator === "semicolon" ? ";" : "," });
}
