// Wrong numbers a pupil could believe, written exactly like the right one: the same kind,
// unit, scale, magnitude and format (an integer stays an integer, a year a year, "3000" stays
// unseparated, "ba" stays a word), in the language of the sentence they fill. For false
// statements they must also be false for a reader: "hơn 800" never becomes "hơn 600". Pure.
import { findNumbers, qualifierDirection, sameNumber } from "./number-find";
import { DAYS_IN_MONTH, formatLike, MONTHS_EN } from "./numbers";
import { hash32 } from "./random";
import { unitFamily } from "./units";
import type { DateParts, Lang, NumberMention } from "./types";

/** New values for a mention's slots. */
type Change = { value?: number; away?: number; upper?: number; date?: DateParts; to?: DateParts };

const NUMERIC = new Set(["count", "percent", "measure", "money"]);
/** A date or a range of dates (not a bare year). */
const isDay = (m: NumberMention) => m.kind === "date" || m.kind === "date-range";

/** The mention's text with its values replaced, keeping every other character. */
function renderMention(m: NumberMention, change: Change, lang: Lang): string {
  const date = { ...m.date, ...change.date };
  const to = { ...m.to, ...change.to };
  const abbreviated = (start: number, end: number) => !MONTHS_EN.some((name) => name === m.text.slice(start, end));
  const monthName = (n: number | undefined, start: number, end: number) => {
    const name = MONTHS_EN[(n ?? 1) - 1] ?? "";
    return abbreviated(start, end) ? `${name.slice(0, 3)}${m.text.slice(start, end).endsWith(".") ? "." : ""}` : name;
  };
  const text = (role: string, start: number, end: number): string => {
    switch (role) {
      case "value":
        return formatLike(change.value ?? m.value, m.style, lang);
      case "away":
        return String(change.away ?? m.away ?? 0);
      case "upper":
        return formatLike(change.upper ?? m.upper ?? 0, m.style, lang);
      case "day":
        return String(date.day ?? "");
      case "month":
        return String(date.month ?? "");
      case "monthName":
        return monthName(date.month, start, end);
      case "year":
        return String(date.year ?? "");
      case "toDay":
        return String(to.day ?? "");
      case "toMonth":
        return String(to.month ?? "");
      case "toMonthName":
        return monthName(to.month, start, end);
      default:
        return String(to.year ?? "");
    }
  };
  let out = m.text;
  for (const s of [...m.slots].sort((a, b) => b.start - a.start)) out = out.slice(0, s.start) + text(s.role, s.start, s.end) + out.slice(s.end);
  return out;
}

/** The smallest step of the key's own roundness that moves it by at least `share` of itself
 * (800 → 100, 3000 → 1000, 5,6 → 1, 35% → 5). */
function stepFor(value: number, decimals: number, share: number): number {
  let base = 10 ** -decimals;
  if (decimals === 0) while (Number.isInteger(value / (base * 10)) && value / (base * 10) >= 1) base *= 10;
  for (let power = base; ; power *= 10) {
    for (const k of [1, 2, 5]) {
      const step = power * k;
      if (step >= value * share || step >= 1e15) return Number(step.toPrecision(6));
    }
  }
}

const round = (v: number, decimals: number) => Number(v.toFixed(decimals));

/** Values near the key, of its roundness, in a useful order (one below, one above, …). */
function nearValues(m: NumberMention): number[] {
  const v = m.value;
  const d = m.style.decimals;
  if (m.kind === "year" || (m.kind === "date-range" && m.date?.day === undefined)) {
    const year = m.date?.year ?? v;
    // A target year is round ("by 2030": 2025, 2035); a year that happened is near ("in 2025").
    // A target moved later (2035 for 2030) stays a plausible target; moved earlier it may be past.
    return (m.deadline && year % 5 === 0 ? [5, -5, 10, 2, -2] : [-1, -2, 1, -3, 2]).map((k) => year + k);
  }
  if (unitFamily(m.unit) === "temperature") return [-2, 2, 3, -3, 5].map((k) => round(v + k * 10 ** -d * (d === 0 ? 1 : 10), d));
  if (m.kind === "percent" && d === 0 && v <= 100) {
    const s = v % 5 === 0 ? (v % 10 === 0 && v >= 20 ? 10 : 5) : 5;
    return [-s, s, 2 * s, -2 * s, 3 * s].map((k) => v + k).filter((x) => x > 0 && x <= 100);
  }
  if (d === 0 && v < 10) return [-1, 1, 2, -2, 3].map((k) => v + k).filter((x) => x >= 1);
  const s = stepFor(v, d, 0.12);
  return [-1, 1, 2, -2, 3, -3].map((k) => round(v + k * s, d)).filter((x) => x > 0);
}

/**
 * Near values for the options of a choice, placed so that the key is not always the second
 * smallest: each figure (by a hash of its text) takes its own rank among the four — smallest,
 * second, third or largest — with the nearest values on each side. A pupil who picks "the one
 * in the middle" is right one time in four, as by chance. The rest follow, should some drop out.
 */
function aroundKey(m: NumberMention, near: number[], count: number): number[] {
  const below = near.filter((v) => v < m.value).sort((a, b) => b - a);
  const above = near.filter((v) => v > m.value).sort((a, b) => a - b);
  const rank = hash32(`${m.text}|${m.value}`) % (count + 1);
  const fromBelow = Math.min(rank, below.length);
  const fromAbove = Math.min(count - fromBelow, above.length);
  const first = [...below.slice(0, count - fromAbove), ...above.slice(0, fromAbove)];
  return [...first, ...near.filter((v) => !first.includes(v))];
}

const DAY = 86_400_000;
const shiftDate = (p: DateParts | undefined, days: number, year: number): DateParts => {
  const t = new Date(Date.UTC(p?.year ?? year, (p?.month ?? 1) - 1, p?.day ?? 1) + days * DAY);
  return { day: t.getUTCDate(), month: t.getUTCMonth() + 1, ...(p?.year !== undefined ? { year: t.getUTCFullYear() } : {}) };
};

/** Changes for a date or a range: the whole of it moved by a few days (or months, for a
 * month and year), so a range keeps its length. */
function dateChanges(m: NumberMention): Change[] {
  if (m.kind === "year" || m.date?.day === undefined) {
    if (m.date?.month !== undefined && m.date.year !== undefined) {
      return [-1, 1, 2, -2].map((k) => {
        const months = (m.date?.year ?? 0) * 12 + (m.date?.month ?? 1) - 1 + k;
        return { date: { month: (months % 12) + 1, year: Math.floor(months / 12) } };
      });
    }
    const years = nearValues(m);
    const span = (m.to?.year ?? m.date?.year ?? 0) - (m.date?.year ?? 0);
    return years.map((y) => (m.kind === "date-range" ? { date: { year: y }, to: { year: y + span } } : { date: { year: y }, value: y }));
  }
  // A leap year, so 29/2 stays valid when no year is written.
  const base = m.date?.year ?? 2024;
  // Two days or more: a day either side reads as a quibble, not a wrong date.
  return [-2, 2, 3, -3, 7, -7, 1, -1].map((days) => {
    const date = shiftDate(m.date, days, base);
    const change: Change = { date, value: date.day ?? 0 };
    if (m.to) change.to = shiftDate(m.to, days, m.to.year ?? base);
    return change;
  });
}

function scoreChanges(m: NumberMention): Change[] {
  const [a, b] = [m.value, m.away ?? 0];
  // A draw someone came back to ("gỡ hòa 1-1") was never 0-0.
  const pairs: [number, number][] = a === b ? [[a + 1, b + 1], [a + 2, b + 2], [a + 3, b + 3]] : [[a + 1, b], [a - 1, b], [a, b + 1], [a, b - 1], [a + 1, b + 1], [a + 2, b]];
  // A win stays a win for the same side, a draw a draw: the report says who won.
  return pairs.filter(([x, y]) => x >= 0 && y >= 0 && Math.sign(x - y) === Math.sign(a - b)).map(([x, y]) => ({ value: x, away: y }));
}

/** Whether a changed number makes a statement false for someone who read the article. */
function clearlyFalse(m: NumberMention, value: number): boolean {
  if (m.kind === "percent") {
    if (Math.abs(value - m.value) < Math.max(5, m.value * 0.2) && m.value >= 10) return false;
  } else if (Math.abs(value - m.value) < m.value * 0.2 && m.value >= 10) return false;
  // "More than 50,000" does not rule out "more than 60,000", nor "under 30%" "under 20%": a
  // bound gives no false statement a reader could be sure of.
  const direction = qualifierDirection(m.qualifier);
  return direction !== "above" && direction !== "below";
}

/** How round a whole number is: 300 → 2, 1.500 → 2, 684 → 0. */
function trailingZeros(value: number): number {
  if (!Number.isInteger(value) || value === 0) return 0;
  let n = 0;
  for (let v = value; v % 10 === 0; v /= 10) n++;
  return n;
}

/** The other numbers of the article that could stand in for this one: same kind, unit and
 * scale, a whole number for a whole number, within a factor of four. */
function peerValues(m: NumberMention, peers: NumberMention[]): number[] {
  if (!NUMERIC.has(m.kind)) return [];
  return peers
    .filter((p) => p.kind === m.kind && p.unit === m.unit && (p.scale ?? 1) === (m.scale ?? 1) && p.style.words === m.style.words)
    .filter((p) => p.style.decimals === m.style.decimals && p.value / m.value <= 2.5 && m.value / p.value <= 2.5)
    // "gần 1.500" in the headline and 1.482 in the text are one figure; so is any figure within
    // 15% of a rounded one. And after "khoảng 300" only a round figure reads as a wrong option.
    .filter((p) => Math.abs(p.value / m.value - 1) >= (m.qualifier || p.qualifier ? 0.15 : 0.05))
    .filter((p) => !m.qualifier || trailingZeros(p.value) >= Math.min(2, trailingZeros(m.value)))
    .map((p) => p.value)
    .sort((x, y) => Math.abs(Math.log(x / m.value)) - Math.abs(Math.log(y / m.value)));
}

export type NumberOptionsInput = {
  mention: NumberMention;
  lang: Lang;
  /** The article's other dates and ranges: a wrong date must not be one of them, nor fall in one. */
  dates?: NumberMention[];
  /** Mentions of the article's other number facts, in the same language. */
  peers: NumberMention[];
  /** Values the sentence already shows elsewhere: an option equal to one is ruled out at a glance. */
  shown?: number[];
  /** "choice": wrong options; "false": values that make the statement false. */
  purpose: "choice" | "false";
  count?: number;
  /** The largest value the scale allows (a storm's level goes to 17): none above it. */
  ceiling?: number;
  /** The sentence's other figures: a wrong value keeps its place among those of its kind (a
   * score "higher than 4,78" stays above it; the most cases stay more than the next). */
  beside?: NumberMention[];
};

/** Whether a value keeps the key's order against each figure of its kind beside it. */
function keepsOrder(mention: NumberMention, value: number, beside: NumberMention[]): boolean {
  const amount = (m: NumberMention, v: number) => v * (m.scale ?? 1);
  return beside
    .filter((b) => b.kind === mention.kind && b.unit === mention.unit && b.end !== mention.end && NUMERIC.has(b.kind))
    .every((b) => Math.sign(amount(mention, value) - amount(b, b.value)) === Math.sign(amount(mention, mention.value) - amount(b, b.value)));
}

/** The top of a bounded scale the number is read on, from the words before it: wind and storm
 * levels ("giật cấp 14", "gusting to level 14") go to 17, percentages to 100. */
export function scaleCeiling(text: string, mention: NumberMention): number | undefined {
  if (mention.kind === "percent" && mention.value <= 100 && !/(tăng|giảm|vượt|so với|rise|fall|grow|increase|drop|exceed|compared)/iu.test(text)) return 100;
  const before = text.slice(Math.max(0, mention.start - 40), mention.start);
  if (/(?:cấp|level|force)\s*$/iu.test(before) && /(bão|gió|giật|áp thấp|storm|typhoon|wind|gust)/iu.test(text)) return 17;
  return undefined;
}

/** Wrong values for a number, each written like the key. */
const dayOf = (p: DateParts | undefined, year: number) => (p?.day === undefined || p.month === undefined ? null : Date.UTC(p.year ?? year, p.month - 1, p.day));

/** Whether a date is one end of a period the sentence gives with another date ("từ tháng
 * 12/2025 đến hết tháng 2/2026", "from 6 pm on 27 October to 10 am on 28 October"). A
 * statement with one end moved is not surely false: 14 mm "to the end of January" may be as
 * true as to the end of February. */
export function endsAPeriod(text: string, mention: NumberMention, beside: NumberMention[]): boolean {
  const inTime = (m: NumberMention) => isDay(m) || m.kind === "year";
  if (!inTime(mention)) return false;
  return beside.some((o) => {
    if (o.end === mention.end || !inTime(o)) return false;
    const [first, second] = o.start < mention.start ? [o, mention] : [mention, o];
    const between = text.slice(first.end, second.start);
    return between.length <= 40 && /(?:^|\s)(?:đến|tới|to|until|till|through)(?:\s|$)|^\s*[-–]\s*$/u.test(between);
  });
}

/** Whether a changed date stays on the same side of each other date of its sentence: "from 27
 * to 28 October" never becomes "from 29 to 28 October". */
function keepsDateOrder(mention: NumberMention, change: Change, beside: NumberMention[]): boolean {
  const year = mention.date?.year ?? 2024;
  const was = dayOf(mention.date, year);
  const now = dayOf(change.date ? { ...mention.date, ...change.date } : undefined, year);
  if (was === null || now === null) return true;
  return beside
    .filter((b) => isDay(b) && b.end !== mention.end)
    .every((b) => {
      const other = dayOf(b.date, b.date?.year ?? year);
      return other === null || Math.sign(now - other) === Math.sign(was - other);
    });
}

/** Whether a changed date is one the article gives for something else ("held from 26 to 28
 * July" makes 26 July defensible for "opened on ___"). */
function takenDate(change: Change, dates: NumberMention[]): boolean {
  const day = dayOf(change.date, 2024);
  if (day === null) return false;
  return dates.some((d) => {
    const from = dayOf(d.date, 2024);
    const to = dayOf(d.to ?? d.date, 2024);
    return from !== null && to !== null && day >= from && day <= to;
  });
}

export function numberOptions({ mention, lang, peers, purpose, count = 3, shown = [], dates = [], ceiling, beside = [] }: NumberOptionsInput): string[] {
  let changes: Change[];
  if (mention.kind === "date" || mention.kind === "date-range" || mention.kind === "year") changes = dateChanges(mention).filter((c) => !takenDate(c, dates));
  else if (mention.kind === "score") changes = scoreChanges(mention);
  else if (mention.kind === "range") {
    // The whole range moves, keeping its width: "5 đến 8" becomes "3 đến 6", "7 đến 10".
    const width = (mention.upper ?? mention.value) - mention.value;
    changes = nearValues(mention)
      .filter((v) => v !== mention.value && v > 0 && (purpose === "choice" || Math.abs(v - mention.value) >= Math.max(1, mention.value * 0.2)))
      .map((value) => ({ value, upper: Number((value + width).toFixed(mention.style.decimals)) }));
  }
  else {
    const near = nearValues(mention);
    const values = [...peerValues(mention, peers).slice(0, 2), ...(purpose === "choice" ? aroundKey(mention, near, count) : near)];
    // In English, "one" takes a singular noun: 2 hours never becomes "1 hours" (nor 1 hour "2 hour").
    const agrees = (v: number) => lang !== "en" || (v === 1) === (mention.value === 1);
    changes = values.filter((v) => v !== mention.value && !shown.includes(v) && agrees(v) && (purpose === "choice" || clearlyFalse(mention, v))).map((value) => ({ value }));
  }
  if (NUMERIC.has(mention.kind)) changes = changes.filter((c) => c.value === undefined || keepsOrder(mention, c.value, beside));
  if (isDay(mention)) changes = changes.filter((c) => keepsDateOrder(mention, c, beside));
  if (ceiling !== undefined) changes = changes.filter((c) => c.value === undefined || Math.max(c.value, c.upper ?? c.value) <= ceiling);
  const key = mention.text;
  const out: string[] = [];
  for (const change of changes) {
    const text = renderMention(mention, change, lang);
    if (text === key || out.includes(text) || !readsBack(mention, text, change, lang)) continue;
    out.push(text);
    if (out.length === count) break;
  }
  return out;
}

/** A rendered date must read back as the date intended (a day moved past the end of its
 * month, or a range whose start month is not written, would not). */
function readsBack(m: NumberMention, text: string, change: Change, lang: Lang): boolean {
  if (m.kind !== "date" && m.kind !== "date-range") return true;
  if (change.date?.day !== undefined && change.date.month !== undefined && change.date.day > (DAYS_IN_MONTH[change.date.month - 1] ?? 31)) return false;
  const found = findNumbers(text, lang)[0];
  if (!found) return m.date?.day === undefined;
  const intended: NumberMention = { ...m, date: { ...m.date, ...change.date }, to: m.to ? { ...m.to, ...change.to } : undefined } as NumberMention;
  if (!intended.to) delete intended.to;
  return sameNumber(found, intended);
}
