import { clash, generateQuestionBank, generateQuiz, retakeQuestions } from "@/lib/quiz/generate";
import { isFlagged } from "@/lib/quiz/quality";
import { QUIZ_LANGUAGES } from "@/lib/validation/quiz-settings";
import { containsWhole, normalizeAnswer } from "@/lib/quiz/text";
import { secondArticle, seedArticle } from "../../helpers/quiz-articles";

describe("an assignment's retakes", () => {
  for (const article of [seedArticle, secondArticle]) {
    for (const language of QUIZ_LANGUAGES) {
      it(`ask the first quiz's facts slot by slot in other questions where the bank has them (${article.slug}, ${language})`, () => {
        const bank = generateQuestionBank(article, language);
        const byId = new Map(bank.map((q) => [q.id, q]));
        const off = bank.filter(isFlagged).map((q) => q.id);
        const first = generateQuiz(article, { seed: "class-1", language, count: 10, exclude: off }).map((q) => q.id);
        const retakes = retakeQuestions(article, language, first, 3, off);
        expect(retakes).toHaveLength(3);
        const firstFacts = first.map((id) => byId.get(id)!.factId);
        for (const retake of retakes) {
          expect(retake).toHaveLength(first.length);
          expect(retake.map((id) => byId.get(id)!.factId)).toEqual(firstFacts);
          // Nothing the teacher switched off comes back.
          expect(retake.filter((id) => off.includes(id) && !first.includes(id))).toEqual([]);
          expect(new Set(retake).size).toBe(retake.length);
        }
        // Where a fact has another question switched on, the first retake asks that one.
        first.forEach((id, slot) => {
          const others = bank.filter((q) => q.factId === firstFacts[slot] && q.id !== id && !off.includes(q.id));
          if (others.length === 0) expect(retakes[0]![slot]).toBe(id);
        });
        const changed = retakes[0]!.filter((id, slot) => id !== first[slot]).length;
        expect(changed).toBeGreaterThanOrEqual(2);
        // And a later retake uses the least used question of each fact: a fact with three
        // questions or more is asked three ways in three quizzes (bar a slot that had to keep
        // its question so that no question shows another's answer).
        const second = retakes[1]!.map((id) => byId.get(id)!);
        const unblocked = (slot: number) =>
          bank.some((q) => q.factId === firstFacts[slot] && !off.includes(q.id) && q.id !== first[slot] && q.id !== retakes[0]![slot] && !second.some((c, k) => k !== slot && clash(q, c)));
        const wide = first
          .map((id, slot) => ({ id, slot }))
          .filter(({ slot }) => bank.filter((q) => q.factId === firstFacts[slot] && !off.includes(q.id)).length >= 3 && unblocked(slot));
        const threeWays = wide.filter(({ id, slot }) => new Set([id, retakes[0]![slot], retakes[1]![slot]]).size === 3).length;
        expect(threeWays).toBeGreaterThanOrEqual(Math.ceil(wide.length * 0.6));
      });
    }
  }

  it("keep every quiz free of a question whose text shows another's answer", () => {
    const bank = generateQuestionBank(seedArticle, "vi");
    const byId = new Map(bank.map((q) => [q.id, q]));
    const first = generateQuiz(seedArticle, { seed: "class-2", language: "vi", count: 20 }).map((q) => q.id);
    for (const retake of retakeQuestions(seedArticle, "vi", first, 4)) {
      const questions = retake.map((id) => byId.get(id)!);
      const changed = questions.filter((q, slot) => q.id !== first[slot]);
      for (const q of changed) {
        const answer = q.answer.kind === "text" ? q.answer.display : q.type === "multiple-choice" && q.answer.kind === "option" ? (q.options?.find((o) => o.id === (q.answer as { optionId: string }).optionId)?.text ?? "") : "";
        if (!answer) continue;
        for (const other of questions) if (other !== q) expect(containsWhole(normalizeAnswer(other.prompt), normalizeAnswer(answer))).toBe(false);
      }
    }
  });
});

describe("a retake's prompts", () => {
  it("are new to the learner wherever the bank allows: almost no five-question retake shows only prompts of the first quiz", () => {
    const bank = generateQuestionBank(seedArticle, "cross");
    const byId = new Map(bank.map((q) => [q.id, q]));
    const off = bank.filter(isFlagged).map((q) => q.id);
    let stale = 0;
    for (let i = 0; i < 200; i++) {
      const first = generateQuiz(seedArticle, { seed: `retake-${i}`, language: "cross", count: 5, exclude: off }).map((q) => q.id);
      const prompts = first.map((id) => byId.get(id)!.prompt);
      const retake = retakeQuestions(seedArticle, "cross", first, 1, off)[0]!;
      if (retake.every((id) => prompts.includes(byId.get(id)!.prompt))) stale++;
    }
    // 4 of 200 with the preference, 7 without it.
    expect(stale).toBeLessThanOrEqual(4);
  });
});
