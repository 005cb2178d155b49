// Splitting a pasted or uploaded news text into what a reading is made of: the headline,
// paragraphs, photo captions with their credit lines, and the sentences of each. The words
// are kept as written (Vietnamese verbatim); only characters that are not text (NUL and
// other control characters, bidirectional overrides) and the markup of Markdown or of a
// scraped page ("![]()", a trailing " |") are left out. Pure: no framework, no I/O.

export type Lang = "vi" | "en";

export type BlockKind = "headline" | "paragraph" | "figure";

/** One block of the text in reading order: a figure's sentences are its caption. */
export type SplitBlock = { kind: BlockKind; sentences: string[]; credit: string | null; imageUrl?: string | null };

export type SplitDocument = { lang: Lang; blocks: SplitBlock[] };

/** Control characters other than tab and line breaks, and the bidirectional embeddings,
 * overrides and isolates that can make text display in an order other than its own. */
const NOT_TEXT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u202A-\u202E\u2066-\u2069\uFEFF]/g;

/** The text as characters a reader sees: NFC, Unix line breaks, no control characters. */
export function cleanText(text: string): string {
  return text.normalize("NFC").replace(/\r\n?/g, "\n").replace(NOT_TEXT, "").replace(/[\u00A0\u2007\u202F]/g, " ");
}

/** A credit line on its own ("Ảnh: Xinhua", "Photo: Reuters", "(Ảnh: TTXVN)"). */
const CREDIT_LINE = /^\(?\s*(?:Ảnh(?: minh họa| minh hoạ)?|Nguồn ảnh|Photo(?:s| credit)?|Image|Picture)\s*:\s*([^()]{1,80}?)\s*\)?\s*$/iu;
/** A credit at the end of a caption ("… khai mạc ngày 27/7. Ảnh: Xinhua"). */
const CREDIT_AT_END = /(?:^|[\s.!?…”")\]–-])\(?\s*((?:Ảnh(?: minh họa| minh hoạ)?|Photo|Image)\s*:\s*[^().!?]{1,80}?)\s*\)?\s*$/iu;
/** A picture's place in Markdown or a scraped page: "![](…)", "![]()", "[image]". */
const IMAGE_LINE = /^(?:!\[[^\]]*\]\([^)]*\)|\[(?:image|ảnh|photo)\])$/iu;

/** One line without the markup around it: "# Title" → "Title", "Text |" → "Text". */
function bareLine(line: string): string {
  return line
    .replace(/\s*\|\s*$/u, "")
    .replace(/^\s{0,3}#{1,6}\s+/u, "")
    .replace(/^\s*>\s?/u, "")
    .replace(/(\*\*|__)(.+?)\1/gu, "$2")
    .replace(/\s+/gu, " ")
    .trim();
}

/** Whether a line ends a sentence (so the next line is not the same paragraph wrapped). */
const ENDS_SENTENCE = /[.!?…:;”"»’')\]]$/u;

type Line = { text: string; image: boolean; afterBlank: boolean };

function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  let blank = true;
  for (const raw of cleanText(text).split("\n")) {
    const text = bareLine(raw);
    if (text === "") {
      blank = true;
      continue;
    }
    lines.push({ text, image: IMAGE_LINE.test(text), afterBlank: blank });
    blank = false;
  }
  return lines;
}

/**
 * Lines into paragraphs. A document whose paragraphs are set apart by blank lines may wrap a
 * paragraph over several lines: a line that does not end a sentence runs on into the next.
 * Otherwise every line is its own paragraph (text pasted from a web page).
 */
function paragraphsOf(lines: Line[]): Line[] {
  const blankSeparated = lines.filter((l) => l.afterBlank).length > 1 && lines.some((l) => !l.afterBlank);
  if (!blankSeparated) return lines;
  const out: Line[] = [];
  for (const line of lines) {
    const last = out[out.length - 1];
    // A caption (after a picture, or ending with its credit) is a line of its own.
    const caption = (l: Line | undefined) => l !== undefined && (out[out.length - 2]?.image === true || captionWithCredit(l.text) !== null);
    const runsOn = last && !line.afterBlank && !last.image && !line.image && out.length > 1 && !ENDS_SENTENCE.test(last.text) && !CREDIT_LINE.test(line.text) && !caption(last);
    if (runsOn) last.text = `${last.text} ${line.text}`;
    else out.push({ ...line });
  }
  return out;
}

/** The caption and credit of a line that ends with its credit, or null. */
function captionWithCredit(text: string): { caption: string; credit: string } | null {
  const match = CREDIT_AT_END.exec(text);
  if (!match || match.index === undefined) return null;
  const caption = text.slice(0, match.index + (/[.!?…”")\]]/u.test(match[0][0] ?? "") ? 1 : 0)).trim();
  if (caption === "") return null;
  return { caption, credit: match[1]!.trim() };
}

/** The text's blocks: the first line is the headline; captions are the lines that carry a
 * credit, come just before a credit line, or follow a picture. */
export function splitDocument(text: string, lang: Lang): SplitDocument {
  const lines = paragraphsOf(linesOf(text));
  const blocks: SplitBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.image) {
      const next = lines[i + 1];
      if (next && !next.image && blocks.length > 0) {
        const own = captionWithCredit(next.text);
        const creditLine = lines[i + 2] && CREDIT_LINE.exec(lines[i + 2]!.text);
        const url = /\]\((https?:\/\/[^\s)]+)\)/u.exec(line.text)?.[1] ?? null;
        blocks.push({ kind: "figure", sentences: splitSentences(own?.caption ?? next.text, lang), credit: own?.credit ?? (creditLine ? creditText(lines[i + 2]!.text) : null), imageUrl: url });
        i += creditLine && !own ? 2 : 1;
      }
      continue;
    }
    if (blocks.length === 0) {
      blocks.push({ kind: "headline", sentences: [line.text], credit: null });
      continue;
    }
    if (CREDIT_LINE.test(line.text)) {
      // A credit line alone credits the caption just before it; a stray one is kept as text.
      const last = blocks[blocks.length - 1]!;
      if (last.kind === "paragraph" && last.credit === null && blocks.length > 1) {
        blocks[blocks.length - 1] = { kind: "figure", sentences: last.sentences, credit: creditText(line.text) };
        continue;
      }
    }
    const own = captionWithCredit(line.text);
    if (own) {
      blocks.push({ kind: "figure", sentences: splitSentences(own.caption, lang), credit: own.credit });
      continue;
    }
    blocks.push({ kind: "paragraph", sentences: splitSentences(line.text, lang), credit: null });
  }
  return { lang, blocks: blocks.filter((b) => b.sentences.length > 0) };
}

/** "(Ảnh: TTXVN)" → "Ảnh: TTXVN". */
const creditText = (line: string) => line.trim().replace(/^\(\s*/u, "").replace(/\s*\)$/u, "");

/** Words a full stop follows without ending the sentence: titles, degrees, "TP." (city),
 * "Mr.", months, "No.", "U.S.". Compared case-sensitively, on the last dot-separated part
 * ("PGS.TS." → "TS"). */
const ABBREVIATIONS = new Set([
  // Vietnamese titles and degrees, places and office words.
  "TS", "PGS", "GS", "ThS", "BS", "BSCKI", "BSCKII", "KS", "CN", "NCS", "TSKH", "NSND", "NSƯT", "Th", "TP", "Tp", "Q", "P", "TX", "TT", "H", "NXB", "Tr", "Đ", "St",
  // English titles and abbreviations.
  "Mr", "Mrs", "Ms", "Dr", "Prof", "Assoc", "Asst", "Jr", "Sr", "Gen", "Col", "Lt", "Sgt", "Capt", "Cmdr", "Gov", "Sen", "Rep", "Rev", "Hon", "Pres", "Inc", "Ltd", "Co", "Corp", "Bros", "No", "Nos", "Vol", "Fig", "vs", "etc", "approx", "est", "Ave", "Rd", "Blvd", "Mt", "ft", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
]);
/** Dotted abbreviations that may still end a sentence ("… in the U.S. The …"). */
const DOTTED = /^(?:\p{L}\.){1,3}\p{L}$/u;
/** Words a sentence commonly starts with, after which a dotted abbreviation did end one. */
const STARTERS = new Set(["The", "A", "An", "It", "He", "She", "They", "We", "This", "That", "But", "In", "On", "Its", "Their", "His", "Her", "There", "Some", "Many", "Ông", "Bà", "Theo", "Trong", "Tuy", "Đây", "Các", "Những", "Năm"]);

const OPENING_QUOTES = new Set(["“", "«", "‘"]);
const CLOSING_QUOTES = new Set(["”", "»", "’"]);

/**
 * A paragraph's sentences, split after ".", "!", "?" or an ellipsis followed by a space and
 * a new sentence's start (a capital, a digit, an opening quote or a dash). Not after a title
 * or an abbreviation ("PGS.TS. Hồ Quang Vinh", "Mr. Smith", "TP. HCM"), an initial ("Nguyễn
 * V. A.", "J. K."), inside a number ("3.000", "1.5") or inside a quotation that closes later
 * in the paragraph: a quoted speech of several sentences stays one sentence with its "he said".
 */
export function splitSentences(paragraph: string, lang: Lang): string[] {
  void lang; // the rules are shared: each language's abbreviations are in the one list
  const text = paragraph.trim();
  const sentences: string[] = [];
  let start = 0;
  let depth = 0;
  let straightOpen = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (OPENING_QUOTES.has(ch)) depth++;
    else if (CLOSING_QUOTES.has(ch) && depth > 0 && !(ch === "’" && /\p{L}/u.test(text[i + 1] ?? ""))) depth--;
    else if (ch === '"') straightOpen = !straightOpen;
    if (!/[.!?…]/u.test(ch)) continue;
    // The end of the mark (several dots, "?!") and any closing quotes or brackets after it.
    let end = i + 1;
    while (end < text.length && /[.!?…]/u.test(text[end]!)) end++;
    let closes = end;
    let quoteDepth: number = depth;
    let straight: boolean = straightOpen;
    while (closes < text.length && /[”»’")\]]/u.test(text[closes]!)) {
      if (text[closes] === '"') straight = !straight;
      else if (CLOSING_QUOTES.has(text[closes]!) && quoteDepth > 0) quoteDepth--;
      closes++;
    }
    const space = /^\s+/u.exec(text.slice(closes))?.[0].length ?? 0;
    const next = text.slice(closes + space);
    if (space === 0 || next === "" || !/^[\p{Lu}\p{N}“"«‘(\-–—]/u.test(next)) {
      i = end - 1;
      continue;
    }
    // Inside a quotation that closes later: the speech goes on.
    if ((quoteDepth > 0 || straight) && closesLater(text, closes, quoteDepth > 0)) {
      i = end - 1;
      continue;
    }
    if (ch === "." && end === i + 1 && !endsSentenceAt(text.slice(start, i), next)) {
      i = end - 1;
      continue;
    }
    sentences.push(text.slice(start, closes).trim());
    start = closes + space;
    depth = quoteDepth;
    straightOpen = straight;
    i = start - 1;
  }
  const rest = text.slice(start).trim();
  if (rest !== "") sentences.push(rest);
  return sentences;
}

/** Whether the quotation open at `from` is closed somewhere after it in the paragraph. */
function closesLater(text: string, from: number, curly: boolean): boolean {
  const rest = text.slice(from);
  return curly ? /[”»]/u.test(rest) : rest.includes('"');
}

/** Whether a full stop after `before` ends the sentence, given what follows it. */
function endsSentenceAt(before: string, next: string): boolean {
  const word = /([\p{L}\p{N}.&]+)$/u.exec(before)?.[1] ?? "";
  if (word === "") return true;
  const last = word.split(".").pop() ?? "";
  // An initial: one capital letter after a name or at the start ("V." in "Nguyễn V. A.", "J."
  // in "J. K. Rowling"); after a lower-case word it is a unit or a grade ("8 độ C.", "hạng A.").
  if (DOTTED.test(word)) return STARTERS.has(next.split(/\s/u)[0] ?? "");
  if (/^\p{Lu}$/u.test(last) && word === last) {
    const previous = /(\S+)\s+\S+$/u.exec(before)?.[1];
    return previous !== undefined && !/^[\p{Lu}“"«(]/u.test(previous);
  }
  if (/^\p{Lu}$/u.test(last)) return false;
  if (ABBREVIATIONS.has(last)) return false;
  return true;
}
