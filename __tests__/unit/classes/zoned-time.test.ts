import { utcToZonedInput, zonedTimeToUtc } from "@/lib/classes/zoned-time";

describe("zonedTimeToUtc", () => {
  it("reads a wall-clock time in the teacher's zone", () => {
    expect(zonedTimeToUtc("2026-12-01T17:00", "Asia/Ho_Chi_Minh")!.toISOString()).toBe("2026-12-01T10:00:00.000Z");
    expect(zonedTimeToUtc("2026-12-01T17:00", "UTC")!.toISOString()).toBe("2026-12-01T17:00:00.000Z");
    expect(zonedTimeToUtc("2026-07-01T09:30", "America/New_York")!.toISOString()).toBe("2026-07-01T13:30:00.000Z");
    expect(zonedTimeToUtc("2026-01-15T09:30", "America/New_York")!.toISOString()).toBe("2026-01-15T14:30:00.000Z");
  });

  it("falls back to UTC for an unknown zone and refuses dates that do not exist", () => {
    expect(zonedTimeToUtc("2026-12-01T17:00", "Mars/Olympus")!.toISOString()).toBe("2026-12-01T17:00:00.000Z");
    expect(zonedTimeToUtc("2026-02-30T10:00", "UTC")).toBeNull();
    expect(zonedTimeToUtc("2026-12-01T24:00", "UTC")).toBeNull();
    expect(zonedTimeToUtc("1 Dec 2026", "UTC")).toBeNull();
  });

  it("round-trips with utcToZonedInput", () => {
    for (const zone of ["Asia/Ho_Chi_Minh", "Europe/London", "America/Los_Angeles"]) {
      expect(utcToZonedInput(zonedTimeToUtc("2026-03-29T12:15", zone)!, zone)).toBe("2026-03-29T12:15");
    }
  });
});
