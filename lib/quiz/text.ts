// Small text helpers shared by fact extraction, question building and grading. Pure.

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
export function stripDiacritics(text: string): string {
  return normalizeAnswer(text).normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/g, "d").normalize("NFC");
}

export type Span = { start: number; end: number };

/** Offsets of every whole-word occurrence of `phrase` (case-insensitive; English may add
 * a plural or -ed ending). */
export function wholeWordSpans(text: string, phrase: string, allowEnding = false): Span[] {
  const haystack = text.normalize("NFC").toLocaleLowerCase("vi");
  const needle = phrase.normalize("NFC").toLocaleLowerCase("vi").trim();
  const spans: Span[] = [];
  if (!needle || haystack.length !== text.length) return spans;
  const word = /[\p{L}\p{M}\p{N}]/u;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) {
    if (at > 0 && word.test(haystack[at - 1] ?? "")) continue;
    let end = at + needle.length;
    if (allowEnding) end += /^(?:s|es|ed|d)(?![\p{L}\p{N}])/u.exec(haystack.slice(end))?.[0].length ?? 0;
    if (end < haystack.length && word.test(haystack[end] ?? "")) continue;
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
