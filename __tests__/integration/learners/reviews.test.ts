import type { SealedKey } from "@/lib/quiz/seal";
import { closeAppDatabase, useSeededAppDatabase } from "../../helpers/app-database";
import { signUpLearner, type TestLearner } from "../../helpers/learners";
import type { TestDatabase } from "../../helpers/test-database";

let testDb: TestDatabase;
let reviews: typeof import("@/lib/server/learning/reviews");
let quizzes: typeof import("@/lib/server/learning/quizzes") & typeof import("@/lib/server/learning/attempts");
let db: typeof import("@/lib/server/platform/db").db;
let lan: TestLearner;
let minh: TestLearner;
const T0 = new Date("2026-11-29T08:00:00Z");
const minutes = (n: number) => new Date(T0.getTime() + n * 60_000);

beforeAll(async () => {
  testDb = await useSeededAppDatabase();
  reviews = await import("@/lib/server/learning/reviews");
  quizzes = { ...(await import("@/lib/server/learning/quizzes")), ...(await import("@/lib/server/learning/attempts")) };
  ({ db } = await import("@/lib/server/platform/db"));
  lan = await signUpLearner("lan");
  minh = await signUpLearner("minh");
});

afterAll(() => closeAppDatabase(testDb));

describe("term cards", () => {
  it("saving a term makes two cards (vi→en and en→vi), once", async () => {
    expect(await reviews.saveTermForReview(lan.id, "waic-2025:tru-so", T0)).toBe(true);
    expect(await reviews.saveTermForReview(lan.id, "waic-2025:tru-so", T0)).toBe(true);
    expect(await reviews.saveTermForReview(lan.id, "waic-2025:nope", T0)).toBe(false);
    const cards = await db().reviewCard.findMany({ where: { userId: lan.id, kind: "term" }, orderBy: { direction: "asc" } });
    expect(cards.map((c) => c.direction)).toEqual(["en-vi", "vi-en"]);
    expect(await reviews.dueCount(lan.id, T0)).toBe(2);
  });

  it("shows a due term card in its direction, with the answer's side, note and an example", async () => {
    const card = await reviews.nextDueCard(lan.id, T0);
    expect(card?.kind).toBe("term");
    if (card?.kind !== "term") return;
    const sides = [card.front.text, card.back.text].sort();
    expect(sides).toEqual(["headquarters", "trụ sở"]);
    expect(card.example?.id).toBe("waic-2025:p3-s2");
    // Again comes back within minutes, Easy after days.
    expect(card.intervals.again.getTime()).toBeLessThan(card.intervals.easy.getTime());
  });

  it("rating schedules the card by FSRS and logs the review; 'good' on a new card is due in 10 minutes", async () => {
    const card = (await reviews.nextDueCard(lan.id, T0))!;
    expect(await reviews.rateReviewCard(lan.id, card.id, "good", T0)).toEqual({ ok: true });
    const stored = await db().reviewCard.findUniqueOrThrow({ where: { id: card.id } });
    expect(stored.due.getTime()).toBe(minutes(10).getTime());
    expect(stored).toMatchObject({ reps: 1, state: 1 });
    expect(await db().reviewLog.count({ where: { cardId: card.id, rating: 3 } })).toBe(1);
    expect(await reviews.dueCount(lan.id, T0)).toBe(1);
    expect(await reviews.dueCount(lan.id, minutes(11))).toBe(2);
  });

  it("a learner cannot rate someone else's card", async () => {
    const card = (await reviews.nextDueCard(lan.id, T0))!;
    expect(await reviews.rateReviewCard(minh.id, card.id, "easy", T0)).toEqual({ error: "not-found" });
    expect((await db().reviewCard.findUniqueOrThrow({ where: { id: card.id } })).reps).toBe(0);
  });

  it("a higher desired retention gives shorter intervals", async () => {
    const card = (await reviews.nextDueCard(lan.id, T0))!;
    await reviews.rateReviewCard(lan.id, card.id, "good", T0);
    await reviews.rateReviewCard(lan.id, card.id, "good", minutes(10));
    const atDefault = (await reviews.nextDueCard(lan.id, minutes(24 * 60 * 30)))!;
    await reviews.setDesiredRetention(lan.id, 0.95);
    const stricter = (await reviews.nextDueCard(lan.id, minutes(24 * 60 * 30)))!;
    expect(stricter.id).toBe(atDefault.id);
    expect(stricter.intervals.good.getTime()).toBeLessThan(atDefault.intervals.good.getTime());
    await reviews.setDesiredRetention(lan.id, 0.9);
  });
});

describe("fact cards", () => {
  it("a missed fact becomes a card asking a question about that fact; answers are graded on the server", async () => {
    const attemptId = (await quizzes.startQuiz(minh.id, { slug: "waic-2025", quizLength: 5, quizLanguage: "en", feedbackMode: "test", seed: "facts" }))!;
    await quizzes.submitAttempt(minh.id, attemptId, T0);
    const facts = (await db().quizQuestion.findMany({ where: { quiz: { attempt: { id: attemptId } } } })).map((q) => q.factId);
    const card = await reviews.nextDueCard(minh.id, T0);
    expect(card?.kind).toBe("fact");
    if (card?.kind !== "fact") return;
    const stored = await db().reviewCard.findUniqueOrThrow({ where: { id: card.id } });
    expect(facts).toContain(stored.subjectId);
    expect(JSON.stringify(card)).not.toMatch(/"answer"|"explanation"|"accepted"/);

    // Find the right answer the way the server does (the question is asked the same way again).
    const sameCard = (await reviews.nextDueCard(minh.id, T0))!;
    expect(sameCard).toEqual(card);
    const options = card.question.options ?? [];
    const results = await Promise.all(
      card.question.input === "choice" ? options.map((o) => reviews.answerFactCard(minh.id, card.id, { optionId: o.id })) : [reviews.answerFactCard(minh.id, card.id, { text: "zzz" })],
    );
    if (card.question.input === "choice") {
      expect(results.filter((r) => "correct" in r && r.correct)).toHaveLength(1);
      expect(results.find((r) => "correct" in r && r.correct)).toMatchObject({ suggested: "good" });
    }
    expect(results.find((r) => !("correct" in r) || !r.correct)).toMatchObject({ correct: false, suggested: "again" });
    expect(await reviews.answerFactCard(lan.id, card.id, { text: "x" })).toEqual({ error: "not-found" });
  });

  it("the sealed key of the quiz question and the review question agree on the fact", async () => {
    const q = await db().quizQuestion.findFirstOrThrow({ where: { quiz: { userId: minh.id } } });
    expect((JSON.parse(q.answerKey) as SealedKey).question.factId).toBe(q.factId);
  });
});
