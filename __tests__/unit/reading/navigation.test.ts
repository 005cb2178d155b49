import { stepSentence } from "@/lib/reading/navigation";

const ids = ["s1", "s2", "s3"];

describe("stepSentence", () => {
  it("moves forward and back, stopping at the ends", () => {
    expect(stepSentence(ids, "s1", 1)).toBe("s2");
    expect(stepSentence(ids, "s2", -1)).toBe("s1");
    expect(stepSentence(ids, "s3", 1)).toBe("s3");
    expect(stepSentence(ids, "s1", -1)).toBe("s1");
  });

  it("starts at the first sentence going forward and the last going back", () => {
    expect(stepSentence(ids, null, 1)).toBe("s1");
    expect(stepSentence(ids, null, -1)).toBe("s3");
    expect(stepSentence(ids, "gone", 1)).toBe("s1");
    expect(stepSentence([], null, 1)).toBeNull();
  });
});
