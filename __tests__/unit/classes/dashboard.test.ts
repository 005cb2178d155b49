import { mostMissedFacts, questionStats, revealStats, type BinderAnswer } from "@/lib/classes/dashboard";

const answer = (learnerId: string, questionId: string, correct: boolean, text: string, factId = `f-${questionId}`): BinderAnswer => ({ learnerId, questionId, factId, correct, text });

describe("questionStats", () => {
  it("counts right answers per question and finds the most common wrong one, ignoring case and spacing", () => {
    const answers = [
      answer("lan", "q1", true, "Thượng Hải"),
      answer("minh", "q1", false, "Bắc Kinh"),
      answer("an", "q1", false, "bắc  kinh "),
      answer("binh", "q1", false, "Hà Nội"),
      answer("lan", "q2", false, ""),
    ];
    expect(questionStats(["q1", "q2", "q3"], answers)).toEqual([
      { questionId: "q1", answered: 4, correct: 1, shareCorrect: 0.25, commonWrong: { text: "Bắc Kinh", count: 2 } },
      // A blank answer is wrong but is not a "wrong answer" anyone gave.
      { questionId: "q2", answered: 1, correct: 0, shareCorrect: 0, commonWrong: null },
      { questionId: "q3", answered: 0, correct: 0, shareCorrect: null, commonWrong: null },
    ]);
  });

  it("breaks a tie in favour of the wrong answer seen first", () => {
    const answers = [answer("a", "q", false, "800"), answer("b", "q", false, "1.000"), answer("c", "q", false, "1.000"), answer("d", "q", false, "800")];
    expect(questionStats(["q"], answers)[0]!.commonWrong).toEqual({ text: "800", count: 2 });
  });
});

describe("mostMissedFacts", () => {
  it("ranks facts by how many learners missed them, then by the share of answers missed", () => {
    const answers = [
      answer("lan", "q1", false, "x", "date"),
      answer("minh", "q2", false, "y", "date"),
      answer("an", "q3", true, "z", "date"),
      answer("lan", "q4", false, "x", "count"),
      answer("lan", "q5", false, "x", "place"),
      answer("minh", "q6", true, "x", "place"),
      answer("lan", "q7", true, "x", "known"),
    ];
    expect(mostMissedFacts(answers)).toEqual([
      { factId: "date", missed: 2, asked: 3, learners: 2 },
      { factId: "count", missed: 1, asked: 1, learners: 1 },
      { factId: "place", missed: 1, asked: 2, learners: 1 },
    ]);
    expect(mostMissedFacts(answers, 1).map((f) => f.factId)).toEqual(["date"]);
  });
});

describe("revealStats", () => {
  it("counts learners and reveals per sentence, most learners first", () => {
    const records = [
      { learnerId: "lan", reveals: [{ sentenceId: "s2" }, { sentenceId: "s2" }, { sentenceId: "s5" }] },
      { learnerId: "minh", reveals: [{ sentenceId: "s5" }] },
      { learnerId: "an", reveals: [] },
    ];
    expect(revealStats(records)).toEqual([
      { sentenceId: "s5", learners: 2, reveals: 2 },
      { sentenceId: "s2", learners: 1, reveals: 2 },
    ]);
  });
});
