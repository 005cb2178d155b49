// A stored quiz question splits into what the learner may see and the key the server keeps.
// Option, item and column ids are replaced by opaque ones (the engine's ids are derived from
// the answer's position, so they must never reach the browser). Pure: ids come from `newId`.
import { grade } from "./grade";
import type { GradeResult, Question, QuizLanguage, Response } from "./types";

/** What the browser receives for one question: no answer, no explanation, no engine ids. */
export type PublicQuestion = {
  type: Question["type"];
  input: Question["input"];
  language: QuizLanguage;
  promptLanguage: Question["promptLanguage"];
  optionsLanguage: Question["optionsLanguage"];
  instruction: string;
  prompt: string;
  options?: { id: string; text: string }[];
  items?: { id: string; text: string }[];
};

/** Everything needed to grade and explain the question, kept on the server. */
export type SealedKey = { question: Question; ids: Record<string, string> };

export function sealQuestion(question: Question, newId: (engineId: string) => string): { publicQuestion: PublicQuestion; key: SealedKey } {
  const ids: Record<string, string> = {};
  const relabel = (list: Question["options"]) =>
    list?.map((o) => {
      const id = newId(o.id);
      ids[id] = o.id;
      return { id, text: o.text };
    });
  const publicQuestion: PublicQuestion = {
    type: question.type,
    input: question.input,
    language: question.language,
    promptLanguage: question.promptLanguage,
    optionsLanguage: question.optionsLanguage,
    instruction: question.instruction,
    prompt: question.prompt,
    ...(question.options ? { options: relabel(question.options) } : {}),
    ...(question.items ? { items: relabel(question.items) } : {}),
  };
  return { publicQuestion, key: { question, ids } };
}

/** A response written with public ids, in the engine's ids; null when it names unknown ids
 * or does not fit the question's input. */
export function unsealResponse(key: SealedKey, response: Response): Response | null {
  const engine = (id: string) => key.ids[id];
  const input = key.question.input;
  if ("optionId" in response) {
    const id = engine(response.optionId);
    return input === "choice" && id ? { optionId: id } : null;
  }
  if ("text" in response) return input === "text" ? { text: response.text } : null;
  if ("pairs" in response) {
    if (input !== "pairs") return null;
    const pairs: Record<string, string> = {};
    for (const [left, right] of Object.entries(response.pairs)) {
      const l = engine(left);
      const r = engine(right);
      if (!l || !r) return null;
      pairs[l] = r;
    }
    return { pairs };
  }
  if (input !== "order") return null;
  const order = response.order.map(engine);
  return order.every((id): id is string => Boolean(id)) ? { order } : null;
}

/** The public id of a choice question's right option (for marking it once the answer is final). */
export function expectedOptionId(key: SealedKey): string | undefined {
  const answer = key.question.answer;
  if (answer.kind !== "option") return undefined;
  return Object.entries(key.ids).find(([, engine]) => engine === answer.optionId)?.[0];
}

/** Grades a response given with public ids (an unreadable response scores nothing). */
export function gradeSealed(key: SealedKey, response: Response | null): GradeResult {
  const unsealed = response ? unsealResponse(key, response) : null;
  return grade(key.question, unsealed ?? { text: "" });
}

/** A response as the learner gave it, in the question's own words (null when empty). */
export function describeResponse(question: Pick<PublicQuestion, "options" | "items">, response: Response | null): string | null {
  if (!response) return null;
  const text = (id: string) => [...(question.options ?? []), ...(question.items ?? [])].find((o) => o.id === id)?.text ?? "?";
  if ("optionId" in response) return text(response.optionId);
  if ("text" in response) return response.text.trim() || null;
  if ("pairs" in response) return Object.entries(response.pairs).map(([l, r]) => `${text(l)} = ${text(r)}`).join("; ") || null;
  return response.order.map(text).join(" → ");
}
