// Sentence splitting for news text in Vietnamese or English. Pure: no I/O.

/**
 * Tokens that end with a period but do not end a sentence (titles, degrees, common
 * abbreviations). Compared case-insensitively against the word before the period.
 */
const ABBREVIATIONS = new Set(
  [
    "TS", "ThS", "GS", "PGS", "BS", "KS", "CN", "Tp", "TP", "Q", "P", "St", "Mr", "Mrs", "Ms", "Dr",
    "Prof", "Sr", "Jr", "Inc", "Ltd", "Co", "Corp", "vs", "etc", "e.g", "i.e", "U.S", "U.K", "v.v", "No",
  ].map((a) => a.toLowerCase()),
);

const CLOSERS = `"'”’)»]`;
const OPENERS = `"'“‘(«[`;

function isSentenceStart(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  if (OPENERS.includes(ch) || /\p{N}/u.test(ch)) return true;
  return /\p{Lu}/u.test(ch);
}

/** The word immediately before index `end` (exclusive), e.g. "TS" in "... TS." */
function wordBefore(text: string, end: number): string {
  let start = end;
  while (start > 0 && /[\p{L}\p{N}.]/u.test(text[start - 1] ?? "")) start--;
  return text.slice(start, end);
}

function isAbbreviation(word: string): boolean {
  if (ABBREVIATIONS.has(word.toLowerCase())) return true;
  // A single capital initial such as the "J" in "J. Smith".
  return /^\p{Lu}$/u.test(word);
}

/**
 * Splits one paragraph into sentences. A sentence ends at `.`, `!`, `?` or `…` (plus any
 * closing quotes or brackets) followed by whitespace and a sentence start, unless the word
 * before the period is a known abbreviation or an initial.
 */
export function splitSentences(paragraph: string): string[] {
  const text = paragraph.trim();
  const sentences: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? "";
    if (!".!?…".includes(ch)) continue;
    let end = i + 1;
    while (end < text.length && CLOSERS.includes(text[end] ?? "")) end++;
    if (end >= text.length || !/\s/.test(text[end] ?? "")) continue;
    let next = end;
    while (next < text.length && /\s/.test(text[next] ?? "")) next++;
    if (!isSentenceStart(text[next])) continue;
    if (ch === "." && isAbbreviation(wordBefore(text, i))) continue;
    sentences.push(text.slice(start, end).trim());
    start = next;
    i = next - 1;
  }
  const rest = text.slice(start).trim();
  if (rest) sentences.push(rest);
  return sentences;
}
