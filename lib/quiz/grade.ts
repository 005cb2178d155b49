// Grading a response to a question. Pure: exact for choices, partial credit for matching
// and ordering, forgiving for typed answers (case, spaces, Unicode form, either language's
// number style), and a Vietnamese answer typed without its tone marks is accepted but noted.
import { numberReadings } from "./numbers";
import { normalizeAnswer, stripDiacritics } from "./text";
import type { GradeNote, GradeResult, Question, Response } from "./types";

/** Levenshtein distance, stopping early once it exceeds `max`. */
function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      current.push(value);
      best = Math.min(best, value);
    }
    if (best > max) return max + 1;
    previous = current;
  }
  return previous[b.length] ?? max + 1;
}

/** Dashes, "đến"/"to" and spaces written alike, for dates and ranges. */
function canonicalText(text: string): string {
  return normalizeAnswer(text).replace(/\s*[-–—]\s*/g, "-").replace(/\s+(đến|to)\s+/g, "-");
}

function gradeText(accepted: string[], numeric: number | undefined, typed: string): { ok: boolean; notes: GradeNote[] } {
  const answer = canonicalText(typed);
  if (answer === "") return { ok: false, notes: [] };
  if (numeric !== undefined) {
    const values = numberReadings(answer.replace(/%$/, "").trim());
    return { ok: values.some((v) => Math.abs(v - numeric) < 1e-9), notes: [] };
  }
  const forms = accepted.map(canonicalText);
  if (forms.includes(answer)) return { ok: true, notes: [] };
  const bare = stripDiacritics(answer);
  if (forms.some((f) => stripDiacritics(f) === bare && f !== bare)) return { ok: true, notes: ["missing-diacritics"] };
  // One slip in a longer word answer is a typo, not a wrong answer (the feedback shows the
  // spelling). Never for numbers or dates: 27 is not 26.
  if (!/\d/.test(answer) && forms.some((f) => f.length >= 6 && editDistance(stripDiacritics(f), bare, 1) <= 1)) return { ok: true, notes: ["typo"] };
  return { ok: false, notes: [] };
}

/** Share of item pairs put in the same relative order as the answer (1 when all are). */
function orderScore(expected: string[], given: string[]): number {
  const position = new Map(given.map((id, i) => [id, i]));
  let agree = 0;
  let total = 0;
  for (let i = 0; i < expected.length; i++) {
    for (let j = i + 1; j < expected.length; j++) {
      total++;
      const a = position.get(expected[i] ?? "");
      const b = position.get(expected[j] ?? "");
      if (a !== undefined && b !== undefined && a < b) agree++;
    }
  }
  return total === 0 ? 0 : agree / total;
}

const optionText = (question: Question, id: string) =>
  [...(question.options ?? []), ...(question.items ?? [])].find((o) => o.id === id)?.text ?? id;

/** How right a response is, and the right answer to show. */
export function grade(question: Question, response: Response): GradeResult {
  const answer = question.answer;
  switch (answer.kind) {
    case "option": {
      const correct = "optionId" in response && response.optionId === answer.optionId;
      return { correct, score: correct ? 1 : 0, expected: optionText(question, answer.optionId), notes: [] };
    }
    case "text": {
      const { ok, notes } = "text" in response ? gradeText(answer.accepted, answer.numeric, response.text) : { ok: false, notes: [] };
      return { correct: ok, score: ok ? 1 : 0, expected: answer.display, notes };
    }
    case "pairs": {
      const given = "pairs" in response ? response.pairs : {};
      const lefts = Object.keys(answer.pairs);
      const right = lefts.filter((l) => given[l] === answer.pairs[l]).length;
      const expected = lefts.map((l) => `${optionText(question, l)} = ${optionText(question, answer.pairs[l] ?? "")}`).join("; ");
      return { correct: right === lefts.length, score: lefts.length ? right / lefts.length : 0, expected, notes: [] };
    }
    case "order": {
      const given = "order" in response ? response.order : [];
      const correct = given.length === answer.itemIds.length && given.every((id, i) => id === answer.itemIds[i]);
      const score = correct ? 1 : orderScore(answer.itemIds, given);
      return { correct, score, expected: answer.itemIds.map((id) => optionText(question, id)).join(" → "), notes: [] };
    }
  }
}
