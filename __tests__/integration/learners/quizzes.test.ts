import { grade } from "@/lib/quiz/grade";
import type { SealedKey } from "@/lib/quiz/seal";
import { closeAppDatabase, useSeededAppDatabase } from "../../helpers/app-database";
import { keys, responseFor } from "../../helpers/answers";
import { signUpLearner, type TestLearner } from "../../helpers/learners";
import { countRows, type TestDatabase } from "../../helpers/test-database";

let testDb: TestDatabase;
let quizzes: typeof import("@/lib/server/learning/quizzes") & typeof import("@/lib/server/learning/attempts");
let db: typeof import("@/lib/server/platform/db").db;
let lan: TestLearner;
let minh: TestLearner;

beforeAll(async () => {
  testDb = await useSeededAppDatabase();
  quizzes = { ...(await import("@/lib/server/learning/quizzes")), ...(await import("@/lib/server/learning/attempts")) };
  ({ db } = await import("@/lib/server/platform/db"));
  lan = await signUpLearner("lan");
  minh = await signUpLearner("minh");
});

afterAll(() => closeAppDatabase(testDb));

const settings = { slug: "waic-2025", quizLength: 10, quizLanguage: "cross", feedbackMode: "test" } as const;

describe("starting a quiz", () => {
  it("stores the quiz, its questions and sealed keys, and opens an attempt", async () => {
    const attemptId = await quizzes.startQuiz(lan.id, { ...settings, seed: "s1" });
    expect(attemptId).toBeTruthy();
    const attempt = await db().attempt.findUniqueOrThrow({ where: { id: attemptId! }, include: { quiz: { include: { questions: { orderBy: { position: "asc" } } } } } });
    expect(attempt).toMatchObject({ userId: lan.id, status: "in_progress", questionCount: 10, score: null });
    expect(attempt.quiz).toMatchObject({ seed: "s1", language: "cross", feedbackMode: "test", origin: "standard", articleId: "waic-2025" });
    expect(attempt.quiz.questions).toHaveLength(10);
    for (const q of attempt.quiz.questions) {
      const key = JSON.parse(q.answerKey) as SealedKey;
      const prompt = JSON.parse(q.prompt) as Record<string, unknown>;
      expect(Object.keys(prompt)).not.toEqual(expect.arrayContaining(["answer"]));
      expect(prompt).not.toHaveProperty("explanation");
      // Public option ids are not the engine's, and map back to them.
      for (const option of [...((prompt.options as { id: string }[]) ?? []), ...((prompt.items as { id: string }[]) ?? [])]) {
        expect(key.ids[option.id]).toMatch(/^[a-z]/);
        expect(key.ids[option.id]).not.toBe(option.id);
      }
      expect(q.factId).toBe(key.question.factId);
    }
  });

  it("the player view carries prompts, options and no answer before submitting", async () => {
    const attemptId = (await quizzes.startQuiz(lan.id, { ...settings, seed: "s2" }))!;
    const view = await quizzes.getAttemptForPlayer(lan.id, attemptId);
    const json = JSON.stringify(view);
    expect(view?.questions).toHaveLength(10);
    expect(json).not.toMatch(/"answer"|"accepted"|"explanation"|"expected"|"correct"/);
    for (const key of (await keys(attemptId)).values()) {
      for (const engineId of Object.values(key.ids)) expect(json).not.toContain(`"${engineId}"`);
      expect(json).not.toContain(key.question.explanation.vi);
    }
  });

  it("is deterministic per seed and different for another seed", async () => {
    const a = await quizzes.startQuiz(lan.id, { ...settings, seed: "same" });
    const b = await quizzes.startQuiz(lan.id, { ...settings, seed: "same" });
    const c = await quizzes.startQuiz(lan.id, { ...settings, seed: "other" });
    const engineIds = async (id: string | null) =>
      (await db().quizQuestion.findMany({ where: { quiz: { attempt: { id: id! } } }, orderBy: { position: "asc" } })).map((q) => q.engineId);
    expect(await engineIds(a)).toEqual(await engineIds(b));
    expect(await engineIds(c)).not.toEqual(await engineIds(a));
  });

  it("returns null for an unknown article", async () => {
    expect(await quizzes.startQuiz(lan.id, { ...settings, slug: "no-such-article" })).toBeNull();
  });
});

describe("answering and submitting (test mode)", () => {
  it("autosaves answers (the last one wins) and grades them on submit", async () => {
    const attemptId = (await quizzes.startQuiz(lan.id, { ...settings, seed: "grade" }))!;
    const keyMap = await keys(attemptId);
    const ids = [...keyMap.keys()];
    // Right on the first six, wrong on two, two unanswered; the first answer is changed once.
    const first = ids[0]!;
    expect(await quizzes.saveAnswer(lan.id, attemptId, first, responseFor(keyMap.get(first)!, false))).toEqual({ ok: true });
    for (const [i, id] of ids.slice(0, 8).entries()) {
      expect(await quizzes.saveAnswer(lan.id, attemptId, id, responseFor(keyMap.get(id)!, i < 6))).toEqual({ ok: true });
    }
    expect((await countRows(testDb, ["Answer"])).Answer).toBeGreaterThanOrEqual(8);

    const result = await quizzes.submitAttempt(lan.id, attemptId);
    expect(result).toMatchObject({ status: "submitted", questionCount: 10 });
    const score = "score" in result ? result.score : -1;
    // Six right; partial credit possible only on the two wrong matching/ordering questions.
    expect(score).toBeGreaterThanOrEqual(6);
    expect(score).toBeLessThan(8);

    const stored = await db().answer.findMany({ where: { attemptId } });
    expect(stored).toHaveLength(10);
    expect(stored.filter((a) => a.correct === true)).toHaveLength(6);
    const attempt = await db().attempt.findUniqueOrThrow({ where: { id: attemptId } });
    expect(attempt).toMatchObject({ status: "submitted", score });
    expect(attempt.submittedAt).toBeInstanceOf(Date);

    // Every missed fact is now a review card, due now.
    const missedFacts = new Set(ids.slice(6).map((id) => keyMap.get(id)!.question.factId));
    const cards = await db().reviewCard.findMany({ where: { userId: lan.id, kind: "fact", subjectId: { in: [...missedFacts] } } });
    expect(cards).toHaveLength(missedFacts.size);
    expect(cards.every((c) => c.reps === 0 && c.due <= new Date())).toBe(true);

    // After submitting, answers are closed and the results carry the feedback.
    expect(await quizzes.saveAnswer(lan.id, attemptId, first, responseFor(keyMap.get(first)!, true))).toEqual({ error: "submitted" });
    const view = await quizzes.getAttemptForPlayer(lan.id, attemptId);
    expect(view?.questions.filter((q) => q.feedback?.correct)).toHaveLength(6);
    const missed = view!.questions.find((q) => q.id === ids[7])!;
    expect(missed.feedback).toMatchObject({ correct: false, expected: grade(keyMap.get(ids[7]!)!.question, { text: "" }).expected });
    expect(missed.feedback && "sources" in missed.feedback && missed.feedback.sources.length).toBeGreaterThan(0);
  });

  it("rejects responses that name other questions' options or do not fit the question", async () => {
    const attemptId = (await quizzes.startQuiz(lan.id, { ...settings, seed: "bad" }))!;
    const [id] = [...(await keys(attemptId)).keys()];
    expect(await quizzes.saveAnswer(lan.id, attemptId, id!, { optionId: "made-up" })).toEqual({ error: "bad-response" });
    expect(await quizzes.saveAnswer(lan.id, attemptId, "nosuchquestion", { text: "x" })).toEqual({ error: "not-found" });
    expect(await db().answer.count({ where: { attemptId } })).toBe(0);
  });

  it("two concurrent submits grade the attempt once", async () => {
    const attemptId = (await quizzes.startQuiz(lan.id, { ...settings, seed: "twice" }))!;
    const keyMap = await keys(attemptId);
    for (const [id, key] of keyMap) await quizzes.saveAnswer(lan.id, attemptId, id, responseFor(key, true));
    const [a, b] = await Promise.all([quizzes.submitAttempt(lan.id, attemptId), quizzes.submitAttempt(lan.id, attemptId)]);
    expect([("status" in a && a.status), ("status" in b && b.status)].sort()).toEqual(["already-submitted", "submitted"]);
    expect("score" in a && a.score).toBe(10);
    expect("score" in b && b.score).toBe(10);
    expect(await db().answer.count({ where: { attemptId } })).toBe(10);
    const again = await quizzes.submitAttempt(lan.id, attemptId);
    expect(again).toEqual({ status: "already-submitted", score: 10, questionCount: 10 });
  });

  it("six attempts that miss the same facts, submitted at once, are all graded and make each card once", async () => {
    const attempts: string[] = [];
    for (let i = 0; i < 6; i++) attempts.push((await quizzes.startQuiz(lan.id, { ...settings, seed: "same-a" }))!);
    for (const attemptId of attempts) {
      for (const [id, key] of await keys(attemptId)) await quizzes.saveAnswer(lan.id, attemptId, id, responseFor(key, false));
    }
    const results = await Promise.all(attempts.map((attemptId) => quizzes.submitAttempt(lan.id, attemptId)));
    expect(results.map((r) => "status" in r && r.status)).toEqual(attempts.map(() => "submitted"));
    const cards = await db().reviewCard.findMany({ where: { userId: lan.id, kind: "fact" }, select: { subjectId: true } });
    expect(cards.length).toBeGreaterThan(0);
    expect(new Set(cards.map((c) => c.subjectId)).size).toBe(cards.length);
  });
});

describe("immediate mode", () => {
  it("a first wrong check shows the evidence only; the second try shows the answer and scores nothing", async () => {
    const attemptId = (await quizzes.startQuiz(lan.id, { ...settings, feedbackMode: "immediate", seed: "imm" }))!;
    const keyMap = await keys(attemptId);
    const [[q1, k1], [q2, k2]] = [...keyMap.entries()] as [[string, SealedKey], [string, SealedKey]];

    const hint = await quizzes.checkAnswer(lan.id, attemptId, q1, responseFor(k1, false));
    expect(hint).toEqual({ feedback: { correct: false, sources: k1.question.sources } });
    const second = await quizzes.checkAnswer(lan.id, attemptId, q1, responseFor(k1, true));
    expect(second).toMatchObject({ feedback: { correct: true, points: 0, expected: grade(k1.question, { text: "" }).expected } });
    expect(await quizzes.checkAnswer(lan.id, attemptId, q1, responseFor(k1, true))).toEqual({ error: "no-more-tries" });

    const right = await quizzes.checkAnswer(lan.id, attemptId, q2, responseFor(k2, true));
    expect(right).toMatchObject({ feedback: { correct: true, points: 1, explanation: k2.question.explanation } });

    // A reload shows both checks as they were.
    const view = await quizzes.getAttemptForPlayer(lan.id, attemptId);
    expect(view?.questions.find((q) => q.id === q1)).toMatchObject({ checks: 2, feedback: { correct: true, points: 0 } });
    expect(view?.questions.find((q) => q.id === q2)).toMatchObject({ checks: 1, feedback: { correct: true, points: 1 } });

    const result = await quizzes.submitAttempt(lan.id, attemptId);
    expect("score" in result && result.score).toBe(1);
    const first = await db().answer.findUniqueOrThrow({ where: { attemptId_questionId: { attemptId, questionId: q1 } } });
    expect(first).toMatchObject({ correct: false, points: 0, checks: 2 });
  });

  it("refuses checks in test mode", async () => {
    const attemptId = (await quizzes.startQuiz(lan.id, { ...settings, seed: "nocheck" }))!;
    const [[id, key]] = [...(await keys(attemptId)).entries()] as [[string, SealedKey]];
    expect(await quizzes.checkAnswer(lan.id, attemptId, id, responseFor(key, true))).toEqual({ error: "not-immediate" });
  });
});

describe("retry and practising mistakes", () => {
  it("practise-my-mistakes asks only the facts missed", async () => {
    const attemptId = (await quizzes.startQuiz(lan.id, { ...settings, seed: "mistakes" }))!;
    const keyMap = await keys(attemptId);
    const entries = [...keyMap.entries()];
    for (const [i, [id, key]] of entries.entries()) await quizzes.saveAnswer(lan.id, attemptId, id, responseFor(key, i >= 3));
    await quizzes.submitAttempt(lan.id, attemptId);
    const missed = await quizzes.missedFacts(lan.id, attemptId);
    const expected = new Set(entries.slice(0, 3).map(([, k]) => k.question.factId));
    expect(new Set(missed?.factIds)).toEqual(expected);

    const practice = (await quizzes.startQuiz(lan.id, { ...settings, quizLength: 5, origin: "mistakes", factIds: missed!.factIds }))!;
    const facts = (await db().quizQuestion.findMany({ where: { quiz: { attempt: { id: practice } } } })).map((q) => q.factId);
    expect(facts).toHaveLength(3);
    expect(new Set(facts)).toEqual(expected);
    expect((await db().quiz.findFirstOrThrow({ where: { attempt: { id: practice } } })).origin).toBe("mistakes");
  });

  it("attemptSettings gives a retry the same settings (for its owner only)", async () => {
    const attemptId = (await quizzes.startQuiz(lan.id, { ...settings, quizLength: 5, quizLanguage: "vi", feedbackMode: "immediate" }))!;
    expect(await quizzes.attemptSettings(lan.id, attemptId)).toEqual({ slug: "waic-2025", quizLength: 5, quizLanguage: "vi", feedbackMode: "immediate" });
    expect(await quizzes.attemptSettings(minh.id, attemptId)).toBeNull();
  });
});

describe("ownership", () => {
  it("another learner can neither read, answer, check nor submit the attempt", async () => {
    const attemptId = (await quizzes.startQuiz(lan.id, { ...settings, feedbackMode: "immediate", seed: "mine" }))!;
    const [[id, key]] = [...(await keys(attemptId)).entries()] as [[string, SealedKey]];
    expect(await quizzes.getAttemptForPlayer(minh.id, attemptId)).toBeNull();
    expect(await quizzes.saveAnswer(minh.id, attemptId, id, responseFor(key, true))).toEqual({ error: "not-found" });
    expect(await quizzes.checkAnswer(minh.id, attemptId, id, responseFor(key, true))).toEqual({ error: "not-found" });
    expect(await quizzes.submitAttempt(minh.id, attemptId)).toEqual({ error: "not-found" });
    expect(await quizzes.missedFacts(minh.id, attemptId)).toBeNull();
    expect(await db().answer.count({ where: { attemptId } })).toBe(0);
    expect((await db().attempt.findUniqueOrThrow({ where: { id: attemptId } })).status).toBe("in_progress");
    expect(await quizzes.listAttempts(minh.id)).toEqual([]);
  });
});
