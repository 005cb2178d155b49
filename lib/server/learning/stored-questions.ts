import "server-only";
import { expectedOptionId, gradeSealed, type PublicQuestion, type SealedKey } from "@/lib/quiz/seal";
import type { Response } from "@/lib/quiz/types";
import { readStoredKey, readStoredPrompt } from "@/lib/server/platform/stored-json";
import type { Feedback } from "./quiz-types";

// Reading a stored QuizQuestion: its public prompt, its sealed key, a stored response, and
// the feedback on a final answer.

export type StoredQuestion = { id: string; position: number; factId: string; prompt: string; answerKey: string; sourceSentenceIds: string };

export const readPrompt = (q: StoredQuestion) => readStoredPrompt(q.prompt);
export const readKey = (q: StoredQuestion) => readStoredKey(q.answerKey);

export function feedbackFor(key: SealedKey, response: Response | null, points: number): Feedback {
  const result = gradeSealed(key, response);
  return {
    correct: result.correct,
    points,
    expected: result.expected,
    expectedOption: expectedOptionId(key),
    notes: result.notes,
    explanation: key.question.explanation,
    sources: key.question.sources,
  };
}

/** Whether a response names only this question's public ids and fits its input. */
export function fitsQuestion(question: PublicQuestion, response: Response): boolean {
  const ids = new Set([...(question.options ?? []), ...(question.items ?? [])].map((o) => o.id));
  if ("optionId" in response) return question.input === "choice" && ids.has(response.optionId);
  if ("text" in response) return question.input === "text";
  if ("pairs" in response) return question.input === "pairs" && Object.entries(response.pairs).every(([l, r]) => ids.has(l) && ids.has(r));
  return question.input === "order" && response.order.every((id) => ids.has(id));
}
