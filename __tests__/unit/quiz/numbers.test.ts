import fc from "fast-check";
import { findNumbers } from "@/lib/quiz/number-find";
import { numberOptions } from "@/lib/quiz/number-options";
import { formatDate, formatNumber, numberReadings, parseLocaleNumber } from "@/lib/quiz/numbers";
import type { NumberMention } from "@/lib/quiz/types";

describe("parseLocaleNumber", () => {
  it.each([
    ["70.000", 70000],
    ["70,000", 70000],
    ["70000", 70000],
    ["10,5", 10.5],
    ["10.5", 10.5],
    ["1.234.567,5", 1234567.5],
    ["1,234,567.5", 1234567.5],
    ["0,75", 0.75],
  ])("reads %s as %d", (text, value) => {
    expect(parseLocaleNumber(text)).toBe(value);
  });

  it.each(["", "abc", "1.5.5", "12,34,5", "1..2", "70 000 m2"])("refuses %j", (text) => {
    expect(parseLocaleNumber(text)).toBeNull();
  });

  it("reads back every integer either language writes, with or without knowing the language", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e12 }), fc.constantFrom("vi" as const, "en" as const), (n, lang) => {
        expect(parseLocaleNumber(formatNumber(n, lang), lang)).toBe(n);
        expect(parseLocaleNumber(formatNumber(n, lang))).toBe(n);
      }),
    );
  });

  it("reads back decimals in the language they were written in, and counts them among the readings", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e9 }), fc.integer({ min: 1, max: 999 }), fc.constantFrom("vi" as const, "en" as const), (whole, frac, lang) => {
        const value = Number(`${whole}.${String(frac).padStart(3, "0")}`);
        const written = formatNumber(value, lang);
        expect(parseLocaleNumber(written, lang)).toBeCloseTo(value, 9);
        expect(numberReadings(written).some((v) => Math.abs(v - value) < 1e-9)).toBe(true);
      }),
    );
  });

  it("keeps both readings of an ambiguous number and reads 0,001 as a decimal", () => {
    expect(numberReadings("1,500").sort((a, b) => a - b)).toEqual([1.5, 1500]);
    expect(parseLocaleNumber("0,001")).toBe(0.001);
    expect(parseLocaleNumber("10.5", "vi")).toBeNull();
  });
});

describe("findNumbers", () => {
  it("finds Vietnamese counts, percents, measures, dates and ranges with what they count", () => {
    const found = findNumbers("hơn 800 doanh nghiệp, tới 40% nghiên cứu, trên 70.000 m2, ngày 27/7, từ 26 đến 28/7, dài 10,5 km", "vi");
    expect(found.map((m) => [m.kind, m.value, m.text, m.qualifier ?? null, m.unit ?? null])).toEqual([
      ["count", 800, "800", "hơn", null],
      ["percent", 40, "40%", "tới", null],
      ["measure", 70000, "70.000", "trên", "m2"],
      ["date", 27, "27/7", null, null],
      ["date-range", 26, "26 đến 28/7", null, null],
      ["measure", 10.5, "10,5", null, "km"],
    ]);
    expect(found[0]?.counted).toBe("doanh nghiệp");
    expect([found[4]?.date, found[4]?.to]).toEqual([
      { day: 26, month: 7 },
      { day: 28, month: 7 },
    ]);
  });

  it("finds English numbers, number words, dates and ranges", () => {
    const found = findNumbers("more than 3,000 products, three proposals, 70,000 square meters on 27 July, from 26 to 28 July", "en");
    expect(found.map((m) => [m.kind, m.value, m.text])).toEqual([
      ["count", 3000, "3,000"],
      ["count", 3, "three"],
      ["measure", 70000, "70,000"],
      ["date", 27, "27 July"],
      ["date-range", 26, "26 to 28 July"],
    ]);
  });

  it("skips ordinals, names and given ranges", () => {
    expect(findNumbers("Thứ ba, về quản trị", "vi")).toEqual([]);
    const text = "WAIC 2025 có 800 doanh nghiệp";
    expect(findNumbers(text, "vi", [{ start: 0, end: 9 }]).map((m) => m.value)).toEqual([800]);
  });

  it("writes dates as each language does", () => {
    expect(formatDate(27, 7, "vi")).toBe("27/7");
    expect(formatDate(27, 7, "en")).toBe("27 July");
  });
});

describe("numberOptions", () => {
  it("moves a date of a range only as far as keeps the range in order (never from the 29th to the 28th)", () => {
    const vi = "Sân bay tạm dừng khai thác từ 18h ngày 27/10 đến 10h ngày 28/10, khiến 124 chuyến bay bị hủy.";
    const en = "The airport will suspend all flights from 6 pm on 27 October to 10 am on 28 October, cancelling 124 flights.";
    for (const [text, lang] of [[vi, "vi"], [en, "en"]] as const) {
      const dates = findNumbers(text, lang).filter((m) => m.kind === "date");
      expect(dates.map((d) => d.date?.day)).toEqual([27, 28]);
      const [from, to] = dates as [NumberMention, NumberMention];
      for (const purpose of ["false", "choice"] as const) {
        const starts = numberOptions({ mention: from, lang, peers: [], purpose, beside: dates });
        const ends = numberOptions({ mention: to, lang, peers: [], purpose, beside: dates });
        expect(starts.length).toBeGreaterThan(0);
        expect(ends.length).toBeGreaterThan(0);
        const day = (t: string) => findNumbers(` ${t} `, lang)[0]?.date;
        const key = (d: ReturnType<typeof day>) => (d?.month ?? 0) * 100 + (d?.day ?? 0);
        for (const s of starts) expect(key(day(s))).toBeLessThan(1028);
        for (const e of ends) expect(key(day(e))).toBeGreaterThan(1027);
      }
    }
  });
});
