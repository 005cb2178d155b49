// Numbers as Vietnamese and English write them: 70.000 / 70,000, 10,5 / 10.5, 40%, 27/7 /
// 27 July, 26 đến 28/7 / 26 to 28 July, "three". Parsing, formatting and finding them in a
// sentence, with the qualifier before and the words they count after. Pure.
import type { Lang, NumberMention } from "./types";

export const MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const MONTH_INDEX = new Map(MONTHS_EN.map((m, i) => [m.toLowerCase(), i + 1]));
const EN_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];
const WORD_NUMBERS = new Map(EN_WORDS.map((w, i) => [w, i]));
/** Vietnamese number words that cannot be mistaken for something else ("năm" is also "year",
 * "một" also "a"); "Thứ ba" (third) is an ordinal and is skipped. */
const VI_WORDS = new Map([["hai", 2], ["ba", 3], ["bốn", 4], ["sáu", 6], ["bảy", 7], ["tám", 8], ["chín", 9], ["mười", 10]]);

/** A small count as Vietnamese writes it in words ("ba"), where the word is unambiguous. */
export function viNumberWord(value: number): string | null {
  return [...VI_WORDS].find(([, v]) => v === value)?.[0] ?? null;
}

/** A small count as English writes it in running text ("three"), for numbers up to twelve. */
export function numberWord(value: number): string | null {
  return Number.isInteger(value) && value >= 0 && value < EN_WORDS.length ? (EN_WORDS[value] ?? null) : null;
}

/**
 * Parses a number. With a language, by that language's rules: Vietnamese 70.000 and 10,5,
 * English 70,000 and 10.5. Without one, by the shape: a single separator followed by exactly
 * three digits groups thousands (unless the whole part is 0), otherwise it is the decimal mark.
 * Returns null for anything else.
 */
export function parseLocaleNumber(raw: string, lang?: Lang): number | null {
  const text = raw.trim().replace(/\s+/g, "");
  if (!/^[+-]?\d[\d.,]*$/.test(text)) return null;
  const sign = text.startsWith("-") ? -1 : 1;
  const digits = text.replace(/^[+-]/, "");
  if (lang) {
    const [thousands, decimal] = lang === "vi" ? [".", ","] : [",", "."];
    const [whole = "", fraction, extra] = digits.split(decimal);
    if (extra !== undefined || (fraction !== undefined && !/^\d+$/.test(fraction))) return null;
    if (whole.includes(thousands) ? !isGrouped(whole, thousands) : !/^\d+$/.test(whole)) return null;
    return sign * Number(`${whole.split(thousands).join("")}${fraction !== undefined ? `.${fraction}` : ""}`);
  }
  const dots = (digits.match(/\./g) ?? []).length;
  const commas = (digits.match(/,/g) ?? []).length;
  if (dots > 0 && commas > 0) {
    // Both: the last one is the decimal mark.
    return parseLocaleNumber(raw, digits.lastIndexOf(".") > digits.lastIndexOf(",") ? "en" : "vi");
  }
  if (dots + commas === 0) return sign * Number(digits);
  const sep = dots > 0 ? "." : ",";
  const parts = digits.split(sep);
  const grouped = parts.slice(1).every((p) => p.length === 3) && (parts[0] ?? "").length <= 3 && parts[0] !== "0";
  if (grouped) return sign * Number(parts.join(""));
  if (parts.length === 2) return sign * Number(`${parts[0]}.${parts[1]}`);
  return null;
}

/** Every value a typed number may mean: "1,500" is 1500 in English and 1.5 in Vietnamese;
 * "three" and "ba" are 3. */
export function numberReadings(raw: string): number[] {
  const word = raw.trim().toLocaleLowerCase("vi");
  const values = [parseLocaleNumber(raw, "vi"), parseLocaleNumber(raw, "en"), parseLocaleNumber(raw), WORD_NUMBERS.get(word) ?? null, VI_WORDS.get(word) ?? null];
  return [...new Set(values.filter((v): v is number => v !== null))];
}

function isGrouped(whole: string, sep: string): boolean {
  const groups = whole.split(sep);
  return (groups[0] ?? "").length >= 1 && (groups[0] ?? "").length <= 3 && groups.slice(1).every((g) => g.length === 3);
}

// Building an Intl.NumberFormat is costly; one per language is enough.
const FORMATTERS = {
  vi: new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 3, useGrouping: true }),
  en: new Intl.NumberFormat("en-US", { maximumFractionDigits: 3, useGrouping: true }),
};

/** A number in a language's style: 70.000 / 70,000; 10,5 / 10.5. */
export function formatNumber(value: number, lang: Lang): string {
  return FORMATTERS[lang].format(value);
}

/** A day and month: 27/7 in Vietnamese, 27 July in English (as the article writes them). */
export function formatDate(day: number, month: number, lang: Lang): string {
  return lang === "vi" ? `${day}/${month}` : `${day} ${MONTHS_EN[month - 1]}`;
}

export function formatDateRange(day: number, toDay: number, month: number, lang: Lang): string {
  return lang === "vi" ? `${day} đến ${toDay}/${month}` : `${day} to ${toDay} ${MONTHS_EN[month - 1]}`;
}

/** A mention's number written anew in a language, with its value replaced when given. */
export function formatMention(mention: NumberMention, lang: Lang, value: number = mention.value): string {
  const shift = value - mention.value;
  switch (mention.kind) {
    case "percent":
      return `${formatNumber(value, lang)}%`;
    case "date":
      return formatDate(value, mention.date?.month ?? 1, lang);
    case "date-range":
      return formatDateRange(value, (mention.date?.toDay ?? value) + shift, mention.date?.month ?? 1, lang);
    default:
      // A count written as a word ("three") is offered as words too, so the style gives nothing away.
      if (/^\p{L}+$/u.test(mention.text)) return (lang === "en" ? numberWord(value) : viNumberWord(value)) ?? formatNumber(value, lang);
      return formatNumber(value, lang);
  }
}

const VI_QUALIFIERS = ["hơn", "trên", "tới", "khoảng", "gần", "chừng", "hàng"];
const EN_QUALIFIERS = ["more than", "over", "as much as", "about", "around", "nearly", "almost", "up to"];

/** Units written after a number, with the unit they name. */
const UNITS: { pattern: RegExp; unit: string }[] = [
  { pattern: /^\s*(m2|m²|mét vuông|square met(?:er|re)s?)(?![\p{L}\d])/iu, unit: "m2" },
  { pattern: /^\s*(km2|km²|square kilomet(?:er|re)s?)(?![\p{L}\d])/iu, unit: "km2" },
  { pattern: /^\s*(km|ki-lô-mét|kilomet(?:er|re)s?)(?![\p{L}\d])/iu, unit: "km" },
  { pattern: /^\s*(tấn|tonnes?|tons?)(?![\p{L}\d])/iu, unit: "t" },
  { pattern: /^\s*(tỷ đồng|billion dong|VND billion)(?![\p{L}\d])/iu, unit: "billion-vnd" },
  { pattern: /^\s*(triệu đồng|million dong)(?![\p{L}\d])/iu, unit: "million-vnd" },
  { pattern: /^\s*(USD|US\$|đô la Mỹ|dollars?)(?![\p{L}\d])/iu, unit: "usd" },
];

const VI_STOP = new Set(["được", "và", "dọc", "trên", "dưới", "sau", "trước", "ở", "trong", "của", "tham", "lần", "tại", "với", "để", "nhằm", "là", "có", "đã", "sẽ", "từ", "cho", "mới", "như", "hoặc", "các", "những", "nhấn", "gồm"]);
const EN_STOP = new Set(["on", "in", "of", "to", "for", "with", "from", "and", "or", "that", "which", "making", "taking", "at", "by", "as", "the", "a", "an", "were", "was", "are", "is", "its", "their"]);

type Raw = Omit<NumberMention, "qualifier" | "counted" | "unit">;

function viMentions(text: string): Raw[] {
  const found: Raw[] = [];
  const taken = (start: number, end: number) => found.some((m) => start < m.end && end > m.start);
  for (const m of text.matchAll(/(?<![\p{L}\d])(\d{1,2})\s*(?:đến|-|–)\s*(\d{1,2})\/(\d{1,2})(?![\d/])/gu)) {
    const [day, toDay, month] = [Number(m[1]), Number(m[2]), Number(m[3])];
    found.push({ kind: "date-range", value: day, date: { day, month, toDay }, text: m[0], start: m.index, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(/(?<![\p{L}\d/])(\d{1,2})\/(\d{1,2})(?![\d/])/gu)) {
    if (taken(m.index, m.index + m[0].length)) continue;
    const [day, month] = [Number(m[1]), Number(m[2])];
    found.push({ kind: "date", value: day, date: { day, month }, text: m[0], start: m.index, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(/(?<![\p{L}\d.,/])(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)(%?)(?![\p{L}\d/])/gu)) {
    if (taken(m.index, m.index + m[0].length)) continue;
    const value = parseLocaleNumber(m[1] ?? "", "vi");
    if (value === null) continue;
    found.push({ kind: m[2] ? "percent" : "count", value, text: m[0], start: m.index, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(/(?<![\p{L}\d])(hai|ba|bốn|sáu|bảy|tám|chín|mười) (?=\p{L})/giu)) {
    if (/thứ\s*$/iu.test(text.slice(0, m.index))) continue;
    const word = (m[1] ?? "").toLowerCase();
    found.push({ kind: "count", value: VI_WORDS.get(word) ?? 0, text: m[1] ?? "", start: m.index, end: m.index + word.length });
  }
  return found;
}

function enMentions(text: string): Raw[] {
  const found: Raw[] = [];
  const months = MONTHS_EN.join("|");
  const taken = (start: number, end: number) => found.some((m) => start < m.end && end > m.start);
  for (const m of text.matchAll(new RegExp(`(?<![\\p{L}\\d])(\\d{1,2})\\s*(?:to|-|–)\\s*(\\d{1,2}) (${months})`, "gu"))) {
    const [day, toDay, month] = [Number(m[1]), Number(m[2]), MONTH_INDEX.get((m[3] ?? "").toLowerCase()) ?? 0];
    found.push({ kind: "date-range", value: day, date: { day, month, toDay }, text: m[0], start: m.index, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(new RegExp(`(?<![\\p{L}\\d])(\\d{1,2}) (${months})|(${months}) (\\d{1,2})(?![\\d])`, "gu"))) {
    if (taken(m.index, m.index + m[0].length)) continue;
    const day = Number(m[1] ?? m[4]);
    const month = MONTH_INDEX.get((m[2] ?? m[3] ?? "").toLowerCase()) ?? 0;
    found.push({ kind: "date", value: day, date: { day, month }, text: m[0], start: m.index, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(/(?<![\p{L}\d.,])(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(%?)(?![\p{L}\d])/gu)) {
    if (taken(m.index, m.index + m[0].length)) continue;
    const value = parseLocaleNumber(m[1] ?? "", "en");
    if (value === null) continue;
    found.push({ kind: m[2] ? "percent" : "count", value, text: m[0], start: m.index, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(/\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b/giu)) {
    found.push({ kind: "count", value: WORD_NUMBERS.get(m[0].toLowerCase()) ?? 0, text: m[0], start: m.index, end: m.index + m[0].length });
  }
  return found.sort((a, b) => a.start - b.start);
}

function qualifierBefore(text: string, start: number, lang: Lang): string | undefined {
  const before = text.slice(0, start).trimEnd().toLowerCase();
  return (lang === "vi" ? VI_QUALIFIERS : EN_QUALIFIERS).find((q) => before.endsWith(` ${q}`) || before === q);
}

/** The words a number counts: up to three words after it (after its unit), stopping at
 * punctuation or a function word. */
function countedAfter(text: string, end: number, lang: Lang): string | undefined {
  const rest = text.slice(end).replace(/^-/, " ");
  const words: string[] = [];
  for (const token of rest.split(/\s+/).filter(Boolean)) {
    const word = token.replace(/[.,;:!?)"'”’]+$/, "");
    if (!/^[\p{L}-]+$/u.test(word) || (lang === "vi" ? VI_STOP : EN_STOP).has(word.toLowerCase())) break;
    words.push(word);
    if (word !== token || words.length === (lang === "vi" ? 4 : 3)) break;
  }
  return words.length > 0 ? words.join(" ") : undefined;
}

/**
 * Every number written in a sentence, with its qualifier ("hơn 800") and the words it counts
 * ("doanh nghiệp"). `skip` ranges (names such as "WAIC 2025") are left out.
 */
export function findNumbers(text: string, lang: Lang, skip: { start: number; end: number }[] = []): NumberMention[] {
  const raw = lang === "vi" ? viMentions(text) : enMentions(text);
  return raw
    .filter((m) => !skip.some((s) => m.start < s.end && m.end > s.start))
    .sort((a, b) => a.start - b.start)
    .map((m) => {
      const unitMatch = UNITS.map((u) => ({ u, match: u.pattern.exec(text.slice(m.end)) })).find((x) => x.match);
      const afterUnit = m.end + (unitMatch?.match?.[0].length ?? 0);
      const kind = unitMatch && m.kind === "count" ? "measure" : m.kind;
      const mention: NumberMention = { ...m, kind };
      const qualifier = qualifierBefore(text, m.start, lang);
      if (qualifier) mention.qualifier = qualifier;
      if (unitMatch) {
        mention.unit = unitMatch.u.unit;
        mention.unitText = unitMatch.match?.[1] ?? unitMatch.u.unit;
      }
      if (kind === "count" || kind === "measure") {
        const counted = countedAfter(text, unitMatch ? afterUnit : m.end, lang);
        if (counted && !unitMatch) mention.counted = counted;
      }
      return mention;
    });
}
