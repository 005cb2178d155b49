import { answersWithheld, type ReviewState } from "@/lib/classes/answer-review";

const at = (iso: string) => new Date(iso);
const state = (over: Partial<ReviewState>): ReviewState => ({ review: "last", attemptsUsed: 1, attemptsAllowed: 3, dueAt: null, now: at("2026-12-02T10:00:00Z"), ...over });

describe("when a learner sees an assignment's right answers", () => {
  it("after each attempt: always", () => {
    expect(answersWithheld(state({ review: "each", attemptsUsed: 0 }))).toBeNull();
    expect(answersWithheld(state({ review: "each", attemptsUsed: 1 }))).toBeNull();
  });

  it("after the last attempt: only once every attempt allowed is used", () => {
    expect(answersWithheld(state({ attemptsUsed: 0 }))).toBe("last");
    expect(answersWithheld(state({ attemptsUsed: 2 }))).toBe("last");
    expect(answersWithheld(state({ attemptsUsed: 3 }))).toBeNull();
    // A due date long gone does not open them early: late attempts may still come.
    expect(answersWithheld(state({ attemptsUsed: 1, dueAt: at("2026-11-01T00:00:00Z") }))).toBe("last");
  });

  it("after the due date: from the due moment on, whatever the attempts", () => {
    const dueAt = at("2026-12-02T10:00:00Z");
    expect(answersWithheld(state({ review: "due", dueAt, now: at("2026-12-02T09:59:59Z"), attemptsUsed: 3 }))).toBe("due");
    expect(answersWithheld(state({ review: "due", dueAt, now: dueAt, attemptsUsed: 0 }))).toBeNull();
    // The teacher took the due date off: it reads as "after the last attempt".
    expect(answersWithheld(state({ review: "due", dueAt: null, attemptsUsed: 2 }))).toBe("last");
    expect(answersWithheld(state({ review: "due", dueAt: null, attemptsUsed: 3 }))).toBeNull();
  });

  it("never: not even after the last attempt and the due date", () => {
    expect(answersWithheld(state({ review: "never", attemptsUsed: 3, dueAt: at("2026-11-01T00:00:00Z") }))).toBe("never");
  });
});
