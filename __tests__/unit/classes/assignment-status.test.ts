import { assignmentProgress, type AssignmentRequirements } from "@/lib/classes/assignment-status";

const day = (d: number, h = 12) => new Date(Date.UTC(2026, 11, d, h));
const withQuiz: AssignmentRequirements = { readPercent: 80, quiz: { passMark: 0.7, attemptsAllowed: 2 }, dueAt: day(10) };
const readingOnly: AssignmentRequirements = { readPercent: 100, quiz: null, dueAt: day(10) };

describe("assignmentProgress", () => {
  it("not started → reading → quiz failed → quiz passed", () => {
    expect(assignmentProgress(withQuiz, { readPercent: 0, attempts: [] }, day(5)).status).toBe("not-started");
    expect(assignmentProgress(withQuiz, { readPercent: 40, attempts: [] }, day(5)).status).toBe("reading");
    const failed = assignmentProgress(withQuiz, { readPercent: 90, attempts: [{ score: 0.5, submittedAt: day(6) }] }, day(6));
    expect(failed).toMatchObject({ status: "quiz-failed", done: false, bestScore: 0.5, attemptsUsed: 1, attemptsLeft: 1 });
    const passed = assignmentProgress(withQuiz, { readPercent: 90, readAt: day(5), attempts: [{ score: 0.5, submittedAt: day(6) }, { score: 0.8, submittedAt: day(7) }] }, day(8));
    expect(passed).toMatchObject({ status: "quiz-passed", done: true, submittedLate: false, bestScore: 0.8, attemptsLeft: 0 });
  });

  it("passing the quiz is not enough without the reading", () => {
    const p = assignmentProgress(withQuiz, { readPercent: 50, attempts: [{ score: 1, submittedAt: day(6) }] }, day(6));
    expect(p).toMatchObject({ status: "reading", done: false, bestScore: 1 });
  });

  it("attempts beyond the number allowed do not count", () => {
    const p = assignmentProgress(withQuiz, {
      readPercent: 100,
      attempts: [{ score: 0.9, submittedAt: day(9) }, { score: 0.2, submittedAt: day(6) }, { score: 0.3, submittedAt: day(7) }],
    }, day(9));
    expect(p).toMatchObject({ status: "quiz-failed", bestScore: 0.3, attemptsUsed: 3, attemptsLeft: 0 });
  });

  it("unfinished after the due date is late; finished after it is done but submitted late", () => {
    expect(assignmentProgress(withQuiz, { readPercent: 90, attempts: [{ score: 0.5, submittedAt: day(6) }] }, day(11)).status).toBe("late");
    expect(assignmentProgress(withQuiz, { readPercent: 0, attempts: [] }, day(11)).status).toBe("late");
    const lateButDone = assignmentProgress(withQuiz, { readPercent: 100, readAt: day(9), attempts: [{ score: 0.9, submittedAt: day(12) }] }, day(13));
    expect(lateButDone).toMatchObject({ status: "quiz-passed", done: true, submittedLate: true });
  });

  it("a reading-only assignment is completed when the reading is", () => {
    expect(assignmentProgress(readingOnly, { readPercent: 99, attempts: [] }, day(5)).status).toBe("reading");
    expect(assignmentProgress(readingOnly, { readPercent: 100, readAt: day(4), attempts: [] }, day(5))).toMatchObject({ status: "completed", done: true, submittedLate: false, attemptsLeft: null });
    expect(assignmentProgress({ ...readingOnly, dueAt: null }, { readPercent: 10, attempts: [] }, day(30)).status).toBe("reading");
  });
});
