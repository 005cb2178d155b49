// Reading what a pupil typed for a number, a date or a score, the way pupils write them:
// "70 nghìn", "70k", "hơn 70.000", "70.000 m2", "40 phần trăm", "mười ba", "thirteen",
// "27 tháng 7", "ngày 27/7", "July 26-28", "năm 2028", "3-1". Pure.
import { findNumbers } from "./number-find";
import { ordinalValue, parseNumberWords } from "./number-words";
import { MONTHS_EN, readNumeral } from "./numbers";
import { currencyBefore, perAt, scaleAt, unitAt } from "./units";
import type { DateParts, ExpectedValue, Lang, NumberMention } from "./types";

/** What the key of a number gap is, for grading typed answers. */
export function expectedValueOf(m: NumberMention, context: string[]): ExpectedValue {
  switch (m.kind) {
    case "date":
    case "date-range":
    case "year":
      return { kind: "date", date: m.date ?? {}, ...(m.to ? { to: m.to } : {}) };
    case "score":
      return { kind: "score", home: m.value, away: m.away ?? 0 };
    case "range":
      return { kind: "range", low: m.value * (m.scale ?? 1), high: (m.upper ?? m.value) * (m.scale ?? 1), ...(m.unit ? { unit: m.unit } : {}), ...(m.scale ? { scale: m.scale } : {}) };
    default:
      return {
        kind: "quantity",
        amount: m.value * (m.scale ?? 1),
        percent: m.kind === "percent",
        ...(m.unit ? { unit: m.unit } : {}),
        ...(m.per ? { per: m.per } : {}),
        ...(m.scale ? { scale: m.scale } : {}),
        context,
      };
  }
}

const QUALIFIERS =
  /^(?:hơn|trên|khoảng|gần|tới|chừng|hàng|xấp xỉ|ít nhất|lên tới|lên đến|dưới|chưa đến|chưa tới|tối đa|more than|over|about|around|nearly|almost|up to|as much as|as many as|approximately|roughly|at least|at most|some|under|less than|fewer than|below|just over|just under|~|≈)\s+/iu;

/** "tư", "thứ tư", "lần thứ tư", "fourth", "the fourth time". */
const ordinalOf = (text: string) => {
  const m = /^(?:lần\s+)?(?:thứ\s+|the\s+)?(\p{L}+)(?:\s+time)?$/u.exec(text.trim());
  return m ? ordinalValue(m[1] ?? "") : null;
};

type TypedQuantity = { value: number; scale?: number; percent: boolean; unit?: string; per?: string; rest: string };

/** A typed quantity: a numeral or number words, then a scale, a percent sign, a unit and
 * perhaps the words it counts. */
function readQuantity(typed: string, lang: Lang): TypedQuantity | null {
  let text = typed.trim();
  for (let q = QUALIFIERS.exec(text); q; q = QUALIFIERS.exec(text)) text = text.slice(q[0].length);
  // Words before a numeral name what it is: "phút 27", "thứ 108", "hạng 108", "No. 108".
  text = text.replace(/^(?:[\p{L}]+\.?\s+){1,3}(?=(?:US\$|\$|€)?\d)/u, (words) => (/(?<![\p{L}\p{N}])(năm|in|by)\s*$/iu.test(words) ? words : ""));
  const currency = /^(US\$|\$|€|VND\s?|USD\s?)/iu.exec(text);
  if (currency) text = text.slice(currency[0].length);
  let value: number | null = null;
  let rest = "";
  const numeral = /^[\d][\d.,]*(?:\s\d{3}(?![\d]))*/u.exec(text);
  if (numeral) {
    value = readNumeral(numeral[0].replace(/\s/g, ""), lang);
    rest = text.slice(numeral[0].length);
  } else if (ordinalOf(text) !== null) {
    value = ordinalOf(text);
  } else {
    // Number words run until a scale, unit or counted word: take the longest prefix that reads.
    const words = text.split(/\s+/);
    for (let n = words.length; n >= 1 && value === null; n--) {
      const read = parseNumberWords(words.slice(0, n).join(" "));
      if (read !== null) {
        value = read;
        rest = words.slice(n).join(" ");
      }
    }
  }
  if (value === null) return null;
  let scale = scaleAt(rest, true);
  // "$150m": after a currency sign, "m" is millions (elsewhere it is metres).
  if (!scale && currency && /^m(?![\p{L}\d])/u.test(rest)) scale = { scale: 1e6, length: 1 };
  if (scale) rest = rest.slice(scale.length);
  const percent = /^\s*(%|phần trăm|percent|per cent)/iu.exec(rest);
  if (percent) rest = rest.slice(percent[0].length);
  const unit = unitAt(rest);
  if (unit) rest = rest.slice(unit.length);
  const per = unit || currency ? perAt(rest) : null;
  if (per) rest = rest.slice(per.length);
  const currencyId = currency ? currencyBefore(currency[0])?.id : undefined;
  return {
    value,
    ...(scale ? { scale: scale.scale } : {}),
    percent: Boolean(percent),
    ...(unit ? { unit: unit.id } : currencyId ? { unit: currencyId } : {}),
    ...(per ? { per: per.id } : {}),
    rest: rest.trim(),
  };
}

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));

function quantityMatches(expected: Extract<ExpectedValue, { kind: "quantity" }>, typed: string, lang: Lang): boolean {
  const q = readQuantity(typed, lang);
  if (!q) return false;
  if (q.percent && !expected.percent) return false;
  // A unit typed must be the key's own: 70.000 km is not 70.000 m2. Other words after the
  // number ("800 doanh nghiệp", "310,000 metric tons") are the pupil's own wording.
  if (q.unit && q.unit !== expected.unit) return false;
  // So must what a price is per: 5.760 USD/kg is not 5.760 USD/tấn.
  if (q.per && q.per !== expected.per) return false;
  // A unit written after the number is another quantity when the key has none ("68 miles").
  if (!q.unit && unitAt(` ${q.rest}`) && !expected.unit) return false;
  const typedAmount = q.value * (q.scale ?? 1);
  if (close(typedAmount, expected.amount)) return true;
  // The scale is often written beside the gap ("_____ tỷ USD"): "5,6" means 5,6 tỷ there.
  return q.scale === undefined && expected.scale !== undefined && close(q.value * expected.scale, expected.amount);
}

const sameParts = (typed: DateParts | undefined, expected: DateParts | undefined) =>
  typed !== undefined &&
  expected !== undefined &&
  typed.day === expected.day &&
  (typed.month === expected.month || (typed.month === undefined && expected.month === undefined)) &&
  (typed.year === undefined || expected.year === undefined || typed.year === expected.year);

const MONTH_WORD = new RegExp(`\\b(?:${MONTHS_EN.join("|")}|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\\b`, "giu");

function dateMatches(expected: Extract<ExpectedValue, { kind: "date" }>, typed: string): boolean {
  const isYear = expected.date.day === undefined && expected.date.month === undefined && !expected.to;
  if (isYear) {
    const year = /^(?:(?:từ|đến|vào|trong|since|in|by|from|until|of)\s+)?(?:năm|the year)?\s*(\d{4})$/iu.exec(typed.trim());
    return year !== null && Number(year[1]) === expected.date.year;
  }
  // Pupils write month names in lower case, "27-7" for 27/7 and "the 15th of January"; the
  // finder reads dates as articles write them.
  const cased = typed
    .trim()
    .replace(/^(\d{1,2})[-.](\d{1,2})(?:[-.](\d{4}))?$/u, (_, d: string, m: string, y?: string) => `${d}/${m}${y ? `/${y}` : ""}`)
    .replace(MONTH_WORD, (w) => `${w[0]?.toUpperCase()}${w.slice(1).toLowerCase()}`)
    .replace(/(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+of\s+/giu, "$1 ");
  const readings = [...findNumbers(cased, "vi"), ...findNumbers(cased, "en")].filter((m) => m.kind === "date" || m.kind === "date-range" || m.kind === "year");
  return readings.some((m) => {
    if (Boolean(m.to) !== Boolean(expected.to)) return false;
    if (expected.date.day === undefined) return m.date?.month === expected.date.month && (m.date?.year ?? expected.date.year) === expected.date.year && (!expected.to || m.to?.year === expected.to.year);
    return sameParts(m.date, expected.date) && (!expected.to || sameParts(m.to, expected.to));
  });
}

function scoreMatches(expected: Extract<ExpectedValue, { kind: "score" }>, typed: string): boolean {
  const m = /(\d{1,2})\s*[-–:]\s*(\d{1,2})/u.exec(typed);
  return m !== null && Number(m[1]) === expected.home && Number(m[2]) === expected.away;
}

/** "5-8 triệu", "từ 5 đến 8 triệu đồng", "between 5 million and 8 million dong". */
function rangeMatches(expected: Extract<ExpectedValue, { kind: "range" }>, typed: string, lang: Lang): boolean {
  const m = /^(?:từ|between|from)?\s*(.+?)\s*(?:-|–|đến|tới|to|and)\s*(.+)$/iu.exec(typed.trim());
  if (!m) return false;
  const [low, high] = [readQuantity(m[1] ?? "", lang), readQuantity(m[2] ?? "", lang)];
  if (!low || !high) return false;
  const scale = high.scale ?? low.scale;
  const amounts = (s: number | undefined) => [low.value * (low.scale ?? s ?? 1), high.value * (high.scale ?? s ?? 1)];
  if ((high.unit && high.unit !== expected.unit) || (low.unit && low.unit !== expected.unit)) return false;
  return [amounts(scale), amounts(expected.scale)].some(([a, b]) => close(a ?? 0, expected.low) && close(b ?? 0, expected.high));
}

/** Whether a typed answer states the expected number, date or score. */
export function typedValueMatches(expected: ExpectedValue, typed: string, lang: Lang): boolean {
  const text = typed.normalize("NFC").toLocaleLowerCase("vi").replace(/\s+/g, " ").trim();
  if (text === "") return false;
  switch (expected.kind) {
    case "quantity":
      return quantityMatches(expected, text, lang);
    case "date":
      return dateMatches(expected, typed.normalize("NFC").trim());
    case "score":
      return scoreMatches(expected, text);
    case "range":
      return rangeMatches(expected, text, lang);
  }
}
