import { afterCheck, checkQuestion, GUIDED_MAX_MISSES } from "@/lib/classes/guided";
import { generateQuestionBank } from "@/lib/quiz/generate";
import { seedArticle } from "../../helpers/quiz-articles";

const bank = generateQuestionBank(seedArticle, "cross");
const paragraphs = [...new Set(seedArticle.sentences.map((s) => s.blockId))].map((blockId) => seedArticle.sentences.filter((s) => s.blockId === blockId).map((s) => s.id));

describe("checkQuestion", () => {
  it("asks a one-tap question drawn only from the paragraph's own sentences", () => {
    let asked = 0;
    for (const ids of paragraphs) {
      const q = checkQuestion(bank, ids, "learner-1");
      if (!q) continue;
      asked++;
      expect(q.input).toBe("choice");
      expect(["true-false", "multiple-choice", "who-said-it", "cloze"]).toContain(q.type);
      expect(q.sourceSentenceIds.every((id) => ids.includes(id))).toBe(true);
    }
    expect(asked).toBeGreaterThanOrEqual(paragraphs.length - 2);
  });

  it("gives each learner their own question but always the same one", () => {
    const ids = paragraphs.find((p) => bank.filter((q) => q.input === "choice" && q.sourceSentenceIds.every((id) => p.includes(id))).length > 3)!;
    expect(checkQuestion(bank, ids, "lan")!.id).toBe(checkQuestion(bank, ids, "lan")!.id);
    const seen = new Set(["a", "b", "c", "d", "e", "f", "g", "h"].map((seed) => checkQuestion(bank, ids, seed)!.id));
    expect(seen.size).toBeGreaterThan(1);
  });

  it("has nothing to ask about a paragraph without facts", () => {
    expect(checkQuestion(bank, ["no-such-sentence"], "x")).toBeNull();
  });
});

describe("afterCheck", () => {
  it("opens the next paragraph on a right answer", () => {
    expect(afterCheck({ unlocked: 2, misses: 0 }, true, 10)).toEqual({ state: { unlocked: 3, misses: 0 }, correct: true, advanced: true, showAnswer: false });
  });

  it("keeps the paragraph after a first miss, then shows the answer and moves on", () => {
    const first = afterCheck({ unlocked: 2, misses: 0 }, false, 10);
    expect(first).toEqual({ state: { unlocked: 2, misses: 1 }, correct: false, advanced: false, showAnswer: false });
    expect(GUIDED_MAX_MISSES).toBe(2);
    expect(afterCheck(first.state, false, 10)).toEqual({ state: { unlocked: 3, misses: 0 }, correct: false, advanced: true, showAnswer: true });
  });

  it("continues past a paragraph with no question, and stops one past the last", () => {
    expect(afterCheck({ unlocked: 10, misses: 0 }, null, 10).state).toEqual({ unlocked: 11, misses: 0 });
    expect(afterCheck({ unlocked: 11, misses: 0 }, true, 10).state.unlocked).toBe(11);
  });
});
