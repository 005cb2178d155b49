import { dailyStreak, dayIn, factMastery } from "@/lib/review/mastery";

describe("factMastery", () => {
  it.each([
    [[], "struggling"],
    [[false], "struggling"],
    [[true], "learning"],
    [[false, true], "learning"],
    [[true, true], "mastered"],
    [[false, true, true], "mastered"],
    [[true, true, false], "struggling"],
  ] as const)("%j → %s", (history, expected) => {
    expect(factMastery(history)).toBe(expected);
  });
});

describe("dailyStreak", () => {
  it("counts consecutive days ending today, or yesterday when today has nothing yet", () => {
    expect(dailyStreak(["2026-11-27", "2026-11-28", "2026-11-29"], "2026-11-29")).toBe(3);
    expect(dailyStreak(["2026-11-27", "2026-11-28"], "2026-11-29")).toBe(2);
    expect(dailyStreak(["2026-11-25", "2026-11-27", "2026-11-29"], "2026-11-29")).toBe(1);
    expect(dailyStreak(["2026-11-26"], "2026-11-29")).toBe(0);
    expect(dailyStreak([], "2026-11-29")).toBe(0);
  });

  it("crosses month and year ends", () => {
    expect(dailyStreak(["2026-12-31", "2027-01-01", "2026-12-30"], "2027-01-01")).toBe(3);
    expect(dailyStreak(["2028-02-28", "2028-02-29", "2028-03-01"], "2028-03-01")).toBe(3);
  });
});

describe("dayIn", () => {
  it("is the calendar day in the learner's time zone", () => {
    const instant = new Date("2026-11-29T20:30:00Z");
    expect(dayIn(instant, "Asia/Ho_Chi_Minh")).toBe("2026-11-30");
    expect(dayIn(instant, "America/New_York")).toBe("2026-11-29");
  });
});
