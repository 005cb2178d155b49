// Finding glossary terms in article text. Vietnamese words are several space-separated
// syllables, so a term matches only as a whole phrase: "an toàn" must not match inside
// "bản toàn văn", and case and Unicode form must not matter. Pure: no I/O.
import type { ArticleContent } from "./schema";
import { articleTextSentences } from "./sentences-of";

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

/** Lower-cased NFC form used for every comparison. */
export function foldForMatch(text: string): string {
  return text.normalize("NFC").toLocaleLowerCase("vi");
}

/** Start offsets (in the folded text) of each whole-phrase occurrence of `phrase`. */
export function findPhrase(text: string, phrase: string): number[] {
  const haystack = foldForMatch(text);
  const needle = foldForMatch(phrase.trim());
  if (needle === "") return [];
  const hits: number[] = [];
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) {
    const before = haystack[at - 1];
    const after = haystack[at + needle.length];
    const startsWord = before === undefined || !WORD_CHAR.test(before);
    const endsWord = after === undefined || !WORD_CHAR.test(after);
    if (startsWord && endsWord) hits.push(at);
  }
  return hits;
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
