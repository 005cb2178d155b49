// Answering stored quiz questions in tests: the server's keys and responses they grade as right or wrong.
import type { SealedKey } from "@/lib/quiz/seal";
import type { Question, Response } from "@/lib/quiz/types";

/** The stored key of each question of an attempt (what the server grades with). */
export async function keys(attemptId: string): Promise<Map<string, SealedKey>> {
  const { db } = await import("@/lib/server/platform/db");
  const attempt = await db().attempt.findUniqueOrThrow({ where: { id: attemptId }, select: { quiz: { select: { questions: true } } } });
  return new Map(attempt.quiz.questions.map((q) => [q.id, JSON.parse(q.answerKey) as SealedKey]));
}

/** A response (in public ids) that the key grades as right, or as wrong. */
export function responseFor(key: SealedKey, right: boolean): Response {
  const publicOf = (engineId: string) => Object.entries(key.ids).find(([, e]) => e === engineId)?.[0] ?? "";
  const q: Question = key.question;
  const a = q.answer;
  switch (a.kind) {
    case "option": {
      const wrong = (q.options ?? []).find((o) => o.id !== a.optionId)?.id ?? "";
      return { optionId: publicOf(right ? a.optionId : wrong) };
    }
    case "text":
      return { text: right ? a.display : "zzzz" };
    case "pairs": {
      const lefts = Object.keys(a.pairs);
      return { pairs: Object.fromEntries(lefts.map((l, i) => [publicOf(l), publicOf(a.pairs[right ? l : (lefts[(i + 1) % lefts.length] ?? l)] ?? "")])) };
    }
    case "order":
      return { order: (right ? a.itemIds : [...a.itemIds].reverse()).map(publicOf) };
  }
}
