// Small text helpers shared by fact extraction, question building and grading. Pure.
import { withoutMarks } from "@/lib/content/fold";
import { foldForMatch } from "@/lib/content/glossary";

// Question building compares the same article strings many times over: remember the results.
const normalized = new Map<string, string>();

/** Lower-case NFC with single spaces: how typed answers and options are compared. */
export function normalizeAnswer(text: string): string {
  let result = normalized.get(text);
  if (result === undefined) {
    result = text.normalize("NFC").toLocaleLowerCase("vi").replace(/\s+/g, " ").trim();
    if (normalized.size > 50_000) normalized.clear();
    normalized.set(text, result);
  }
  return result;
}

/** Without tone marks and accents (đ → d): "Lý Cường" → "ly cuong". */
const stripped = new Map<string, string>();
export function stripDiacritics(text: string): string {
  let result = stripped.get(text);
  if (result === undefined) {
    result = withoutMarks(normalizeAnswer(text));
    if (stripped.size > 50_000) stripped.clear();
    stripped.set(text, result);
  }
  return result;
}

export type Span = { start: number; end: number };

/** Lower-cased NFC, remembered per text: the glossary matcher's fold, shared so both keep one cache. */
export const lower = foldForMatch;

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const ENDING = /^(?:s|es|ed|d)(?![\p{L}\p{N}])/u;

/** Offsets of every whole-word occurrence of `phrase` (case-insensitive; English may add
 * a plural or -ed ending). */
export function wholeWordSpans(text: string, phrase: string, allowEnding = false): Span[] {
  const haystack = lower(text);
  const needle = lower(phrase).trim();
  const spans: Span[] = [];
  if (!needle || haystack.length !== text.length) return spans;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) {
    if (at > 0 && WORD_CHAR.test(haystack[at - 1] ?? "")) continue;
    let end = at + needle.length;
    if (allowEnding) end += ENDING.exec(haystack.slice(end, end + 3))?.[0].length ?? 0;
    if (end < haystack.length && WORD_CHAR.test(haystack[end] ?? "")) continue;
    spans.push({ start: at, end });
  }
  return spans;
}

export const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/**
 * The clause of a sentence around a span, for short prompts: the comma-separated part
 * holding it, widened with its neighbours until it has at least `minWords` words. Returns
 * the clause's bounds; the caller adds "…" where it cut.
 */
export function clauseAround(text: string, span: Span, minWords = 9): Span {
  const cuts = [0];
  for (const m of text.matchAll(/[,;:]\s+|\s+[-–]\s+/g)) cuts.push(m.index + m[0].length);
  cuts.push(text.length);
  let from = cuts.filter((c) => c <= span.start).at(-1) ?? 0;
  let to = cuts.find((c) => c >= span.end) ?? text.length;
  const words = (a: number, b: number) => text.slice(a, b).trim().split(/\s+/).length;
  while (words(from, to) < minWords && (from > 0 || to < text.length)) {
    const before = cuts.filter((c) => c < from).at(-1);
    const after = cuts.find((c) => c > to);
    if (before !== undefined && (after === undefined || from - before <= after - to)) from = before;
    else if (after !== undefined) to = after;
    else break;
  }
  return { start: from, end: to };
}

/** The clause text with "…" where it was cut from a longer sentence. */
export function clauseText(text: string, clause: Span, replace?: { span: Span; with: string }): string {
  let body = text.slice(clause.start, clause.end);
  if (replace) {
    const a = replace.span.start - clause.start;
    const b = replace.span.end - clause.start;
    body = body.slice(0, a) + replace.with + body.slice(b);
  }
  body = body.replace(/[,;:]\s*$/, "").trim();
  const head = clause.start > 0 ? "…" : "";
  const tail = clause.end < text.length ? "…" : "";
  return `${head}${body}${tail}`;
}

const WORD = /[\p{L}\p{M}\p{N}]/u;

/** Whether `needle` occurs in `haystack` as whole words (both already normalised). */
export function containsWhole(haystack: string, needle: string): boolean {
  if (!needle) return false;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) {
    const before = haystack[at - 1];
    const after = haystack[at + needle.length];
    if ((before === undefined || !WORD.test(before)) && (after === undefined || !WORD.test(after))) return true;
  }
  return false;
}

const counts = new Map<string, number>();
/** The number of words in a text (remembered: prompts are measured again and again). */
export function wordCount(text: string): number {
  let n = counts.get(text);
  if (n === undefined) {
    n = text.trim().split(/\s+/).filter(Boolean).length;
    if (counts.size > 50_000) counts.clear();
    counts.set(text, n);
  }
  return n;
}

/** Words that open a Vietnamese name but are common nouns ("phường Gò Vấp", "sông Hậu"): upper
 * case only at the start of a sentence. */
const COMMON_HEADS = /^(phường|xã|tỉnh|thành phố|huyện|quận|thị xã|sông|trạm|chợ|cầu|núi|hồ|đảo|vịnh|khu|vùng|làng|bến|cảng|sân|ga)(?![\p{L}])/iu;

/**
 * A replacement written with the first-letter case of what it replaces: "Phường Bình Tân" at
 * the start of a sentence becomes "Phường Gò Vấp", not "phường Gò Vấp"; mid-sentence "phường"
 * stays lower case. `common`: the replacement is a common word or phrase (a glossary term),
 * which may always take the case of the original; acronyms ("AI") keep theirs.
 */
export function inCaseOf(original: string, replacement: string, common = false): string {
  if (original === replacement) return replacement;
  const [o, r] = [original.charAt(0), replacement.charAt(0)];
  // Vietnamese and English letters need no locale to change case.
  const isUpper = (c: string) => c !== c.toLowerCase();
  if (isUpper(o) && !isUpper(r)) return r.toUpperCase() + replacement.slice(1);
  const acronym = isUpper(replacement.charAt(1));
  if (!isUpper(o) && isUpper(r) && !acronym && (common || COMMON_HEADS.test(replacement))) return r.toLowerCase() + replacement.slice(1);
  return replacement;
}

/**
 * A name put in place of another, without a head word the text already gives: "từ ga ___"
 * takes "Văn Miếu" for "Ga Văn Miếu", never "từ ga Ga Văn Miếu".
 */
export function withoutRepeatedHead(before: string, replacement: string): string {
  const space = replacement.indexOf(" ");
  if (space <= 0 || !/\s$/u.test(before)) return replacement;
  const head = replacement.slice(0, space).toLowerCase();
  const trimmed = before.trimEnd();
  const last = trimmed.slice(trimmed.lastIndexOf(" ") + 1).toLowerCase();
  return last === head && /^\p{L}+$/u.test(head) ? replacement.slice(space + 1).trimStart() : replacement;
}
