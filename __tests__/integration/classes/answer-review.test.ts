// The teacher's review options (when learners see right answers) and retakes that ask the
// first quiz's facts in other questions, through the real services and a real database.
import { closeAppDatabase, useSeededAppDatabase } from "../../helpers/app-database";
import { keys, responseFor } from "../../helpers/answers";
import { assignmentInput } from "../../helpers/classes";
import { signUpLearner, signUpTeacher } from "../../helpers/learners";
import type { TestDatabase } from "../../helpers/test-database";
import { unwrap } from "@/lib/server/platform/errors";

type Actor = import("@/lib/server/platform/actor").Actor;

let testDb: TestDatabase;
let classes: typeof import("@/lib/server/teaching/classes");
let assignments: typeof import("@/lib/server/teaching/assignments");
let learnerSide: typeof import("@/lib/server/teaching/learner-assignments");
let dashboard: typeof import("@/lib/server/teaching/dashboard");
let attempts: typeof import("@/lib/server/learning/attempts");
let quizzes: typeof import("@/lib/server/learning/quizzes");
let db: typeof import("@/lib/server/platform/db").db;
let teacher: Actor;
let classId: string;
let counter = 0;

beforeAll(async () => {
  testDb = await useSeededAppDatabase();
  classes = await import("@/lib/server/teaching/classes");
  assignments = await import("@/lib/server/teaching/assignments");
  learnerSide = await import("@/lib/server/teaching/learner-assignments");
  dashboard = await import("@/lib/server/teaching/dashboard");
  attempts = await import("@/lib/server/learning/attempts");
  quizzes = await import("@/lib/server/learning/quizzes");
  ({ db } = await import("@/lib/server/platform/db"));
  teacher = { id: (await signUpTeacher("Thầy Nam", "nam@school.edu.vn")).id, role: "teacher" };
  classId = unwrap(await classes.createClass(teacher, { name: "Lớp 12C", level: null })).id;
});

afterAll(() => closeAppDatabase(testDb));

/** A learner of the class. */
async function learner(): Promise<Actor> {
  const actor: Actor = { id: (await signUpLearner(`hs${++counter}`)).id, role: "learner" };
  const { joinCode } = (await classes.getTeacherClass(teacher, classId))!;
  await classes.joinClass(actor, joinCode);
  return actor;
}

/** A published assignment with these form fields (three attempts, test mode, by default). */
async function publish(over: Record<string, string>) {
  const id = unwrap(await assignments.createAssignment(teacher, classId, assignmentInput({ attemptsAllowed: "3", quizLength: "10", ...over }))).id;
  const bank = (await assignments.assignmentBank(teacher, id))!;
  await assignments.saveQuestionChoices(teacher, id, bank.filter((q) => q.enabled).map((q) => q.id), true);
  return (await assignments.getTeacherAssignment(teacher, id))!;
}

async function takeQuiz(actor: Actor, assignmentId: string, right: boolean, now = new Date()) {
  const { attemptId } = unwrap(await learnerSide.startAssignmentQuiz(actor, assignmentId));
  for (const [questionId, key] of await keys(attemptId)) await attempts.saveAnswer(actor.id, attemptId, questionId, responseFor(key, right));
  await attempts.submitAttempt(actor.id, attemptId, now);
  return attemptId;
}

const engineIds = async (attemptId: string) =>
  (await db().quizQuestion.findMany({ where: { quiz: { attempt: { id: attemptId } } }, select: { engineId: true } })).map((q) => q.engineId).sort();
const factCards = (userId: string) => db().reviewCard.count({ where: { userId, kind: "fact" } });

describe("review options", () => {
  it("default to after the last attempt, and refuse 'after the due date' without one", async () => {
    const { AssignmentInput } = await import("@/lib/classes/schemas");
    // A form without the field (as an older page would send it) reads as "after the last attempt".
    expect(assignmentInput().reviewAnswers).toBe("last");
    const fields = (over: Record<string, string>) => ({ articleSlug: "waic-2025", instructions: "", dueAt: "", timeZone: "UTC", readPercent: "0", quizRequired: "on", quizLength: "5", quizLanguage: "vi", feedbackMode: "test", passMark: "60", attemptsAllowed: "2", guidedReading: "", ...over });
    const refused = AssignmentInput.safeParse(fields({ reviewAnswers: "due" }));
    expect(refused.success).toBe(false);
    expect(refused.error!.issues.map((i) => [i.path.join("."), i.message])).toEqual([["reviewAnswers", "reviewNeedsDue"]]);
    expect(AssignmentInput.safeParse(fields({ reviewAnswers: "sometimes" })).error!.issues[0]!.message).toBe("settingsInvalid");
    expect(AssignmentInput.parse(fields({ reviewAnswers: "due", dueAt: "2027-01-10T17:00" })).reviewAnswers).toBe("due");
  });

  it("after the last attempt: the results say right or wrong, not what was right, until no attempt is left", async () => {
    const assignment = await publish({ reviewAnswers: "last" });
    expect(assignment.settings.reviewAnswers).toBe("last");
    const an = await learner();
    const first = await takeQuiz(an, assignment.id, false);
    const view = (await attempts.getAttemptForPlayer(an.id, first))!;
    expect(view.answersWithheld).toBe("last");
    expect(view.questions.every((q) => q.feedback && "withheld" in q.feedback && q.feedback.withheld === "last")).toBe(true);
    // Nothing of the key reaches the page: no expected answer, explanation or evidence.
    const sent = JSON.stringify(view);
    for (const key of (await keys(first)).values()) expect(sent).not.toContain(JSON.stringify(key.question.explanation.vi).slice(1, -1));
    expect(view.questions.map((q) => Object.keys(q.feedback!).sort())).toEqual(view.questions.map(() => ["correct", "points", "withheld"]));
    // No review cards (they show the facts) and no "practise my mistakes" (it would ask them).
    expect(await factCards(an.id)).toBe(0);
    expect(await quizzes.missedFacts(an.id, first)).toBeNull();

    await takeQuiz(an, assignment.id, false);
    expect((await attempts.getAttemptForPlayer(an.id, first))!.answersWithheld).toBe("last");
    const last = await takeQuiz(an, assignment.id, false);
    const shown = (await attempts.getAttemptForPlayer(an.id, last))!;
    expect(shown.answersWithheld).toBeNull();
    expect(shown.questions.every((q) => q.feedback && "expected" in q.feedback && q.feedback.expected.length > 0)).toBe(true);
    // The first attempt's answers are shown now too, and every fact missed in any attempt is a card.
    expect((await attempts.getAttemptForPlayer(an.id, first))!.questions.every((q) => q.feedback && "expected" in q.feedback)).toBe(true);
    const missed = await db().answer.findMany({ where: { correct: false, attempt: { userId: an.id } }, select: { question: { select: { factId: true } } } });
    expect(await factCards(an.id)).toBe(new Set(missed.map((m) => m.question.factId)).size);
    expect((await quizzes.missedFacts(an.id, last))!.factIds.length).toBeGreaterThan(0);
  });

  it("right answers a learner got are shown as right whatever the option", async () => {
    const assignment = await publish({ reviewAnswers: "never" });
    const an = await learner();
    const attemptId = await takeQuiz(an, assignment.id, true);
    const view = (await attempts.getAttemptForPlayer(an.id, attemptId))!;
    expect(view.answersWithheld).toBe("never");
    expect(view.questions.every((q) => q.feedback?.correct === true && "expected" in q.feedback)).toBe(true);
  });

  it("never: not after the last attempt either, and immediate mode's second try does not show it", async () => {
    const assignment = await publish({ reviewAnswers: "never", attemptsAllowed: "1", feedbackMode: "immediate" });
    const an = await learner();
    const { attemptId } = unwrap(await learnerSide.startAssignmentQuiz(an, assignment.id));
    const [questionId, key] = [...(await keys(attemptId))][0]!;
    const wrong = responseFor(key, false);
    const firstTry = unwrap(await attempts.checkAnswer(an.id, attemptId, questionId, wrong));
    expect(firstTry.feedback).toEqual({ correct: false, sources: key.question.sources });
    const secondTry = unwrap(await attempts.checkAnswer(an.id, attemptId, questionId, wrong));
    expect(secondTry.feedback).toEqual({ correct: false, points: 0, withheld: "never" });
    await attempts.submitAttempt(an.id, attemptId);
    const view = (await attempts.getAttemptForPlayer(an.id, attemptId))!;
    expect(view.answersWithheld).toBe("never");
    expect(view.questions.filter((q) => q.feedback && "expected" in q.feedback && !q.feedback.correct)).toEqual([]);
    expect(await factCards(an.id)).toBe(0);
  });

  it("after each attempt: shown at once, with their review cards", async () => {
    const assignment = await publish({ reviewAnswers: "each" });
    const an = await learner();
    const attemptId = await takeQuiz(an, assignment.id, false);
    const view = (await attempts.getAttemptForPlayer(an.id, attemptId))!;
    expect(view.answersWithheld).toBeNull();
    expect(view.questions.every((q) => q.feedback && "expected" in q.feedback)).toBe(true);
    expect(await factCards(an.id)).toBe(10);
  });

  it("after the due date: withheld before it, shown from it, and the cards come when the result is opened", async () => {
    const assignment = await publish({ reviewAnswers: "due", dueAt: "2027-03-01T08:00", timeZone: "Asia/Ho_Chi_Minh" });
    const an = await learner();
    const before = new Date("2027-03-01T00:59:00Z");
    const after = new Date("2027-03-01T01:00:00Z");
    const attemptId = await takeQuiz(an, assignment.id, false, before);
    const early = (await attempts.getAttemptForPlayer(an.id, attemptId, before))!;
    expect(early.answersWithheld).toBe("due");
    expect(early.dueAt!.toISOString()).toBe("2027-03-01T01:00:00.000Z");
    await attempts.releaseAssignmentCards(an.id, early, before);
    expect(await factCards(an.id)).toBe(0);
    const late = (await attempts.getAttemptForPlayer(an.id, attemptId, after))!;
    expect(late.answersWithheld).toBeNull();
    await attempts.releaseAssignmentCards(an.id, late, after);
    expect(await factCards(an.id)).toBe(10);
    // Opening it again writes nothing new.
    await attempts.releaseAssignmentCards(an.id, late, after);
    expect(await factCards(an.id)).toBe(10);
  });
});

describe("retakes", () => {
  it("ask the same facts in other questions, attempt by attempt the same for the whole class", async () => {
    const assignment = await publish({ reviewAnswers: "each" });
    const { questionIds, retakeQuestionIds } = assignment.settings;
    expect(retakeQuestionIds).toHaveLength(2);
    const bank = new Map((await assignments.assignmentBank(teacher, assignment.id))!.map((q) => [q.id, q]));
    const facts = (ids: string[]) => ids.map((id) => bank.get(id)!.factId);
    for (const retake of retakeQuestionIds) expect(facts(retake)).toEqual(facts(questionIds));
    expect(retakeQuestionIds[0]!.filter((id, i) => id !== questionIds[i]).length).toBeGreaterThanOrEqual(3);

    const [an, binh] = [await learner(), await learner()];
    const anFirst = await takeQuiz(an, assignment.id, false);
    const anSecond = await takeQuiz(an, assignment.id, true);
    const binhFirst = await takeQuiz(binh, assignment.id, true);
    expect(await engineIds(anFirst)).toEqual([...questionIds].sort());
    expect(await engineIds(anSecond)).toEqual([...retakeQuestionIds[0]!].sort());
    expect(await engineIds(binhFirst)).toEqual([...questionIds].sort());

    // The binder's columns are the first quiz's questions: An's best attempt (the retake)
    // counts in them fact by fact, beside Bình's first attempt.
    const board = (await dashboard.assignmentDashboard(teacher, assignment.id))!;
    expect(board.questions.map((q) => q.id)).toEqual(questionIds.filter((id) => bank.has(id)).sort((a, b) => board.questions.findIndex((q) => q.id === a) - board.questions.findIndex((q) => q.id === b)));
    expect([...board.binder.get(an.id)!.keys()].sort()).toEqual([...questionIds].sort());
    expect([...board.binder.get(an.id)!.values()].every((c) => c!.correct)).toBe(true);
    for (const stat of board.stats) expect(stat).toMatchObject({ answered: 2, correct: 2 });
  });
});
