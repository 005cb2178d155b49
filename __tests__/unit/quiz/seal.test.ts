import { generateQuestionBank } from "@/lib/quiz/generate";
import { grade } from "@/lib/quiz/grade";
import { gradeSealed, sealQuestion, unsealResponse } from "@/lib/quiz/seal";
import type { Question } from "@/lib/quiz/types";
import { seedArticle } from "../../helpers/quiz-articles";

let counter = 0;
const newId = () => `p${++counter}`;
const bank = generateQuestionBank(seedArticle, "cross");
const ofInput = (input: Question["input"]) => bank.find((q) => q.input === input)!;

describe("sealQuestion", () => {
  it("keeps prompts and option texts, replaces every id, and leaves out the answer and explanation", () => {
    for (const question of [ofInput("choice"), ofInput("pairs"), ofInput("order"), ofInput("text")]) {
      const { publicQuestion, key } = sealQuestion(question, newId);
      const json = JSON.stringify(publicQuestion);
      expect(json).not.toMatch(/answer|explanation|sources|factId/);
      expect(publicQuestion.prompt).toBe(question.prompt);
      expect(publicQuestion.options?.map((o) => o.text)).toEqual(question.options?.map((o) => o.text));
      for (const o of [...(question.options ?? []), ...(question.items ?? [])]) expect(json).not.toContain(`"${o.id}"`);
      expect(Object.values(key.ids).sort()).toEqual([...(question.options ?? []), ...(question.items ?? [])].map((o) => o.id).sort());
    }
  });

  it("grades public-id responses exactly as the engine grades engine-id ones", () => {
    const question = ofInput("choice");
    const { publicQuestion, key } = sealQuestion(question, newId);
    for (const option of publicQuestion.options ?? []) {
      const engineId = key.ids[option.id]!;
      expect(gradeSealed(key, { optionId: option.id })).toEqual(grade(question, { optionId: engineId }));
    }
    const order = ofInput("order");
    const sealed = sealQuestion(order, newId);
    const answer = order.answer.kind === "order" ? order.answer.itemIds : [];
    const publicOrder = answer.map((id) => Object.entries(sealed.key.ids).find(([, e]) => e === id)![0]);
    expect(gradeSealed(sealed.key, { order: publicOrder }).correct).toBe(true);
  });

  it("refuses responses with unknown ids or of the wrong kind", () => {
    const { key } = sealQuestion(ofInput("choice"), newId);
    expect(unsealResponse(key, { optionId: "nope" })).toBeNull();
    expect(unsealResponse(key, { text: "x" })).toBeNull();
    expect(gradeSealed(key, null)).toMatchObject({ correct: false, score: 0 });
    const pairs = sealQuestion(ofInput("pairs"), newId).key;
    expect(unsealResponse(pairs, { pairs: { a: "b" } })).toBeNull();
  });
});
