import { activeFailures, FIRST_WAIT_MS, MAX_WAIT_MS, secondsToWait, waitAfter } from "@/lib/auth/sign-in-delay";

const at = (iso: string) => new Date(iso);

describe("the wait after wrong passwords", () => {
  it("costs nothing for the first few, then doubles up to a ceiling", () => {
    expect([0, 1, 4].map((n) => waitAfter(n))).toEqual([0, 0, 0]);
    expect([5, 6, 7, 8].map((n) => waitAfter(n))).toEqual([FIRST_WAIT_MS, 2 * FIRST_WAIT_MS, 4 * FIRST_WAIT_MS, 8 * FIRST_WAIT_MS]);
    expect(waitAfter(11)).toBe(MAX_WAIT_MS);
    expect(waitAfter(10_000)).toBe(MAX_WAIT_MS);
    expect(waitAfter(2, 2)).toBe(FIRST_WAIT_MS);
  });

  it("counts down from the last wrong password, in whole seconds rounded up", () => {
    const record = { failures: 6, lastFailureAt: at("2026-12-03T08:00:00.000Z") };
    expect(secondsToWait(record, at("2026-12-03T08:00:00.000Z"))).toBe(30);
    expect(secondsToWait(record, at("2026-12-03T08:00:29.001Z"))).toBe(1);
    expect(secondsToWait(record, at("2026-12-03T08:00:30.000Z"))).toBe(0);
    expect(secondsToWait({ failures: 4, lastFailureAt: record.lastFailureAt }, record.lastFailureAt)).toBe(0);
    expect(secondsToWait(null, record.lastFailureAt)).toBe(0);
  });

  it("forgets wrong passwords a day old", () => {
    const record = { failures: 40, lastFailureAt: at("2026-12-01T08:00:00Z") };
    expect(activeFailures(record, at("2026-12-02T07:59:59Z"))).toBe(40);
    expect(activeFailures(record, at("2026-12-02T08:00:00Z"))).toBe(0);
    expect(secondsToWait(record, at("2026-12-02T08:00:00Z"))).toBe(0);
  });
});
