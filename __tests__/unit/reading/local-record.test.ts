import {
  addReveal,
  emptyReadingRecord,
  markRead,
  markUnread,
  MAX_REVEALS,
  mergeReadingRecords,
  parseReadingRecord,
  readingRecordKey,
  revealCounts,
} from "@/lib/reading/local-record";

describe("the local reading record", () => {
  it("keeps the first time a paragraph was read, and can unmark it", () => {
    let record = markRead(emptyReadingRecord(), "waic-2025:p1", 1000);
    record = markRead(record, "waic-2025:p1", 5000);
    expect(record.read).toEqual({ "waic-2025:p1": 1000 });
    expect(markUnread(record, "waic-2025:p1").read).toEqual({});
  });

  it("counts reveals per sentence and keeps only the newest ones", () => {
    let record = emptyReadingRecord();
    record = addReveal(record, "a", 1);
    record = addReveal(record, "b", 2);
    record = addReveal(record, "a", 3);
    expect(revealCounts(record)).toEqual(new Map([["a", 2], ["b", 1]]));
    for (let i = 0; i < MAX_REVEALS + 10; i++) record = addReveal(record, "c", 10 + i);
    expect(record.reveals).toHaveLength(MAX_REVEALS);
    expect(record.reveals.at(-1)).toEqual({ sentenceId: "c", at: 10 + MAX_REVEALS + 9 });
  });

  it("round-trips through JSON and survives garbage", () => {
    const record = addReveal(markRead(emptyReadingRecord(), "p1", 1), "s1", 2);
    expect(parseReadingRecord(JSON.stringify(record))).toEqual(record);
    expect(parseReadingRecord("{not json")).toEqual(emptyReadingRecord());
    expect(parseReadingRecord(JSON.stringify({ version: 99, read: {}, reveals: [] }))).toEqual(emptyReadingRecord());
    expect(parseReadingRecord(null)).toEqual(emptyReadingRecord());
  });

  it("stores each article under its own versioned key", () => {
    expect(readingRecordKey("waic-2025")).toBe("songngu:reading:v1:waic-2025");
  });
});

describe("parseReadingRecord shape checks", () => {
  it.each([
    ["a negative time", { version: 1, read: { p1: -1 }, reveals: [] }],
    ["a fractional time", { version: 1, read: { p1: 1.5 }, reveals: [] }],
    ["a reveal without an id", { version: 1, read: {}, reveals: [{ at: 1 }] }],
    ["reveals that are not a list", { version: 1, read: {}, reveals: {} }],
    ["no read map", { version: 1, reveals: [] }],
    ["null", null],
  ])("starts afresh on %s", (_, value) => {
    expect(parseReadingRecord(JSON.stringify(value))).toEqual(emptyReadingRecord());
  });
});

describe("mergeReadingRecords", () => {
  it("keeps every paragraph read (earlier time wins) and every reveal once, in time order", () => {
    const a = { version: 1 as const, read: { p1: 50, p2: 10 }, reveals: [{ sentenceId: "s1", at: 5 }, { sentenceId: "s2", at: 20 }] };
    const b = { version: 1 as const, read: { p2: 5, p3: 70 }, reveals: [{ sentenceId: "s2", at: 20 }, { sentenceId: "s3", at: 1 }] };
    expect(mergeReadingRecords(a, b)).toEqual({
      version: 1,
      read: { p1: 50, p2: 5, p3: 70 },
      reveals: [{ sentenceId: "s3", at: 1 }, { sentenceId: "s1", at: 5 }, { sentenceId: "s2", at: 20 }],
    });
    expect(mergeReadingRecords(a, b)).toEqual(mergeReadingRecords(b, a));
  });

  it("keeps only the newest reveals beyond the cap", () => {
    const many = (from: number) => ({ version: 1 as const, read: {}, reveals: Array.from({ length: MAX_REVEALS }, (_, i) => ({ sentenceId: "s", at: from + i })) });
    const merged = mergeReadingRecords(many(0), many(MAX_REVEALS));
    expect(merged.reveals).toHaveLength(MAX_REVEALS);
    expect(merged.reveals[0]?.at).toBe(MAX_REVEALS);
  });
});
