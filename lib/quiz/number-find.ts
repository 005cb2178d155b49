// Finding the numbers of a sentence as each language writes them — counts, percentages,
// measures, money, years, dates, ranges across months and years, scores — with the
// qualifier before them ("hơn", "more than") and the words they count after. Pure.
import { EN_COUNT_WORDS, ordinalValue, parseNumberWords, VI_COUNT_WORDS } from "./number-words";
import { MONTH_PATTERN, monthNumber, parseLocaleNumber, styleOf } from "./numbers";
import { currencyBefore, perAt, scaleAt, unitAt } from "./units";
import type { DateParts, Lang, NumberKind, NumberMention, NumberSlot } from "./types";

type Raw = Omit<NumberMention, "qualifier" | "counted" | "unit" | "unitText" | "scale" | "style"> & { style?: NumberMention["style"]; unit?: string };

const slot = (role: NumberSlot["role"], m: RegExpExecArray, group: number): NumberSlot | null => {
  const text = m[group];
  if (text === undefined || m.indices?.[group] === undefined) return null;
  const [start, end] = m.indices[group] ?? [0, 0];
  return { role, start: start - m.index, end: end - m.index };
};

const validDate = (d: DateParts) =>
  (d.day === undefined || (d.day >= 1 && d.day <= 31)) && (d.month === undefined || (d.month >= 1 && d.month <= 12)) && (d.year === undefined || (d.year >= 1800 && d.year <= 2200));

// Patterns are compiled once with match indices (`d`), not once per sentence.
const compiled = new Map<string, RegExp>();
function withIndices(pattern: RegExp): RegExp {
  const key = `${pattern.flags}/${pattern.source}`;
  let re = compiled.get(key);
  if (!re) {
    re = new RegExp(pattern.source, pattern.flags.includes("d") ? pattern.flags : `${pattern.flags}d`);
    compiled.set(key, re);
  }
  return re;
}

const DIGIT_PATTERN = /\\d/;

/** A scanner that keeps the mentions it found apart: later patterns skip taken text. */
class Scanner {
  found: Raw[] = [];
  constructor(readonly text: string) {
    this.hasDigit = /\d/.test(text);
  }
  skipped: { start: number; end: number }[] = [];
  taken(start: number, end: number) {
    return this.found.some((m) => start < m.end && end > m.start) || this.skipped.some((m) => start < m.end && end > m.start);
  }
  /** Marks text no later pattern may read (a range of values is not two numbers). */
  skip(pattern: RegExp) {
    for (const m of this.text.matchAll(pattern)) if (!this.taken(m.index, m.index + m[0].length)) this.skipped.push({ start: m.index, end: m.index + m[0].length });
  }
  /** Every match of `pattern` not yet taken, its text starting at group `from` (the whole
   * match by default) and ending at the match's end. */
  private readonly hasDigit: boolean;
  each(pattern: RegExp, build: (m: RegExpExecArray, start: number) => (Omit<Raw, "text" | "start" | "end"> & { length?: number }) | null, from = 0) {
    // Most sentences have few numbers: a pattern that needs a digit skips a sentence without one.
    if (!this.hasDigit && DIGIT_PATTERN.test(pattern.source) && !/[a-zà-ỹ]{3,}\|/iu.test(pattern.source)) return;
    const re = withIndices(pattern);
    for (const m of this.text.matchAll(re)) {
      const start = from === 0 ? m.index : (m.indices?.[from]?.[0] ?? m.index);
      const end = m.index + m[0].length;
      if (this.taken(start, end)) continue;
      const mention = build(m as RegExpExecArray, start);
      if (!mention) continue;
      const shift = start - m.index;
      const { length, ...rest } = mention;
      const stop = length === undefined ? end : start + length;
      this.found.push({ ...rest, slots: rest.slots.map((s) => ({ ...s, start: s.start - shift, end: Math.min(s.end - shift, stop - start) })), text: this.text.slice(start, stop), start, end: stop });
    }
  }
}

const dateSlots = (m: RegExpExecArray, roles: [NumberSlot["role"], number][]) => roles.map(([role, g]) => slot(role, m, g)).filter((s): s is NumberSlot => s !== null);
const parts = (day?: string, month?: number | string, year?: string): DateParts => {
  const d: DateParts = {};
  if (day !== undefined) d.day = Number(day);
  if (month !== undefined) d.month = Number(month);
  if (year !== undefined) d.year = Number(year);
  return d;
};
const range = (from: DateParts, to: DateParts, slots: NumberSlot[]): Omit<Raw, "text" | "start" | "end"> | null => {
  const start = { ...from, month: from.month ?? to.month, year: from.year ?? (from.month === undefined || from.month === to.month ? to.year : undefined) };
  if (start.year === undefined && to.year !== undefined && start.month !== undefined && start.month > (to.month ?? 12)) start.year = to.year - 1;
  for (const k of Object.keys(start) as (keyof DateParts)[]) if (start[k] === undefined) delete start[k];
  if (!validDate(start) || !validDate(to)) return null;
  return { kind: "date-range", value: start.day ?? start.year ?? 0, date: start, to, slots };
};
const single = (date: DateParts, slots: NumberSlot[]): Omit<Raw, "text" | "start" | "end"> | null =>
  validDate(date) ? { kind: date.day === undefined && date.month === undefined ? "year" : "date", value: date.day ?? date.year ?? 0, date, slots } : null;

const SCORE_CUE = {
  vi: { before: /(thắng|thua|hòa|hoà|tỷ số|tỉ số|cách biệt|dẫn|chung cuộc|đánh bại|vượt qua|gỡ)[^.;]{0,40}$/iu, after: /^\s*(chung cuộc|sau|trước)/iu },
  en: {
    before: /(won|win|beat|beating|lost|lose|drew|draw|victory|defeat|score|scoreline|led|lead|aggregate|equali[sz]ed?|make it|made it|title)[^.;]{0,40}$/iu,
    after: /^\s*(win|victory|lead|defeat|loss|draw|on aggregate|aggregate|scoreline|triumph)\b/iu,
  },
};
const isScore = (text: string, m: RegExpExecArray, lang: Lang) => SCORE_CUE[lang].before.test(text.slice(0, m.index)) || SCORE_CUE[lang].after.test(text.slice(m.index + m[0].length));
/** "từ 4 đến 6 bậc", "15-30%", "four to six places": a span of values, not one number.
 * Written in digits, it is a range fact; in words or with a percent sign it is left out. */
const NUMBER_RANGE = {
  vi: /(?<![\p{L}\d.,/])(\d+(?:,\d+)?|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s*(?:-|–|đến|tới)\s*(\d+(?:,\d+)?|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)(?:\s?%)?(?![\d/]|[.,]\d)/giu,
  en: /(?<![\p{L}\d.,/])(\d+(?:\.\d+)?|two|three|four|five|six|seven|eight|nine|ten)\s*(?:-|–|to)\s*(\d+(?:\.\d+)?|two|three|four|five|six|seven|eight|nine|ten)(?:\s?%| percent)?(?![\d/]|[.,]\d)(?!\s+(?:January|February|March|April|May|June|July|August|September|October|November|December))/giu,
};
const RANGE_DIGITS = {
  vi: /(?<![\p{L}\d.,/])(?:từ\s+)?(\d{1,3}(?:\.\d{3})+|\d+(?:,\d+)?)(?:\s+(nghìn|ngàn|triệu|tỷ))?\s*(?:-|–|đến|tới)\s*(\d{1,3}(?:\.\d{3})+|\d+(?:,\d+)?)(?![\d/%]|[.,]\d|\s?%|\s+phần trăm)/giu,
  en: /(?<![\p{L}\d.,/])(?:between\s+|from\s+)?(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s+(thousand|million|billion))?\s*(?:-|–|to|and)\s*(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?![\d/%]|[.,]\d|\s?%|\s+percent|-(?:point|month|year|day))(?!\s+(?:January|February|March|April|May|June|July|August|September|October|November|December))/giu,
};
const SCALE_WORDS: Record<string, number> = { nghìn: 1e3, ngàn: 1e3, triệu: 1e6, tỷ: 1e9, thousand: 1e3, million: 1e6, billion: 1e9 };

/** A range of values in digits, both ends in one scale ("5 million and 8 million"). */
function rangeMention(m: RegExpExecArray, lang: Lang, text: string): (Omit<Raw, "text" | "start" | "end"> & { length?: number }) | null {
  const low = parseLocaleNumber(m[1] ?? "", lang);
  const high = parseLocaleNumber(m[3] ?? "", lang);
  if (low === null || high === null || high <= low) return null;
  // The scale written after the first end must be the one after the second.
  const after = scaleAt(text.slice(m.index + m[0].length));
  if (m[2] && (!after || after.scale !== SCALE_WORDS[(m[2] ?? "").toLowerCase()])) return null;
  const lead = m[0].indexOf(m[1] ?? "");
  return { kind: "range", value: low, upper: high, style: styleOf(m[1] ?? "", lang), slots: dateSlots(m, [["value", 1], ["upper", 3]]), length: m[0].length - lead };
}

const YEAR_CUE = { vi: /(năm|giai đoạn|niên khóa|mùa giải)\s*$/iu, en: /\b(in|by|since|until|till|from|of|before|after|year|through|to|early|late|mid|the)\s*$/iu };

const VI_NUMBER = String.raw`\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?`;
const EN_NUMBER = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
const ORD = "(?:st|nd|rd|th)?";

function viMentions(text: string): Raw[] {
  const s = new Scanner(text);
  const D = String.raw`(\d{1,2})`;
  // Ranges: 15/11/2026 đến 3/1/2027, 26 đến 28/7, 26-28/7/2025, 26 đến 28 tháng 7.
  s.each(new RegExp(String.raw`(?<![\d/.,])${D}\/${D}(?:\/(\d{4}))?\s*(?:đến|tới|-|–)\s*(?:ngày\s+)?${D}\/${D}(?:\/(\d{4}))?(?![\d/])`, "gu"), (m) =>
    range(parts(m[1], m[2], m[3]), parts(m[4], m[5], m[6]), dateSlots(m, [["day", 1], ["month", 2], ["year", 3], ["toDay", 4], ["toMonth", 5], ["toYear", 6]])),
  );
  s.each(new RegExp(String.raw`(?<![\d/.,])${D}\s*(?:đến|tới|-|–)\s*(?:ngày\s+)?${D}\/${D}(?:\/(\d{4}))?(?![\d/])`, "gu"), (m) =>
    range(parts(m[1]), parts(m[2], m[3], m[4]), dateSlots(m, [["day", 1], ["toDay", 2], ["toMonth", 3], ["toYear", 4]])),
  );
  s.each(new RegExp(String.raw`(?<![\d/.,])${D}\s*(?:đến|tới|-|–)\s*(?:ngày\s+)?${D} tháng ${D}(?: năm (\d{4}))?(?!\d)`, "giu"), (m) =>
    range(parts(m[1]), parts(m[2], m[3], m[4]), dateSlots(m, [["day", 1], ["toDay", 2], ["toMonth", 3], ["toYear", 4]])),
  );
  // Year ranges: 2026-2030, từ năm 2026 đến năm 2030 (only after a cue, so scores stay scores).
  s.each(/(năm|giai đoạn|từ)\s+(\d{4})\s*(?:-|–|đến|tới)\s*(?:năm\s+)?(\d{4})(?!\d)/giu, (m) => range(parts(undefined, undefined, m[2]), parts(undefined, undefined, m[3]), dateSlots(m, [["year", 2], ["toYear", 3]])), 2);
  // Dates: 27/7, 15/11/2026, 27 tháng 7 (năm 2025), tháng 7/2025.
  s.each(new RegExp(String.raw`(?<![\d/.,])${D}\/${D}(?:\/(\d{4}))?(?![\d/])`, "gu"), (m) => single(parts(m[1], m[2], m[3]), dateSlots(m, [["day", 1], ["month", 2], ["year", 3]])));
  s.each(new RegExp(String.raw`(?<![\d/.,])${D} tháng ${D}(?:(?: năm |\/)(\d{4}))?(?!\d)`, "giu"), (m) => single(parts(m[1], m[2], m[3]), dateSlots(m, [["day", 1], ["month", 2], ["year", 3]])));
  s.each(/(tháng)\s+(\d{1,2})(?:\/|\s+năm\s+)(\d{4})(?!\d)/giu, (m) => single(parts(undefined, m[2], m[3]), dateSlots(m, [["month", 2], ["year", 3]])), 2);
  // Years after a cue: năm 2030, đến năm 2030.
  s.each(/(?<![\d.,])(\d{4})(?![\d.,]\d)/gu, (m) => {
    const year = Number(m[1]);
    if (year < 1800 || year > 2200 || !YEAR_CUE.vi.test(text.slice(0, m.index))) return null;
    return single(parts(undefined, undefined, m[1]), dateSlots(m, [["year", 1]]));
  });
  // Scores: thắng 3-1.
  s.each(/(?<![\d/.,])(\d{1,2})\s*[-–]\s*(\d{1,2})(?![\d/]|[.,]\d)/gu, (m) =>
    isScore(text, m, "vi") ? { kind: "score", value: Number(m[1]), away: Number(m[2]), slots: dateSlots(m, [["value", 1], ["away", 2]]) } : null,
  );
  s.each(RANGE_DIGITS.vi, (m) => rangeMention(m, "vi", text), 1);
  s.skip(NUMBER_RANGE.vi);
  // Numbers: 70.000, 10,5, 40%, 40 phần trăm.
  s.each(new RegExp(String.raw`(?<![\p{L}\d.,/])(${VI_NUMBER})(\s?%|\s+phần trăm)?(?![\p{L}\d/]|[.,]\d)`, "gu"), (m) => {
    const value = parseLocaleNumber(m[1] ?? "", "vi");
    if (value === null) return null;
    return { kind: m[2] ? "percent" : "count", value, style: styleOf(m[1] ?? "", "vi"), slots: dateSlots(m, [["value", 1]]) };
  });
  // Ordinals in words that count ("lần thứ tư", the fourth time), not those that open the
  // points of a list ("Thứ hai, …").
  s.each(/(?<=thứ\s)(nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười)(?![\p{L}])/giu, (m) => {
    if (/^\s*thứ\s$/iu.test(text.slice(0, m.index)) || text.slice(m.index + m[0].length).startsWith(",")) return null;
    return { kind: "count", value: ordinalValue(m[1] ?? "") ?? 0, style: { decimals: 0, grouped: true, words: true, ordinal: true }, slots: dateSlots(m, [["value", 1]]) };
  });
  // Counts in words: ba chủ đề, mười hai tỉnh (but not "Thứ ba", the third, nor "năm" alone,
  // which is also "year", or "một", also "a").
  s.each(/(?<![\p{L}\d])((?:một|hai|ba|bốn|tư|năm|lăm|sáu|bảy|tám|chín|mười|mươi|mốt|trăm|linh)(?: (?:một|hai|ba|bốn|tư|năm|lăm|sáu|bảy|tám|chín|mười|mươi|mốt|trăm|linh))*)(?= \p{L})/giu, (m) => {
    if (/thứ\s*$/iu.test(text.slice(0, m.index))) return null;
    // The longest run of words that reads as one number ("bảy năm" is seven years).
    const all = (m[1] ?? "").split(" ");
    for (let n = all.length; n >= 1; n--) {
      const words = all.slice(0, n).join(" ").toLowerCase();
      const value = n > 1 ? parseNumberWords(words) : (VI_COUNT_WORDS.get(words) ?? null);
      if (value === null) continue;
      const length = all.slice(0, n).join(" ").length;
      return { kind: "count", value, style: { decimals: 0, grouped: true, words: true }, slots: [{ role: "value", start: 0, end: length }], length };
    }
    return null;
  });
  return yearsInLists(s.found, text);
}

/** "các năm 2008, 2018 và 2024": the years after the first in a list are years too. */
function yearsInLists(found: Raw[], text: string): Raw[] {
  const sorted = [...found].sort((a, b) => a.start - b.start);
  sorted.forEach((m, i) => {
    const previous = sorted[i - 1];
    if (m.kind !== "count" || !/^\d{4}$/.test(m.text) || m.value < 1800 || m.value > 2200 || previous?.kind !== "year") return;
    if (!/^(,\s*|\s+(và|hoặc|and|or)\s+|,\s*(và|and)\s+)$/iu.test(text.slice(previous.end, m.start))) return;
    Object.assign(m, { kind: "year", date: { year: m.value }, slots: [{ role: "year", start: 0, end: 4 }] });
  });
  return sorted;
}

function enMentions(text: string): Raw[] {
  const s = new Scanner(text);
  const M = `(${MONTH_PATTERN})`;
  const D = String.raw`(\d{1,2})${ORD}`;
  const Y = String.raw`(?:,?\s+(\d{4}))?`;
  const monthSlot = (m: RegExpExecArray, g: number, role: "monthName" | "toMonthName") => slot(role, m, g);
  const withMonths = (m: RegExpExecArray, roles: [NumberSlot["role"], number][]) =>
    roles.map(([role, g]) => (role === "monthName" || role === "toMonthName" ? monthSlot(m, g, role) : slot(role, m, g))).filter((x): x is NumberSlot => x !== null);
  const month = (name: string | undefined) => (name === undefined ? undefined : (monthNumber(name) ?? undefined));
  // Ranges: 15 November 2026 to 3 January 2027, 26 to 28 July, 26-28 July.
  s.each(new RegExp(String.raw`(?<![\d.,])${D}(?:\s+${M}${Y})?\s*(?:to|-|–|and|until|till|through)\s*${D}\s+${M}${Y}`, "gu"), (m) =>
    range(parts(m[1], month(m[2]), m[3]), parts(m[4], month(m[5]), m[6]), withMonths(m, [["day", 1], ["monthName", 2], ["year", 3], ["toDay", 4], ["toMonthName", 5], ["toYear", 6]])),
  );
  // November 15, 2026 to January 3, 2027; July 26-28.
  s.each(new RegExp(String.raw`${M}\s+${D}${Y}\s*(?:to|-|–|until|till|through)\s*(?:${M}\s+)?${D}(?![\d])${Y}`, "gu"), (m) =>
    range(parts(m[2], month(m[1]), m[3]), parts(m[5], month(m[4]) ?? month(m[1]), m[6]), withMonths(m, [["monthName", 1], ["day", 2], ["year", 3], ["toMonthName", 4], ["toDay", 5], ["toYear", 6]])),
  );
  s.each(/(from|between|in|the)\s+(\d{4})\s*(?:-|–|to|and|until|through)\s*(\d{4})(?!\d)/giu, (m) => range(parts(undefined, undefined, m[2]), parts(undefined, undefined, m[3]), dateSlots(m, [["year", 2], ["toYear", 3]])), 2);
  s.each(/(?<![\d.,])(\d{4})\s*[-–]\s*(\d{4})(?!\d)/gu, (m) => {
    const [a, b] = [Number(m[1]), Number(m[2])];
    return a >= 1800 && b > a && b <= 2200 ? range(parts(undefined, undefined, m[1]), parts(undefined, undefined, m[2]), dateSlots(m, [["year", 1], ["toYear", 2]])) : null;
  });
  // Dates: 27 July (2025), July 27(th)(, 2025), July 2025.
  s.each(new RegExp(String.raw`(?<![\d.,])${D}\s+${M}${Y}`, "gu"), (m) => single(parts(m[1], month(m[2]), m[3]), withMonths(m, [["day", 1], ["monthName", 2], ["year", 3]])));
  s.each(new RegExp(String.raw`${M}\s+${D}(?![\d:])${Y}`, "gu"), (m) => single(parts(m[2], month(m[1]), m[3]), withMonths(m, [["monthName", 1], ["day", 2], ["year", 3]])));
  s.each(new RegExp(String.raw`${M},?\s+(\d{4})(?!\d)`, "gu"), (m) => single(parts(undefined, month(m[1]), m[2]), withMonths(m, [["monthName", 1], ["year", 2]])));
  s.each(/(?<![\d.,$])(\d{4})(?![\d.,]\d|\s*(?:%|percent))/gu, (m) => {
    const year = Number(m[1]);
    if (year < 1800 || year > 2200 || !YEAR_CUE.en.test(text.slice(0, m.index))) return null;
    return single(parts(undefined, undefined, m[1]), dateSlots(m, [["year", 1]]));
  });
  s.each(/(?<![\d/.,])(\d{1,2})\s*[-–]\s*(\d{1,2})(?![\d/]|[.,]\d|-(?:point|month|year|day|week|minute|hour))/gu, (m) =>
    isScore(text, m, "en") ? { kind: "score", value: Number(m[1]), away: Number(m[2]), slots: dateSlots(m, [["value", 1], ["away", 2]]) } : null,
  );
  s.each(RANGE_DIGITS.en, (m) => rangeMention(m, "en", text), 1);
  s.skip(NUMBER_RANGE.en);
  // Ordinals that count (the 27th minute, the 3rd time); dates took theirs above.
  s.each(/(?<![\d.,])(\d{1,3}(?:st|nd|rd|th))(?![\p{L}\d])/gu, (m) => ({
    kind: "count",
    value: Number((m[1] ?? "").replace(/\D/g, "")),
    style: { decimals: 0, grouped: true, words: false, ordinal: true },
    slots: dateSlots(m, [["value", 1]]),
  }));
  s.each(new RegExp(String.raw`(?<=^|[^\p{L}\d.,]|VND|USD|EUR)(${EN_NUMBER})(\s?%|\s+percent|\s+per cent)?(?![\p{L}\d]|[.,]\d)`, "gu"), (m) => {
    const value = parseLocaleNumber(m[1] ?? "", "en");
    if (value === null) return null;
    return { kind: m[2] ? "percent" : "count", value, style: styleOf(m[1] ?? "", "en"), slots: dateSlots(m, [["value", 1]]) };
  });
  s.each(/\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b/giu, (m) => {
    if (m.index === 0 || /^\s*,/u.test(text.slice(m.index + m[0].length))) return null;
    return { kind: "count", value: ordinalValue(m[1] ?? "") ?? 0, style: { decimals: 0, grouped: true, words: true, ordinal: true }, slots: dateSlots(m, [["value", 1]]) };
  });
  s.each(/\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b/giu, (m) => ({
    kind: "count",
    value: EN_COUNT_WORDS.get((m[1] ?? "").toLowerCase()) ?? 0,
    style: { decimals: 0, grouped: true, words: true },
    slots: dateSlots(m, [["value", 1]]),
  }));
  return yearsInLists(s.found, text);
}

const VI_QUALIFIERS = ["hơn", "trên", "tới", "khoảng", "gần", "chừng", "hàng", "dưới", "ít nhất", "tối đa", "chưa đến", "chưa tới", "xấp xỉ", "gần như", "lên tới", "lên đến", "đến"];
const EN_QUALIFIERS = ["more than", "over", "as much as", "as many as", "about", "around", "nearly", "almost", "up to", "under", "less than", "fewer than", "at least", "at most", "roughly", "approximately", "some", "just over", "just under", "close to"];

/** Whether a qualifier bounds the number from below ("more than 800") or above ("up to 40%"). */
export function qualifierDirection(qualifier: string | undefined): "above" | "below" | "about" | null {
  if (!qualifier) return null;
  if (/^(hơn|trên|ít nhất|more than|over|at least|just over)$/i.test(qualifier)) return "above";
  if (/^(tới|dưới|tối đa|chưa đến|chưa tới|lên tới|lên đến|đến|as much as|as many as|up to|under|less than|fewer than|at most|just under)$/i.test(qualifier)) return "below";
  return "about";
}

function qualifierBefore(text: string, start: number, lang: Lang): string | undefined {
  const before = text.slice(0, start).replace(/(?:US\$|\$|€|VND|USD)\s?$/u, "").trimEnd().toLocaleLowerCase("vi");
  // "9 trên 10" is nine out of ten, not "over 10".
  if (lang === "vi" && /\d\s+trên$/u.test(before)) return undefined;
  return [...(lang === "vi" ? VI_QUALIFIERS : EN_QUALIFIERS)]
    .sort((a, b) => b.length - a.length)
    .find((q) => before.endsWith(` ${q}`) || before === q);
}

const VI_STOP = new Set(["được", "và", "dọc", "trên", "dưới", "sau", "trước", "ở", "trong", "của", "tham", "lần", "tại", "với", "để", "nhằm", "là", "có", "đã", "sẽ", "từ", "cho", "mới", "như", "hoặc", "các", "những", "nhấn", "gồm", "so", "mỗi", "một", "vào", "khi", "thì", "này", "đó", "nay", "nhờ", "bởi", "do", "vì", "sau", "ở", "còn", "nhưng", "mà", "sang", "về", "ra", "lên", "xuống", "đi", "đến", "tới", "mỗi", "trên"]);
const EN_STOP = new Set(["on", "in", "of", "to", "for", "with", "from", "and", "or", "that", "which", "making", "taking", "at", "by", "as", "the", "a", "an", "were", "was", "are", "is", "its", "their", "than", "each", "per", "this", "last", "every"]);

/** The words a number counts: up to four words after it (after its unit), stopping at
 * punctuation or a function word. */
function countedAfter(text: string, end: number, lang: Lang, start: number): string | undefined {
  // "phút 52" (the 52nd minute) and "số 22" name a moment or a shirt: they count nothing.
  if (lang === "vi" && /(phút|số|thứ|hạng|lần)\s*$/iu.test(text.slice(0, start))) return undefined;
  const rest = text.slice(end).replace(/^-/, " ");
  const words: string[] = [];
  for (const token of rest.split(/\s+/).filter(Boolean)) {
    const word = token.replace(/[.,;:!?)"'”’]+$/, "");
    if (!/^[\p{L}-]+$/u.test(word) || (lang === "vi" ? VI_STOP : EN_STOP).has(word.toLowerCase())) break;
    // "candidates received…", "children aged…": a verb or participle after the noun ends it.
    if (lang === "en" && words.length > 0 && /^\p{Ll}+ed$/u.test(word)) break;
    words.push(word);
    if (word !== token || words.length === 4) break;
  }
  return words.length > 0 ? words.join(" ") : undefined;
}

const NUMERIC_KINDS = new Set<NumberKind>(["count", "percent", "measure", "money"]);
const SCALED_KINDS = new Set<NumberKind>(["count", "range"]);

/**
 * Every number written in a sentence, with its qualifier ("hơn 800"), scale ("5,6 tỷ"), unit
 * and the words it counts ("doanh nghiệp"). `skip` ranges (names such as "WAIC 2025") are
 * left out.
 */
export function findNumbers(text: string, lang: Lang, skip: { start: number; end: number }[] = []): NumberMention[] {
  return allNumbers(text, lang).filter((m) => !skip.some((s) => m.start < s.end && m.end > s.start));
}

// The same sentences are read again and again (facts, options read back, typed answers).
const found = new Map<string, readonly NumberMention[]>();

function allNumbers(text: string, lang: Lang): readonly NumberMention[] {
  const key = `${lang}\u0000${text}`;
  let mentions = found.get(key);
  if (!mentions) {
    mentions = readNumbers(text, lang);
    if (found.size > 20_000) found.clear();
    found.set(key, mentions);
  }
  return mentions;
}

function readNumbers(text: string, lang: Lang): NumberMention[] {
  const raw = lang === "vi" ? viMentions(text) : enMentions(text);
  return raw
    .sort((a, b) => a.start - b.start)
    .map((m) => {
      const mention: NumberMention = { ...m, style: m.style ?? { decimals: 0, grouped: true, words: false } };
      if (m.kind === "year" && /(đến năm|trước năm|tới năm|vào năm|mục tiêu|by|until|before|target)\s*$/iu.test(text.slice(0, m.start))) mention.deadline = true;
      if (!NUMERIC_KINDS.has(m.kind) && m.kind !== "range") return mention;
      let after = m.end;
      if (SCALED_KINDS.has(m.kind)) {
        const scale = scaleAt(text.slice(after));
        if (scale) {
          mention.scale = scale.scale;
          after += scale.length;
        }
        const currency = lang === "en" ? currencyBefore(text.slice(0, m.start)) : null;
        const unit = unitAt(text.slice(after));
        const keep = m.kind === "range";
        if (currency) {
          Object.assign(mention, { kind: keep ? "range" : "money", unit: currency.id, unitText: text.slice(m.start - currency.length, m.start).trim() });
        } else if (unit) {
          Object.assign(mention, { kind: keep ? "range" : unit.family === "money" ? "money" : "measure", unit: unit.id, unitText: unit.text });
          after += unit.length;
        }
        const per = mention.unit ? perAt(text.slice(after)) : null;
        if (per) {
          mention.per = per.id;
          after += per.length;
        }
      }
      const qualifier = qualifierBefore(text, m.start, lang);
      if (qualifier) mention.qualifier = qualifier;
      if (mention.kind === "count" || (mention.kind === "range" && !mention.unit)) {
        const counted = countedAfter(text, after, lang, m.start);
        if (counted) mention.counted = counted;
      }
      return mention;
    });
}

const amount = (m: NumberMention) => m.value * (m.scale ?? 1);
const sameParts = (a?: DateParts, b?: DateParts) =>
  a?.day === b?.day && a?.month === b?.month && (a?.year === undefined || b?.year === undefined || a.year === b.year);

/** Whether a Vietnamese and an English mention state the same number. */
export function sameNumber(a: NumberMention, b: NumberMention): boolean {
  if (NUMERIC_KINDS.has(a.kind) && NUMERIC_KINDS.has(b.kind)) {
    if ((a.kind === "percent") !== (b.kind === "percent")) return false;
    if (a.unit && b.unit && a.unit !== b.unit) return false;
    return Math.abs(amount(a) - amount(b)) < 1e-9 * Math.max(1, amount(a));
  }
  if (a.kind !== b.kind) return false;
  if (a.kind === "range") return a.unit === b.unit && (a.scale ?? 1) === (b.scale ?? 1) && a.value === b.value && a.upper === b.upper;
  if (a.kind === "score") return a.value === b.value && a.away === b.away;
  if (a.kind === "year") return a.date?.year === b.date?.year;
  if (a.kind === "date") return sameParts(a.date, b.date) && (a.date?.day !== undefined || a.date?.year === b.date?.year);
  return sameParts(a.date, b.date) && sameParts(a.to, b.to);
}
