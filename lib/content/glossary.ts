// Finding glossary terms in article text. Vietnamese words are several space-separated
// syllables, so a term matches only as a whole phrase: "an toàn" must not match inside
// "bản toàn văn", and case and Unicode form must not matter. Pure: no I/O.
import { withoutMarks } from "./fold";
import type { ArticleContent } from "./schema";
import { articleTextSentences } from "./sentences-of";

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

/** English words may carry an inflection the glossary does not list ("enterprises"). */
const ENGLISH_SUFFIX = /^(?:s|es|ed|d|ly)(?![\p{L}\p{M}\p{N}])/u;

type Range = { start: number; end: number };

// Matching folds the same sentences and terms again and again: remember the results.
const folded = new Map<string, string>();

/** Lower-cased NFC form used for every comparison. */
export function foldForMatch(text: string): string {
  let result = folded.get(text);
  if (result === undefined) {
    result = text.normalize("NFC").toLocaleLowerCase("vi");
    if (folded.size > 50_000) folded.clear();
    folded.set(text, result);
  }
  return result;
}

/** Whole-phrase occurrences of `phrase` in `text`, optionally allowing an inflection suffix. */
function wholePhraseRanges(text: string, phrase: string, suffix?: RegExp): Range[] {
  const haystack = foldForMatch(text);
  const needle = foldForMatch(phrase.trim());
  if (needle === "") return [];
  const ranges: Range[] = [];
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) {
    const before = haystack[at - 1];
    if (before !== undefined && WORD_CHAR.test(before)) continue;
    let end = at + needle.length;
    if (suffix) end += suffix.exec(haystack.slice(end))?.[0].length ?? 0;
    const after = haystack[end];
    if (after !== undefined && WORD_CHAR.test(after)) continue;
    ranges.push({ start: at, end });
  }
  return ranges;
}

/** Start offsets (in the folded text) of each whole-phrase occurrence of `phrase`. */
export function findPhrase(text: string, phrase: string): number[] {
  return wholePhraseRanges(text, phrase).map((r) => r.start);
}

/** True when `phrase` occurs in `text` as a whole phrase. */
export function containsPhrase(text: string, phrase: string): boolean {
  return findPhrase(text, phrase).length > 0;
}

/**
 * For each glossary term, the keys of the article sentences whose Vietnamese contains it,
 * in reading order. Editors' notes are not article text and are skipped.
 */
export function linkGlossary(article: ArticleContent): Map<string, string[]> {
  const sentences = articleTextSentences(article);
  const links = new Map<string, string[]>();
  for (const term of article.glossary) {
    const keys = sentences.filter((s) => containsPhrase(s.vi, term.vi)).map((s) => s.key);
    links.set(term.key, keys);
  }
  return links;
}

/** A piece of a sentence: plain text, or the text of a glossary term occurrence. */
export type TextSegment = { text: string; termId?: string };

/** A term as the marker needs it: its id and the forms to look for in one language. */
export type TermForms = { id: string; forms: string[] };

/**
 * Splits a sentence into plain text and glossary-term occurrences for marking. Terms match
 * as whole phrases (English ones also with a plural or -ed/-ly ending); where occurrences
 * overlap ("an toàn" inside "lan can an toàn") the leftmost wins, then the longest, so each
 * character belongs to at most one term.
 */
export function segmentByTerms(text: string, terms: TermForms[], lang: "vi" | "en"): TextSegment[] {
  const source = text.normalize("NFC");
  // Offsets are taken in the folded text; they only carry over if folding kept the length.
  if (foldForMatch(source).length !== source.length) return [{ text: source }];
  const suffix = lang === "en" ? ENGLISH_SUFFIX : undefined;
  const candidates = terms
    .flatMap((term) => term.forms.flatMap((form) => wholePhraseRanges(source, form, suffix).map((r) => ({ ...r, termId: term.id }))))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const segments: TextSegment[] = [];
  let cursor = 0;
  for (const span of candidates) {
    if (span.start < cursor) continue;
    if (span.start > cursor) segments.push({ text: source.slice(cursor, span.start) });
    segments.push({ text: source.slice(span.start, span.end), termId: span.termId });
    cursor = span.end;
  }
  if (cursor < source.length) segments.push({ text: source.slice(cursor) });
  return segments;
}

/** Folds a string for forgiving search: lower case, no tone marks or accents, đ → d. */
function foldForSearch(text: string): string {
  return withoutMarks(foldForMatch(text));
}

/** True when every word of the query occurs in one of the texts (accents optional). */
export function matchesSearch(texts: readonly string[], query: string): boolean {
  const words = foldForSearch(query).split(/\s+/).filter(Boolean);
  const haystack = texts.map(foldForSearch).join(" ");
  return words.every((w) => haystack.includes(w));
}
