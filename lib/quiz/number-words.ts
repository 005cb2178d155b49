// Numbers written in words, as pupils type them and as articles write small counts:
// "mười ba", "hai mươi lăm", "một trăm linh năm", "thirteen", "twenty-five", "three hundred".
// Pure.
import type { Lang } from "./types";

const EN_UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];
const EN_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
const EN_VALUES = new Map<string, number>([
  ...EN_UNITS.map((w, i) => [w, i] as const),
  ...EN_TENS.flatMap((w, i) => (w ? [[w, i * 10] as const] : [])),
  ["a", 1],
  ["an", 1],
]);
const EN_SCALES = new Map([["thousand", 1e3], ["million", 1e6], ["billion", 1e9], ["trillion", 1e12]]);

const VI_DIGITS = new Map([
  ["không", 0], ["một", 1], ["mốt", 1], ["hai", 2], ["ba", 3], ["bốn", 4], ["tư", 4], ["năm", 5], ["lăm", 5],
  ["sáu", 6], ["bảy", 7], ["bẩy", 7], ["tám", 8], ["chín", 9],
]);
const VI_SCALES = new Map([["nghìn", 1e3], ["ngàn", 1e3], ["triệu", 1e6], ["tỷ", 1e9], ["tỉ", 1e9]]);

/** Words below a thousand: "ba trăm linh năm", "hai mươi mốt"; null when they are not one. */
function viSmall(words: string[]): number | null {
  let group = 0;
  let digit: number | null = null;
  for (const w of words) {
    if (w === "mười") {
      if (digit !== null) return null;
      group += 10;
    } else if (w === "mươi") {
      if (digit === null) return null;
      group += digit * 10;
      digit = null;
    } else if (w === "trăm") {
      group += (digit ?? 1) * 100;
      digit = null;
    } else if (w === "linh" || w === "lẻ") {
      if (digit !== null) return null;
    } else if (VI_DIGITS.has(w)) {
      if (digit !== null) return null;
      digit = VI_DIGITS.get(w) ?? 0;
    } else return null;
  }
  return group + (digit ?? 0);
}

function enSmall(words: string[]): number | null {
  let group = 0;
  for (const w of words) {
    if (w === "and" && group > 0) continue;
    if (EN_VALUES.has(w)) group += EN_VALUES.get(w) ?? 0;
    else if (w === "hundred") group = (group || 1) * 100;
    else return null;
  }
  return group;
}

/** A number in words, split at its largest scale word: "một nghìn tỷ" is (một nghìn) × tỷ,
 * "hai triệu ba trăm nghìn" is hai × triệu + (ba trăm nghìn). */
function inWords(words: string[], scales: Map<string, number>, small: (w: string[]) => number | null): number | null {
  if (words.length === 0) return null;
  let at = -1;
  for (let i = 0; i < words.length; i++) if ((scales.get(words[i] ?? "") ?? 0) > (scales.get(words[at] ?? "") ?? 0)) at = i;
  if (at === -1) return small(words);
  const left = words.slice(0, at);
  const right = words.slice(at + 1).filter((w, i) => !(i === 0 && (w === "and" || w === "linh" || w === "lẻ")));
  const high = left.length === 0 ? 1 : inWords(left, scales, small);
  const low = right.length === 0 ? 0 : inWords(right, scales, small);
  return high === null || low === null ? null : high * (scales.get(words[at] ?? "") ?? 1) + low;
}

/** A number written wholly in words, in either language; null when the text is not one. */
export function parseNumberWords(text: string): number | null {
  const words = text.normalize("NFC").toLocaleLowerCase("vi").trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return null;
  const half = words[0] === "half" || words[0] === "nửa";
  // "half a million", "nửa triệu".
  if (half) {
    const rest = words.slice(1).filter((w, i) => !(i === 0 && (w === "a" || w === "an")));
    const value = rest.length === 0 ? 1 : (inWords(rest, VI_SCALES, viSmall) ?? inWords(rest.flatMap((x) => x.split("-")), EN_SCALES, enSmall));
    return value === null ? null : value / 2;
  }
  return inWords(words, VI_SCALES, viSmall) ?? inWords(words.flatMap((x) => x.split("-")), EN_SCALES, enSmall);
}

/** Small counts as running text writes them: "three" / "ba" (1–12 in English; Vietnamese
 * only where the word cannot be read as something else: "năm" is also "year", "một" "a",
 * unless the word stands alone, as an option does). */
const VI_RUNNING = new Map([[2, "hai"], [3, "ba"], [4, "bốn"], [6, "sáu"], [7, "bảy"], [8, "tám"], [9, "chín"], [10, "mười"]]);

export function countWord(value: number, lang: Lang, standalone = false): string | null {
  if (!Number.isInteger(value)) return null;
  if (lang === "vi") return VI_RUNNING.get(value) ?? (standalone ? (value === 1 ? "một" : value === 5 ? "năm" : null) : null);
  return value >= 0 && value <= 12 ? (EN_UNITS[value] ?? null) : null;
}

/** The Vietnamese running-text number words findNumbers looks for, with their values. */
export const VI_COUNT_WORDS: ReadonlyMap<string, number> = new Map([...VI_RUNNING].map(([v, w]) => [w, v]));
/** English number words up to twelve. */
export const EN_COUNT_WORDS: ReadonlyMap<string, number> = new Map(EN_UNITS.slice(0, 13).map((w, i) => [w, i]));

const VI_ORDINALS = ["", "nhất", "hai", "ba", "tư", "năm", "sáu", "bảy", "tám", "chín", "mười"];
const EN_ORDINALS = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"];

/** An ordinal in words: "tư" (thứ tư), "fourth"; null beyond ten. */
export function ordinalWord(value: number, lang: Lang): string | null {
  return (lang === "vi" ? VI_ORDINALS : EN_ORDINALS)[value] || null;
}

/** The value of an ordinal word in either language ("tư", "fourth"); null otherwise. */
export function ordinalValue(word: string): number | null {
  const w = word.toLocaleLowerCase("vi");
  const vi = VI_ORDINALS.indexOf(w);
  if (vi > 0) return vi;
  const en = EN_ORDINALS.indexOf(w);
  return en > 0 ? en : null;
}
