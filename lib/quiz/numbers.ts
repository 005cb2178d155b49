// Numbers as Vietnamese and English write them: 70.000 / 70,000, 10,5 / 10.5, 40%, 27/7 /
// 27 July. Parsing one numeral, formatting a value in the style of another, dates. Pure.
import { countWord, ordinalWord } from "./number-words";
import type { Lang, NumberStyle } from "./types";

export const MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const MONTH_ABBREVIATIONS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
/** A month name (or its abbreviation) → its number. */
export function monthNumber(name: string): number | null {
  const key = name.toLowerCase().replace(/\.$/, "");
  const full = MONTHS_EN.findIndex((m) => m.toLowerCase() === key);
  if (full !== -1) return full + 1;
  const short = MONTH_ABBREVIATIONS.findIndex((m) => m.toLowerCase() === key || (key === "sept" && m === "Sep"));
  return short === -1 ? null : short + 1;
}
/** Matches an English month name or abbreviation (a regular-expression source). */
export const MONTH_PATTERN = `(?:${MONTHS_EN.join("|")}|(?:${MONTH_ABBREVIATIONS.join("|")}|Sept)\\.?)`;

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

function isGrouped(whole: string, sep: string): boolean {
  const groups = whole.split(sep);
  return (groups[0] ?? "").length >= 1 && (groups[0] ?? "").length <= 3 && groups.slice(1).every((g) => g.length === 3);
}

/** Every value a number may mean on its own: "1,500" is 1500 in English and 1.5 in Vietnamese. */
export function numberReadings(raw: string): number[] {
  const values = [parseLocaleNumber(raw, "vi"), parseLocaleNumber(raw, "en"), parseLocaleNumber(raw)];
  return [...new Set(values.filter((v): v is number => v !== null))];
}

/**
 * The one value a pupil meant by a numeral, answering in `lang`. A single separator before
 * three digits is ambiguous ("3.000": three thousand in Vietnamese, three in English): when the
 * digits end in 0 nobody means a decimal, so it groups thousands; otherwise the answer's
 * language decides. Everything else reads the same in both styles or only in one.
 */
export function readNumeral(raw: string, lang: Lang): number | null {
  const text = raw.trim();
  const single = /^\d{1,3}([.,])(\d{3})$/.exec(text);
  if (single && text[0] !== "0") {
    if (single[2]?.endsWith("0")) return Number(text.replace(/[.,]/, ""));
    return parseLocaleNumber(text, lang);
  }
  return parseLocaleNumber(text, lang) ?? parseLocaleNumber(text, lang === "vi" ? "en" : "vi") ?? parseLocaleNumber(text);
}

// Building an Intl.NumberFormat is costly: keep one per language and style.
const formatters = new Map<string, Intl.NumberFormat>();
function formatter(lang: Lang, decimals: number | null, grouped: boolean): Intl.NumberFormat {
  const key = `${lang}|${decimals}|${grouped}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(lang === "vi" ? "vi-VN" : "en-US", {
      ...(decimals === null ? { maximumFractionDigits: 3 } : { minimumFractionDigits: decimals, maximumFractionDigits: decimals }),
      useGrouping: grouped,
    });
    formatters.set(key, f);
  }
  return f;
}

/** A number in a language's style: 70.000 / 70,000; 10,5 / 10.5. */
export function formatNumber(value: number, lang: Lang): string {
  return formatter(lang, null, true).format(value);
}

/** How a numeral is written: decimals, thousands grouping, words. */
export function styleOf(text: string, lang: Lang): NumberStyle {
  if (/^\p{L}/u.test(text)) return { decimals: 0, grouped: true, words: true };
  const decimal = lang === "vi" ? "," : ".";
  const fraction = text.includes(decimal) ? (text.split(decimal)[1] ?? "") : "";
  const whole = text.split(decimal)[0] ?? text;
  const digits = whole.replace(/\D/g, "");
  return { decimals: fraction.replace(/\D/g, "").length, grouped: digits.length < 4 || /[.,]/.test(whole), words: false };
}

/** A value written like another numeral of the article: same decimals, grouping and (for
 * small counts) words, in the given language's style. */
export function formatLike(value: number, style: NumberStyle, lang: Lang): string {
  if (style.words && style.ordinal) return ordinalWord(value, lang) ?? formatter(lang, 0, true).format(value);
  if (style.words) return countWord(value, lang, true) ?? formatter(lang, 0, true).format(value);
  const text = formatter(lang, style.decimals, style.grouped).format(value);
  return style.ordinal && lang === "en" ? `${text}${ordinalSuffix(value)}` : text;
}

/** 1st, 2nd, 3rd, 4th, 11th, 21st… */
function ordinalSuffix(value: number): string {
  const tens = value % 100;
  if (tens >= 11 && tens <= 13) return "th";
  return ["th", "st", "nd", "rd"][value % 10] ?? "th";
}

/** A day and month: 27/7 in Vietnamese, 27 July in English (as the article writes them). */
export function formatDate(day: number, month: number, lang: Lang): string {
  return lang === "vi" ? `${day}/${month}` : `${day} ${MONTHS_EN[month - 1]}`;
}

export const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
