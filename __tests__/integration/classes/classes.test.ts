import { parse } from "csv-parse/sync";
import { emptyReadingRecord } from "@/lib/reading/local-record";
import { closeAppDatabase, useSeededAppDatabase } from "../../helpers/app-database";
import { keys, responseFor } from "../../helpers/answers";
import { assignmentInput } from "../../helpers/classes";
import { signInGuest, signUpLearner, signUpTeacher } from "../../helpers/learners";
import type { TestDatabase } from "../../helpers/test-database";
import { unwrap } from "@/lib/server/platform/errors";

type Actor = import("@/lib/server/platform/actor").Actor;

let testDb: TestDatabase;
let classes: typeof import("@/lib/server/teaching/classes");
let assignments: typeof import("@/lib/server/teaching/assignments");
let learnerSide: typeof import("@/lib/server/teaching/learner-assignments");
let dashboard: typeof import("@/lib/server/teaching/dashboard");
let attempts: typeof import("@/lib/server/learning/attempts");
let reading: typeof import("@/lib/server/learning/reading-records");
let db: typeof import("@/lib/server/platform/db").db;
let teacher: Actor;
let lan: Actor;
let minh: Actor;

beforeAll(async () => {
  testDb = await useSeededAppDatabase();
  classes = await import("@/lib/server/teaching/classes");
  assignments = await import("@/lib/server/teaching/assignments");
  learnerSide = await import("@/lib/server/teaching/learner-assignments");
  dashboard = await import("@/lib/server/teaching/dashboard");
  attempts = await import("@/lib/server/learning/attempts");
  reading = await import("@/lib/server/learning/reading-records");
  ({ db } = await import("@/lib/server/platform/db"));
  teacher = { id: (await signUpTeacher("Cô Hà", "ha@school.edu.vn")).id, role: "teacher" };
  lan = { id: (await signUpLearner("lan")).id, role: "learner" };
  minh = { id: (await signUpLearner("minh")).id, role: "learner" };
  await db().user.update({ where: { id: lan.id }, data: { name: "Nguyễn Thị Lan" } });
});

afterAll(() => closeAppDatabase(testDb));

const form = (over: Record<string, string> = {}) =>
  assignmentInput({ dueAt: "2026-12-01T17:00", timeZone: "Asia/Ho_Chi_Minh", readPercent: "80", ...over });

/** Reads every paragraph of the article as the learner, at `at`. */
async function readAll(actor: Actor, at: number) {
  const blocks = await db().articleBlock.findMany({ where: { articleId: "waic-2025", kind: "paragraph" }, select: { id: true } });
  await reading.syncReadingRecord(actor.id, "waic-2025", { ...emptyReadingRecord(), read: Object.fromEntries(blocks.map((b) => [b.id, at])) });
}

/** Answers every question of the attempt right (or wrong) and submits it. */
async function answerAndSubmit(actor: Actor, attemptId: string, right: boolean, now: Date) {
  for (const [questionId, key] of await keys(attemptId)) await attempts.saveAnswer(actor.id, attemptId, questionId, responseFor(key, right));
  return attempts.submitAttempt(actor.id, attemptId, now);
}

describe("classes and joining", () => {
  it("gives a new class a six-character code and lets a learner join however they type it", async () => {
    const created = unwrap(await classes.createClass(teacher, { name: "Lớp 10A1", level: "B1" }));
    const klass = await classes.getTeacherClass(teacher, created.id);
    expect(klass).toMatchObject({ name: "Lớp 10A1", level: "B1", archived: false, learners: [] });
    expect(klass!.joinCode).toMatch(/^[2-9A-HJKMNP-Z]{6}$/);
    const typed = `${klass!.joinCode.slice(0, 3).toLowerCase()} ${klass!.joinCode.slice(3)}`;
    const { JoinCodeInput } = await import("@/lib/classes/schemas");
    expect(await classes.joinClass(lan, JoinCodeInput.parse(typed))).toEqual({ classId: created.id });
    expect(await classes.joinClass(lan, klass!.joinCode)).toEqual({ classId: created.id });
    expect((await classes.getTeacherClass(teacher, created.id))!.learners.map((l) => l.name)).toEqual(["Nguyễn Thị Lan"]);
  });

  it("refuses unknown codes, archived classes, teachers and guests, writing nothing", async () => {
    const created = unwrap(await classes.createClass(teacher, { name: "Lớp 11B", level: null }));
    const { joinCode } = (await classes.getTeacherClass(teacher, created.id))!;
    const guest = await signInGuest();
    const before = await db().enrollment.count();
    expect(await classes.joinClass(lan, "ZZZZZZ")).toEqual({ error: "code-unknown" });
    expect(await classes.joinClass(teacher, joinCode)).toEqual({ error: "teachers-cannot-join" });
    expect(await classes.joinClass({ id: guest.id, role: "learner", isGuest: true }, joinCode)).toEqual({ error: "sign-up-first" });
    expect(await classes.setClassArchived(teacher, created.id, true)).toEqual({ ok: true });
    expect(await classes.joinClass(minh, joinCode)).toEqual({ error: "class-archived" });
    expect(await db().enrollment.count()).toBe(before);
    expect((await classes.listTeacherClasses(teacher)).map((c) => [c.name, c.archived])).toEqual([
      ["Lớp 10A1", false],
      ["Lớp 11B", true],
    ]);
  });

  it("removes a learner, who cannot rejoin with any code until the teacher lets them back in", async () => {
    const created = unwrap(await classes.createClass(teacher, { name: "Lớp 12C", level: null }));
    const { joinCode } = (await classes.getTeacherClass(teacher, created.id))!;
    await classes.joinClass(minh, joinCode);
    const joinedAt = (await classes.getTeacherClass(teacher, created.id))!.learners[0]!.joinedAt;
    expect(await classes.removeLearner(teacher, created.id, minh.id)).toEqual({ ok: true });
    expect(await classes.removeLearner(teacher, created.id, minh.id)).toEqual({ error: "not-found" });
    const after = (await classes.getTeacherClass(teacher, created.id))!;
    expect(after.learners).toEqual([]);
    expect(after.removedLearners).toEqual([{ id: minh.id, name: "minh", username: "minh", removedAt: expect.any(Date) }]);
    // A new code replaces the old one, and neither lets a removed learner in.
    const renewed = unwrap(await classes.renewJoinCode(teacher, created.id)).joinCode;
    expect(renewed).not.toBe(joinCode);
    expect(await classes.joinClass(minh, joinCode)).toEqual({ error: "code-unknown" });
    expect(await classes.joinClass(minh, renewed)).toEqual({ error: "removed-from-class" });
    expect((await classes.getTeacherClass(teacher, created.id))!.learners).toEqual([]);
    // Let back in: on the roster again as they were; joining with the code changes nothing.
    expect(await classes.readmitLearner(teacher, created.id, minh.id)).toEqual({ ok: true });
    expect(await classes.readmitLearner(teacher, created.id, minh.id)).toEqual({ error: "not-found" });
    expect(await classes.joinClass(minh, renewed)).toEqual({ classId: created.id });
    const back = (await classes.getTeacherClass(teacher, created.id))!;
    expect(back.learners).toEqual([{ id: minh.id, name: "minh", username: "minh", joinedAt, signInPausedUntil: null }]);
    expect(back.removedLearners).toEqual([]);
  });
});

describe("assignments through a learner's work", () => {
  let classId: string;
  let assignmentId: string;

  beforeAll(async () => {
    classId = unwrap(await classes.createClass(teacher, { name: "Lớp Đọc", level: null })).id;
    const { joinCode } = (await classes.getTeacherClass(teacher, classId))!;
    await classes.joinClass(lan, joinCode);
    await classes.joinClass(minh, joinCode);
  });

  it("drafts, previews the bank with answers, leaves switched-off questions out and publishes fixed questions", async () => {
    assignmentId = unwrap(await assignments.createAssignment(teacher, classId, form())).id;
    expect(await learnerSide.listLearnerAssignments(lan)).toEqual([]); // drafts are the teacher's only
    const bank = (await assignments.assignmentBank(teacher, assignmentId))!;
    expect(bank.length).toBeGreaterThan(20);
    expect(bank.every((q) => q.answer.length > 0)).toBe(true);
    // The flagged questions come first, switched off, each with its reason.
    const flagged = bank.filter((q) => q.flagged);
    expect(flagged.length).toBeGreaterThan(0);
    expect(bank.slice(0, flagged.length)).toEqual(flagged);
    expect(flagged.every((q) => !q.enabled && q.flags.length > 0 && q.quality < 0.6)).toBe(true);
    expect(bank.filter((q) => !q.flagged).every((q) => q.enabled)).toBe(true);
    const off = [...flagged, ...bank.filter((q) => !q.flagged).slice(0, 10)].map((q) => q.id);
    const on = bank.filter((q) => !off.includes(q.id)).map((q) => q.id);
    expect(await assignments.saveQuestionChoices(teacher, assignmentId, on, true)).toEqual({ published: true });
    const saved = (await assignments.getTeacherAssignment(teacher, assignmentId))!;
    expect(saved.published).toBe(true);
    expect(saved.settings.disabledQuestionIds.sort()).toEqual([...off].sort());
    expect(saved.settings.questionIds).toHaveLength(5);
    expect(saved.settings.questionIds.some((id) => off.includes(id))).toBe(false);
    expect(saved.settings.dueAt!.toISOString()).toBe("2026-12-01T10:00:00.000Z"); // 17:00 in Hồ Chí Minh City
    // Published questions no longer change.
    expect(await assignments.saveQuestionChoices(teacher, assignmentId, [], true)).toEqual({ error: "not-found" });
  });

  it("moves a learner from not started to reading to quiz passed, asking every learner the same questions", async () => {
    const before = new Date("2026-11-30T00:00:00Z");
    const [first] = await learnerSide.listLearnerAssignments(lan, before);
    expect(first).toMatchObject({ id: assignmentId, className: "Lớp Đọc", teacherName: "Cô Hà", work: { progress: { status: "not-started" } } });
    await readAll(lan, before.getTime());
    expect((await learnerSide.getLearnerAssignment(lan, assignmentId, before))!.work).toMatchObject({ readPercent: 100, progress: { status: "reading" } });
    const started = unwrap(await learnerSide.startAssignmentQuiz(lan, assignmentId));
    const quiz = await db().quiz.findFirstOrThrow({ where: { attempt: { id: started.attemptId } }, include: { questions: true } });
    const fixed = (await assignments.getTeacherAssignment(teacher, assignmentId))!.settings.questionIds;
    expect(quiz.assignmentId).toBe(assignmentId);
    expect(quiz.questions.map((q) => q.engineId).sort()).toEqual([...fixed].sort());
    // Opening again resumes the same attempt rather than using up another.
    expect(await learnerSide.startAssignmentQuiz(lan, assignmentId)).toEqual(started);
    await answerAndSubmit(lan, started.attemptId, true, before);
    const view = (await learnerSide.getLearnerAssignment(lan, assignmentId, before))!;
    expect(view.work.progress).toMatchObject({ status: "quiz-passed", done: true, submittedLate: false, bestScore: 1, attemptsUsed: 1, attemptsLeft: 1 });
  });

  it("marks work late after the due date, and stops at the attempts allowed", async () => {
    const after = new Date("2026-12-02T00:00:00Z");
    expect((await learnerSide.getLearnerAssignment(minh, assignmentId, after))!.work.progress.status).toBe("late");
    for (let i = 0; i < 2; i++) {
      const started = unwrap(await learnerSide.startAssignmentQuiz(minh, assignmentId));
      await answerAndSubmit(minh, started.attemptId, false, after);
    }
    expect(await learnerSide.startAssignmentQuiz(minh, assignmentId)).toEqual({ error: "no-attempts-left" });
    const view = (await learnerSide.getLearnerAssignment(minh, assignmentId, after))!;
    expect(view.work.progress).toMatchObject({ status: "late", done: false, bestScore: 0, attemptsUsed: 2, attemptsLeft: 0 });
  });

  it("opens one attempt however many starts arrive at once, and never more than the attempts allowed", async () => {
    const hoa: Actor = { id: (await signUpLearner("hoa")).id, role: "learner" };
    await classes.joinClass(hoa, (await classes.getTeacherClass(teacher, classId))!.joinCode);
    const when = new Date("2026-11-30T00:00:00Z");
    for (let round = 0; round < 2; round++) {
      const results = await Promise.all(Array.from({ length: 6 }, () => learnerSide.startAssignmentQuiz(hoa, assignmentId)));
      const ids = new Set(results.map((r) => unwrap(r).attemptId));
      expect(ids.size).toBe(1);
      await answerAndSubmit(hoa, [...ids][0]!, false, when);
    }
    const late = await Promise.all(Array.from({ length: 4 }, () => learnerSide.startAssignmentQuiz(hoa, assignmentId)));
    expect(late).toEqual(Array.from({ length: 4 }, () => ({ error: "no-attempts-left" })));
    expect(await db().quiz.count({ where: { userId: hoa.id, assignmentId } })).toBe(2);
    expect(await classes.removeLearner(teacher, classId, hoa.id)).toEqual({ ok: true });
  });

  it("computes the dashboard from the real attempts and reading records", async () => {
    // Minh revealed two sentences' translations in cover mode, Lan one of the same.
    const sentences = await db().sentencePair.findMany({ where: { block: { articleId: "waic-2025", kind: "paragraph" } }, orderBy: { position: "asc" }, take: 2 });
    const reveal = (ids: string[]) => ({ ...emptyReadingRecord(), reveals: ids.map((sentenceId, i) => ({ sentenceId, at: 1_000 + i })) });
    await reading.syncReadingRecord(minh.id, "waic-2025", reveal([sentences[0]!.id, sentences[1]!.id, sentences[0]!.id]));
    await reading.syncReadingRecord(lan.id, "waic-2025", reveal([sentences[0]!.id]));

    const board = (await dashboard.assignmentDashboard(teacher, assignmentId, new Date("2026-12-02T00:00:00Z")))!;
    expect(board.learners.map((l) => [l.name, l.work.readPercent, l.work.attempts.length, l.work.progress.bestScore, l.work.progress.status])).toEqual([
      ["minh", 0, 2, 0, "late"],
      ["Nguyễn Thị Lan", 100, 1, 1, "quiz-passed"],
    ]);
    expect(board.questions).toHaveLength(5);
    for (const stat of board.stats) {
      expect(stat).toMatchObject({ answered: 2, correct: 1, shareCorrect: 0.5 });
    }
    // Minh's wrong answers are the binder's "most common wrong answer" for choice questions.
    const minhRow = board.binder.get(minh.id)!;
    const withWrong = board.stats.filter((s) => s.commonWrong);
    expect(withWrong.length).toBeGreaterThan(0);
    for (const s of withWrong) expect(s.commonWrong).toEqual({ text: minhRow.get(s.questionId)!.text, count: 1 });
    expect(board.binder.get(lan.id)!.size).toBe(5);
    expect([...board.binder.get(lan.id)!.values()].every((c) => c!.correct)).toBe(true);
    expect(board.missedFacts.length).toBe(5);
    expect(board.missedFacts[0]).toMatchObject({ learners: 1, missed: 1, asked: 2 });
    expect(board.reveals.slice(0, 2).map((r) => [r.sentenceId, r.learners, r.reveals])).toEqual([
      [sentences[0]!.id, 2, 3],
      [sentences[1]!.id, 1, 1],
    ]);
    expect(board.reveals[0]!.sentence!.vi).toBe(sentences[0]!.vi);
  });

  it("rebuilds the dashboard only when something it shows has changed", async () => {
    const after = new Date("2026-12-02T00:00:00Z");
    const first = (await dashboard.assignmentDashboard(teacher, assignmentId, after))!;
    // Nothing changed: the same build, figures and binder alike.
    const again = (await dashboard.assignmentDashboard(teacher, assignmentId, after))!;
    expect(again.binder).toBe(first.binder);
    // Before the due date the same work is not late: built for that moment.
    const before = (await dashboard.assignmentDashboard(teacher, assignmentId, new Date("2026-11-30T00:00:00Z")))!;
    expect(before.learners.find((l) => l.id === minh.id)!.work.progress.status).not.toBe("late");
    expect((await dashboard.assignmentDashboard(teacher, assignmentId, after))!.learners.find((l) => l.id === minh.id)!.work.progress.status).toBe("late");
    // A learner reads on: the reveals are counted again.
    const [third] = await db().sentencePair.findMany({ where: { block: { articleId: "waic-2025", kind: "paragraph" } }, orderBy: { position: "asc" }, skip: 2, take: 1 });
    await reading.syncReadingRecord(lan.id, "waic-2025", { ...emptyReadingRecord(), reveals: [{ sentenceId: third!.id, at: 5_000 }] });
    const read = (await dashboard.assignmentDashboard(teacher, assignmentId, after))!;
    expect(read.binder).not.toBe(first.binder);
    expect(read.reveals.find((r) => r.sentenceId === third!.id)).toMatchObject({ learners: 1, reveals: 1 });
    // A learner joins: listed at once.
    const tuan: Actor = { id: (await signUpLearner("tuan")).id, role: "learner" };
    await classes.joinClass(tuan, (await classes.getTeacherClass(teacher, classId))!.joinCode);
    const joined = (await dashboard.assignmentDashboard(teacher, assignmentId, after))!;
    expect(joined.learners.map((l) => l.name)).toContain("tuan");
    // …and submits an attempt: in the binder at once.
    const started = unwrap(await learnerSide.startAssignmentQuiz(tuan, assignmentId));
    await answerAndSubmit(tuan, started.attemptId, true, after);
    const submitted = (await dashboard.assignmentDashboard(teacher, assignmentId, after))!;
    expect(submitted.binder.get(tuan.id)!.size).toBe(5);
    expect(await classes.removeLearner(teacher, classId, tuan.id)).toEqual({ ok: true });
    expect((await dashboard.assignmentDashboard(teacher, assignmentId, after))!.learners.map((l) => l.name)).not.toContain("tuan");
  });

  it("exports one CSV row per learner with a BOM and Vietnamese intact", async () => {
    const { assignmentResultsCsv } = await import("@/lib/server/teaching/export");
    const csv = (await assignmentResultsCsv(teacher, assignmentId, "vi", new Date("2026-12-02T00:00:00Z")))!;
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    // Vietnamese: semicolons by default; each question's right/wrong, then the answer given
    // (a matching answer holds semicolons of its own: the cell is quoted).
    const rows: string[][] = parse(csv.slice(1), { delimiter: ";" });
    expect(rows).toHaveLength(3);
    const questions = [1, 2, 3, 4, 5].flatMap((n) => [`Câu ${n}`, `Trả lời câu ${n}`]);
    expect(rows[0]).toEqual(["Họ tên", "Tên đăng nhập", "% đã đọc", "Số lần làm", "Điểm cao nhất (%)", "Đạt", "Nộp muộn", "Trạng thái", ...questions]);
    const [minh, lan] = [rows[1]!, rows[2]!];
    expect(minh.slice(0, 8)).toEqual(["minh", "minh", "0", "2", "0", "Không", "Không", "Trễ hạn"]);
    expect(lan.slice(0, 8)).toEqual(["Nguyễn Thị Lan", "lan", "100", "1", "100", "Có", "Không", "Đạt bài kiểm tra"]);
    // Lan answered every question right, Minh none; each answer cell holds what they gave.
    expect(lan.slice(8).filter((_, i) => i % 2 === 0)).toEqual(["1", "1", "1", "1", "1"]);
    expect(minh.slice(8).filter((_, i) => i % 2 === 0)).toEqual(["0", "0", "0", "0", "0"]);
    for (const row of [minh, lan]) expect(row.slice(8).filter((_, i) => i % 2 === 1).every((a) => a.trim() !== "")).toBe(true);
    // The same export with commas, the English settings' separator: the same cells.
    const commas = (await assignmentResultsCsv(teacher, assignmentId, "vi", new Date("2026-12-02T00:00:00Z"), "comma"))!;
    expect(commas.split("\r\n")[0]).toBe(`\uFEFF${rows[0]!.join(",")}`);
    expect(parse(commas.slice(1), { delimiter: "," })).toEqual(rows);
  });

  it("moves the due date: unfinished work is no longer late, and an empty date means none", async () => {
    const { DueInput } = await import("@/lib/classes/schemas");
    const after = new Date("2026-12-02T00:00:00Z");
    expect(DueInput.safeParse({ dueAt: "2026-13-01T10:00", timeZone: "UTC" }).success).toBe(false);
    const later = DueInput.parse({ dueAt: "2026-12-05T17:00", timeZone: "Asia/Ho_Chi_Minh" }).dueAt;
    expect(await assignments.setAssignmentDue(teacher, assignmentId, later)).toEqual({ ok: true });
    // Minh used both attempts without passing: failed, but not late any more.
    expect((await learnerSide.getLearnerAssignment(minh, assignmentId, after))!.work.progress.status).toBe("quiz-failed");
    expect(await assignments.setAssignmentDue(teacher, assignmentId, null)).toEqual({ ok: true });
    expect((await assignments.getTeacherAssignment(teacher, assignmentId))!.settings.dueAt).toBeNull();
  });

  it("closes a removed learner's open quiz as it stands, and counts it when they are let back in", async () => {
    const started = unwrap(await learnerSide.startAssignmentQuiz(lan, assignmentId));
    const [questionId, key] = [...(await keys(started.attemptId))][0]!;
    await attempts.saveAnswer(lan.id, started.attemptId, questionId, responseFor(key, true));
    // A quiz of Lan's own, outside the class, stays open.
    const { startQuiz } = await import("@/lib/server/learning/quizzes");
    const own = (await startQuiz(lan.id, { slug: "waic-2025", quizLength: 5, quizLanguage: "vi", feedbackMode: "test" }))!;
    expect(await classes.removeLearner(teacher, classId, lan.id)).toEqual({ ok: true });
    const closed = await db().attempt.findUniqueOrThrow({ where: { id: started.attemptId } });
    expect(closed).toMatchObject({ status: "submitted", score: 1, questionCount: 5 });
    expect(await attempts.saveAnswer(lan.id, started.attemptId, questionId, responseFor(key, false))).toEqual({ error: "submitted" });
    expect((await db().attempt.findUniqueOrThrow({ where: { id: own } })).status).toBe("in_progress");
    expect(await learnerSide.startAssignmentQuiz(lan, assignmentId)).toEqual({ error: "not-found" });
    expect(await classes.readmitLearner(teacher, classId, lan.id)).toEqual({ ok: true });
    const view = (await learnerSide.getLearnerAssignment(lan, assignmentId))!;
    expect(view.work.progress).toMatchObject({ attemptsUsed: 2, attemptsLeft: 0 });
  });
});
