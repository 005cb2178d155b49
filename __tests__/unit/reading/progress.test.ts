import { dwellThresholdMs, readingProgress, readingReachedAt } from "@/lib/reading/progress";

const blocks = [
  { id: "p1", weight: 300 },
  { id: "p2", weight: 100 },
  { id: "p3", weight: 600 },
];

describe("readingProgress", () => {
  it("is 0 with nothing read and 100 with everything read", () => {
    expect(readingProgress(blocks, [])).toEqual({ readBlocks: 0, totalBlocks: 3, percent: 0 });
    expect(readingProgress(blocks, ["p1", "p2", "p3"])).toEqual({ readBlocks: 3, totalBlocks: 3, percent: 100 });
  });

  it("weights paragraphs by length", () => {
    expect(readingProgress(blocks, ["p3"]).percent).toBe(60);
    expect(readingProgress(blocks, ["p2"]).percent).toBe(10);
    expect(readingProgress(blocks, ["p1", "p2"])).toEqual({ readBlocks: 2, totalBlocks: 3, percent: 40 });
  });

  it("never shows 100 before the last paragraph is read", () => {
    const many = [...blocks, { id: "tiny", weight: 1 }];
    expect(readingProgress(many, ["p1", "p2", "p3"]).percent).toBe(99);
  });

  it("ignores ids that are not countable paragraphs", () => {
    expect(readingProgress(blocks, ["f1", "p2"]).readBlocks).toBe(1);
    expect(readingProgress([], ["p1"]).percent).toBe(0);
  });
});

describe("dwellThresholdMs", () => {
  it("grows with the paragraph's length within bounds", () => {
    expect(dwellThresholdMs(10)).toBe(1500);
    expect(dwellThresholdMs(300)).toBe(3600);
    expect(dwellThresholdMs(5000)).toBe(8000);
  });
});

describe("readingReachedAt", () => {
  const weighted = [
    { id: "a", weight: 100 },
    { id: "b", weight: 300 },
    { id: "c", weight: 600 },
  ];

  it("is when the paragraphs read, in the order they were read, first added up to the share", () => {
    const readAt = { c: 3_000, a: 1_000, b: 2_000 };
    expect(readingReachedAt(weighted, readAt, 10)!.getTime()).toBe(1_000);
    expect(readingReachedAt(weighted, readAt, 40)!.getTime()).toBe(2_000);
    expect(readingReachedAt(weighted, readAt, 100)!.getTime()).toBe(3_000);
  });

  it("is null while the share is not reached", () => {
    expect(readingReachedAt(weighted, { a: 1_000, b: 2_000 }, 50)).toBeNull();
    expect(readingReachedAt(weighted, {}, 10)).toBeNull();
  });
});
