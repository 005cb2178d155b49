// Guided reading: an assignment's article opens paragraph by paragraph, each after one quick
// check question about the paragraph before. Pure: the caller passes the bank and the state.
import { isFlagged } from "@/lib/quiz/quality";
import type { Question } from "@/lib/quiz/types";

/** Question types quick enough to check a paragraph: one tap among a few choices. */
const QUICK_TYPES = new Set<Question["type"]>(["true-false", "multiple-choice", "who-said-it", "cloze"]);

/** Wrong answers after which the answer is shown and the next paragraph opens anyway. */
export const GUIDED_MAX_MISSES = 2;

/**
 * The check question for a paragraph: a one-choice question drawn only from its sentences,
 * chosen by the seed (so each learner gets their own but always the same one); null when the
 * paragraph has nothing to ask (the learner just continues).
 */
export function checkQuestion(bank: readonly Question[], paragraphSentenceIds: readonly string[], seed: string): Question | null {
  const inside = new Set(paragraphSentenceIds);
  const fitting = bank.filter(
    (q) => q.input === "choice" && QUICK_TYPES.has(q.type) && q.sourceSentenceIds.length > 0 && q.sourceSentenceIds.every((id) => inside.has(id)),
  );
  // A flagged question only when the paragraph has no other.
  const good = fitting.filter((q) => !isFlagged(q));
  const candidates = good.length > 0 ? good : fitting;
  if (candidates.length === 0) return null;
  let hash = 0;
  for (const ch of seed) hash = (hash * 31 + ch.charCodeAt(0)) >>> 0;
  return candidates[hash % candidates.length] ?? null;
}

export type GuidedState = { unlocked: number; misses: number };
export type GuidedOutcome = { state: GuidedState; correct: boolean; advanced: boolean; showAnswer: boolean };

/**
 * The state after answering the current paragraph's check (`correct` null: it had none):
 * right, or wrong `GUIDED_MAX_MISSES` times, opens the next paragraph.
 */
export function afterCheck(state: GuidedState, correct: boolean | null, paragraphCount: number): GuidedOutcome {
  const misses = correct === false ? state.misses + 1 : state.misses;
  const advance = correct !== false || misses >= GUIDED_MAX_MISSES;
  if (!advance) return { state: { unlocked: state.unlocked, misses }, correct: false, advanced: false, showAnswer: false };
  // One past the last paragraph means the whole article has been read.
  const unlocked = Math.min(state.unlocked + 1, paragraphCount + 1);
  return { state: { unlocked, misses: 0 }, correct: correct !== false, advanced: true, showAnswer: correct === false };
}
