// Units, scales and currencies as news writes them after (or, for money, before) a number,
// in Vietnamese and English, each with one name for both languages. Pure.

/** A unit: its id, its family (what it measures) and how the two languages write it. */
type Unit = { id: string; family: string; pattern: RegExp };

const u = (id: string, family: string, words: string): Unit => ({ id, family, pattern: new RegExp(`^(?:\\s*|-)(${words})(?![\\p{L}\\d²³])`, "iu") });

/** Longest and most specific first: "km/h" before "km", "km2" before "km". */
const UNITS: Unit[] = [
  u("km/h", "speed", "km\\/h|km\\/giờ|kilomet(?:er|re)s? (?:per|an) hour|kph"),
  u("m3/s", "flow", "m3\\/s|m³\\/s|m3\\/giây|m3 mỗi giây|m³ mỗi giây|mét khối\\/giây|mét khối mỗi giây|cubic met(?:er|re)s? (?:per|a) second"),
  u("km2", "area", "km2|km²|ki-lô-mét vuông|square kilomet(?:er|re)s?|sq km"),
  u("m2", "area", "m2|m²|mét vuông|square met(?:er|re)s?|sq m"),
  u("ha", "area", "ha|héc-ta|hecta|hectares?"),
  u("acre", "area", "acres?|mẫu Anh"),
  u("m3", "volume", "m3|m³|mét khối|cubic met(?:er|re)s?"),
  u("mile", "length", "miles?|dặm"),
  u("km", "length", "km|ki-lô-mét|cây số|kilomet(?:er|re)s?"),
  u("cm", "length", "cm|xăng-ti-mét|centimet(?:er|re)s?"),
  u("mm", "length", "mm|mi-li-mét|millimet(?:er|re)s?"),
  u("m", "length", "m|mét|met(?:er|re)s?"),
  u("mg/l", "concentration", "mg\\/l|miligam\\/lít|milligrams? per lit(?:er|re)"),
  u("g/l", "concentration", "g\\/l|gam\\/lít|gam mỗi lít|grams? per lit(?:er|re)"),
  u("‰", "concentration", "‰|phần nghìn|phần ngàn|per mille|parts per thousand"),
  u("t", "mass", "tấn|tonnes?|tons?|metric tons?"),
  u("quintal", "mass", "tạ|quintals?"),
  u("kg", "mass", "kg|ki-lô-gam|kí|kilograms?|kilos?"),
  u("°F", "temperature", "°F|° F|độ F|degrees? Fahrenheit|Fahrenheit"),
  u("°C", "temperature", "°C|° C|độ C|độ|degrees? Celsius|degrees?"),
  u("MW", "power", "MW|megawatts?|mê-ga-oát"),
  u("GW", "power", "GW|gigawatts?"),
  u("kWh", "energy", "kWh|ki-lô-oát giờ|kilowatt-hours?"),
  u("minute", "duration", "phút|minutes?|mins?"),
  u("hour", "duration", "tiếng|giờ|hours?|hrs?"),
  u("day", "duration", "ngày|days?"),
  u("week", "duration", "tuần|weeks?"),
  u("month", "duration", "tháng|months?"),
  u("age", "age", "tuổi|years? old|year-old"),
  u("year", "duration", "năm|years?"),
  u("vnd", "money", "đồng|VND|VNĐ|dong"),
  u("usd", "money", "USD|US\\$|đô la Mỹ|đô la|đô|dollars?"),
  u("eur", "money", "euro|EUR|€"),
  u("cny", "money", "nhân dân tệ|yuan|CNY"),
];
const UNIT_BY_ID = new Map(UNITS.map((x) => [x.id, x]));

/** The unit written at the start of `rest` (after a number), if any. */
export function unitAt(rest: string): { id: string; family: string; text: string; length: number } | null {
  for (const unit of UNITS) {
    const m = unit.pattern.exec(rest);
    if (m) return { id: unit.id, family: unit.family, text: m[1] ?? "", length: m[0].length };
  }
  return null;
}

export const unitFamily = (id: string | undefined) => (id ? UNIT_BY_ID.get(id)?.family : undefined);

/** Scales written after a number: "5,6 tỷ", "1,2 triệu", "5.6 billion", "$3bn", "70k". */
const SCALES: [RegExp, number][] = [
  [/^\s*(nghìn tỷ|ngàn tỷ|nghìn tỉ|ngàn tỉ|trillion|tn)(?![\p{L}])/iu, 1e12],
  [/^\s*(tỷ|tỉ|billion|bn)(?![\p{L}])/iu, 1e9],
  [/^\s*(triệu|million|mn)(?![\p{L}])/iu, 1e6],
  [/^\s*(nghìn|ngàn|thousand|k)(?![\p{L}])/iu, 1e3],
];

/** The scale word at the start of `rest`; `typed` also reads "k" and "bn" (70k, $3bn),
 * which articles rarely write but pupils do. */
export function scaleAt(rest: string, typed = false): { scale: number; length: number } | null {
  for (const [pattern, scale] of SCALES) {
    const m = pattern.exec(rest);
    if (!m) continue;
    if (!typed && /^(k|m|mn|tn|bn)$/i.test(m[1] ?? "")) continue;
    return { scale, length: m[0].length };
  }
  return null;
}

/** A currency written before the number ("$5.6 billion", "US$2,500", "VND450 billion"). */
export function currencyBefore(before: string): { id: string; length: number } | null {
  const m = /(US\$|\$|€|£|VND\s?|USD\s?|EUR\s?)$/u.exec(before);
  if (!m) return null;
  const sign = (m[1] ?? "").trim();
  const id = sign === "€" || sign === "EUR" ? "eur" : sign === "VND" ? "vnd" : sign === "£" ? "gbp" : "usd";
  return { id, length: m[0].length };
}

/** What a price or rate is per, written after its unit: "/tấn", " per tonne", " a tonne",
 * " mỗi kg". Null when nothing (or no unit) follows. */
export function perAt(rest: string): { id: string; length: number } | null {
  const m = /^(?:\s*\/\s*|\s+(?:per|a|an|each|mỗi|một|trên)\s+)/iu.exec(rest);
  if (!m) return null;
  const unit = unitAt(rest.slice(m[0].length));
  return unit ? { id: unit.id, length: m[0].length + unit.length } : null;
}
