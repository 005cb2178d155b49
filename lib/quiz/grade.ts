// Grading a response to a question. Pure: exact for choices, partial credit for matching
// and ordering (each item used once), and fair to typed answers in both directions: any
// natural way of writing a number or date is right, a value 1000 times off never is; a
// Vietnamese answer typed with no marks at all is accepted but noted, a changed tone mark is
// another word; a slip of the keyboard is forgiven, but never one that makes another name.
import { numberReadings } from "./numbers";
import { normalizeAnswer, stripDiacritics } from "./text";
import { typedValueMatches } from "./typed";
import type { Answer, GradeNote, GradeResult, Lang, Question, Response } from "./types";

/** Dashes, "đến"/"to" and spaces written alike, for dates and ranges. */
function canonicalText(text: string): string {
  return normalizeAnswer(text).replace(/\s*[-–—]\s*/g, "-").replace(/\s+(đến|to)\s+/g, "-");
}

type TextAnswer = Extract<Answer, { kind: "text" }>;
type Verdict = { ok: boolean; notes: GradeNote[] };

const ROWS = ["qwertyuiop", "asdfghjkl", "zxcvbnm"];
/** Keys next to each other on a keyboard (a slip hits a neighbour, not a far letter). */
function neighbours(a: string, b: string): boolean {
  const at = (c: string) => ROWS.flatMap((row, r) => (row.includes(c) ? [[r, row.indexOf(c)] as const] : []))[0];
  const [pa, pb] = [at(a), at(b)];
  return pa !== undefined && pb !== undefined && Math.abs(pa[0] - pb[0]) <= 1 && Math.abs(pa[1] + pa[0] * 0.5 - (pb[1] + pb[0] * 0.5)) <= 1;
}

/** The one slip that turns `form` into `typed`: a letter added or dropped, two letters
 * swapped, or one changed (and which); null when it takes more than one. */
function slip(form: string, typed: string): { kind: "add" | "drop" | "swap" } | { kind: "change"; from: string; to: string } | null {
  if (form === typed) return null;
  if (Math.abs(form.length - typed.length) > 1) return null;
  let i = 0;
  while (i < form.length && form[i] === typed[i]) i++;
  if (form.length === typed.length) {
    if (form.slice(i + 1) === typed.slice(i + 1)) return { kind: "change", from: form[i] ?? "", to: typed[i] ?? "" };
    if (form[i] === typed[i + 1] && form[i + 1] === typed[i] && form.slice(i + 2) === typed.slice(i + 2)) return { kind: "swap" };
    return null;
  }
  if (form.length > typed.length) return form.slice(i + 1) === typed.slice(i) ? { kind: "drop" } : null;
  return typed.slice(i + 1) === form.slice(i) ? { kind: "add" } : null;
}

/** One slip in an answer of at least five letters. For a name the slip must be a keyboard's
 * (a letter dropped, doubled, swapped or a neighbouring key), never on a word's first letter:
 * Milton is not Hilton, Hinson not Hinton. A Vietnamese word whose only change is a mark is
 * another word (nhân tai is not nhân tài). */
function isTypo(form: string, typed: string, policy: "word" | "name"): boolean {
  const letters = form.replace(/[^\p{L}]/gu, "");
  const change = slip(form, typed);
  if (letters.length < 5 || !change) return false;
  if (stripDiacritics(form) === stripDiacritics(typed)) return false;
  if (policy === "name") {
    const a = form.split(" ");
    const b = typed.split(" ");
    if (a.length !== b.length || a.some((w, i) => w[0] !== b[i]?.[0])) return false;
    if (change.kind === "change" && !neighbours(stripDiacritics(change.from), stripDiacritics(change.to))) return false;
  }
  return true;
}

/** A name as pupils may wrap it: "thủ đô Manila", "ông Khải", "Manila, Philippines",
 * "thị trường Trung Quốc", "mainland China" are the name. */
function bareName(text: string): string {
  let name = text.replace(/\s*\([^)]*\)\s*$/u, "").replace(/,.*$/u, "").trim();
  const head = /^(thủ đô|thành phố|tp\.?|tỉnh|xã|phường|quận|huyện|nước|thị trường|sông|ông|bà|anh|chị|thầy|cô|the city of|city of|mainland|mr\.?|ms\.?|mrs\.?|dr\.?|the)\s+/iu;
  for (let m = head.exec(name); m && name.length > m[0].length; m = head.exec(name)) name = name.slice(m[0].length);
  return name;
}

function gradeWords(answer: TextAnswer, typed: string): Verdict {
  const written = [answer.display, ...answer.accepted].map(canonicalText);
  // A name is the name without its head: "Cần Giờ" for "xã Cần Giờ".
  const forms = answer.typos === "name" ? [...new Set([...written, ...written.map(bareName).filter((f) => f.length >= 2)])] : written;
  const variants = (answer.variants ?? []).map((v) => canonicalText(v.text));
  if (forms.includes(typed)) return { ok: true, notes: [] };
  // A compound word written with a space or a hyphen is the same word ("bed sharing").
  const unhyphened = (t: string) => t.replace(/(\p{L})-(\p{L})/gu, "$1 $2");
  if (answer.typos !== "name" && answer.typos !== "none" && forms.some((f) => unhyphened(f) === unhyphened(typed))) return { ok: true, notes: [] };
  if (answer.typos === "name" && bareName(typed) !== typed) return gradeWords(answer, bareName(typed));
  if (variants.includes(typed)) return { ok: true, notes: ["source-spelling"] };
  const all = [...forms, ...variants];
  const policy = answer.typos ?? "word";
  const bare = stripDiacritics(typed);
  if (bare === typed) {
    // Typed with no marks at all: right if the marks are all that is missing.
    if (all.some((f) => stripDiacritics(f) === bare && f !== bare)) return { ok: true, notes: ["missing-diacritics"] };
    if (policy !== "none" && all.some((f) => f !== stripDiacritics(f) && isTypo(stripDiacritics(f), bare, policy))) return { ok: true, notes: ["missing-diacritics", "typo"] };
  }
  if (policy !== "none" && all.some((f) => isTypo(f, typed, policy))) return { ok: true, notes: ["typo"] };
  return { ok: false, notes: [] };
}

function gradeText(answer: TextAnswer, typed: string, lang: Lang): Verdict {
  const text = canonicalText(typed);
  if (text === "") return { ok: false, notes: [] };
  if (answer.value) return { ok: typedValueMatches(answer.value, typed, lang) || [answer.display, ...answer.accepted].map(canonicalText).includes(text), notes: [] };
  if (answer.numeric !== undefined) {
    // Quizzes stored before typed values were read carry only the number.
    const values = numberReadings(text.replace(/%$/, "").trim());
    return { ok: values.some((v) => Math.abs(v - (answer.numeric ?? 0)) < 1e-9), notes: [] };
  }
  return gradeWords(answer, text);
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

const usesEachOnce = (ids: string[]) => new Set(ids).size === ids.length;

/** How right a response is, and the right answer to show. */
export function grade(question: Question, response: Response): GradeResult {
  const answer = question.answer;
  switch (answer.kind) {
    case "option": {
      const correct = "optionId" in response && response.optionId === answer.optionId;
      return { correct, score: correct ? 1 : 0, expected: optionText(question, answer.optionId), notes: [] };
    }
    case "text": {
      const { ok, notes } = "text" in response ? gradeText(answer, response.text, question.optionsLanguage) : { ok: false, notes: [] };
      return { correct: ok, score: ok ? 1 : 0, expected: answer.display, notes };
    }
    case "pairs": {
      const given = "pairs" in response ? response.pairs : {};
      const lefts = Object.keys(answer.pairs);
      const expected = lefts.map((l) => `${optionText(question, l)} = ${optionText(question, answer.pairs[l] ?? "")}`).join("; ");
      // One right-hand item for every left-hand one: a column matched twice earns nothing.
      if (!usesEachOnce(Object.values(given))) return { correct: false, score: 0, expected, notes: ["repeated-item"] };
      const right = lefts.filter((l) => given[l] === answer.pairs[l]).length;
      return { correct: right === lefts.length, score: lefts.length ? right / lefts.length : 0, expected, notes: [] };
    }
    case "order": {
      const given = "order" in response ? response.order : [];
      const expected = answer.itemIds.map((id) => optionText(question, id)).join(" → ");
      if (!usesEachOnce(given) || given.length !== answer.itemIds.length || given.some((id) => !answer.itemIds.includes(id))) {
        return { correct: false, score: 0, expected, notes: usesEachOnce(given) ? [] : ["repeated-item"] };
      }
      const correct = given.every((id, i) => id === answer.itemIds[i]);
      return { correct, score: correct ? 1 : orderScore(answer.itemIds, given), expected, notes: [] };
    }
  }
}
