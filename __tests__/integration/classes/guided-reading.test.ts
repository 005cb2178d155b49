// Guided reading of an assignment against a real database: paragraphs open one by one, the check
// question's answer never travels to the learner, and reading this way counts toward "% read".
import { closeAppDatabase, useSeededAppDatabase } from "../../helpers/app-database";
import { assignmentInput } from "../../helpers/classes";
import { signUpLearner, signUpTeacher } from "../../helpers/learners";
import type { TestDatabase } from "../../helpers/test-database";
import { checkQuestion } from "@/lib/classes/guided";
import { generateQuestionBank } from "@/lib/quiz/generate";
import { grade } from "@/lib/quiz/grade";
import { quizArticleFromView } from "@/lib/server/learning/quiz-articles";
import { unwrap } from "@/lib/server/platform/errors";

type Actor = import("@/lib/server/platform/actor").Actor;

let testDb: TestDatabase;
let guided: typeof import("@/lib/server/teaching/guided-reading");
let learnerSide: typeof import("@/lib/server/teaching/learner-assignments");
let db: typeof import("@/lib/server/platform/db").db;
let learner: Actor;
let assignmentId: string;

beforeAll(async () => {
  testDb = await useSeededAppDatabase();
  guided = await import("@/lib/server/teaching/guided-reading");
  learnerSide = await import("@/lib/server/teaching/learner-assignments");
  ({ db } = await import("@/lib/server/platform/db"));
  const classes = await import("@/lib/server/teaching/classes");
  const assignments = await import("@/lib/server/teaching/assignments");
  const teacher: Actor = { id: (await signUpTeacher("Cô Mai", "mai@school.edu.vn")).id, role: "teacher" };
  learner = { id: (await signUpLearner("doc_tung_doan")).id, role: "learner" };
  const classId = unwrap(await classes.createClass(teacher, { name: "Lớp đọc", level: null })).id;
  await classes.joinClass(learner, (await classes.getTeacherClass(teacher, classId))!.joinCode);
  const input = assignmentInput({ readPercent: "100", quizRequired: "", quizLanguage: "vi", attemptsAllowed: "1", guidedReading: "on" });
  assignmentId = unwrap(await assignments.createAssignment(teacher, classId, input)).id;
  expect(await assignments.saveQuestionChoices(teacher, assignmentId, [], true)).toEqual({ published: true });
});

afterAll(() => closeAppDatabase(testDb));

/** The public id of the current check's right option, found as the server finds the question. */
function rightOption(view: import("@/lib/server/teaching/guided-reading").GuidedView): string {
  const paragraphId = view.openParagraphIds.at(-1)!;
  const paragraph = view.article.blocks.find((b) => b.id === paragraphId)!;
  const bank = generateQuestionBank(quizArticleFromView(view.article), "vi");
  const question = checkQuestion(bank, paragraph.sentences.map((s) => s.id), `${assignmentId}:${learner.id}:${paragraphId}`)!;
  const expected = grade(question, { text: "" }).expected;
  return view.check!.options!.find((o) => o.text === expected)!.id;
}

it("opens one paragraph at a time, keeps the answer on the server, and counts the reading", async () => {
  expect((await learnerSide.getLearnerAssignment(learner, assignmentId))!.guidedOpened).toBe(0);
  const first = (await guided.guidedReadingView(learner, assignmentId))!;
  expect(first.openParagraphIds).toHaveLength(1);
  expect(first.paragraphCount).toBe(10);
  expect(first.finished).toBe(false);
  expect(first.check).not.toBeNull();
  // The learner's view of the question: no answer, no explanation, option ids that are not the engine's.
  expect(Object.keys(first.check!).sort()).toEqual(["input", "instruction", "language", "optionsLanguage", "prompt", "promptLanguage", "type", ...(first.check!.items ? ["items"] : []), "options"].sort());
  expect(first.check!.options!.every((o) => !["true", "false"].includes(o.id) && !o.id.startsWith("o-"))).toBe(true);

  let shownAnswers = 0;
  for (let step = 0; step < 30; step++) {
    const view = (await guided.guidedReadingView(learner, assignmentId))!;
    if (view.finished) break;
    const open = view.openParagraphIds.length;
    // The first check is answered right on purpose, the rest by tapping the first option, so
    // both paths run whatever the per-run ids (and so the questions drawn) are.
    const choice = step === 0 && view.check ? rightOption(view) : (view.check?.options?.[0]?.id ?? null);
    const result = unwrap(await guided.answerGuidedCheck(learner, assignmentId, choice));
    if (result.advanced) {
      expect((await guided.guidedReadingView(learner, assignmentId))!.openParagraphIds.length).toBe(Math.min(open + 1, 10));
      continue;
    }
    // A miss: the same paragraph stays; the same wrong choice again shows the answer and moves on.
    expect(result).toEqual({ correct: false, advanced: false, expected: null, finished: false });
    const again = unwrap(await guided.answerGuidedCheck(learner, assignmentId, choice));
    expect(again.advanced).toBe(true);
    expect(again.expected).toBeTruthy();
    shownAnswers++;
  }
  const done = (await guided.guidedReadingView(learner, assignmentId))!;
  expect(done.finished).toBe(true);
  expect(done.check).toBeNull();
  expect(shownAnswers).toBeLessThan(10);
  const progress = await db().readingProgress.findFirstOrThrow({ where: { userId: learner.id, articleId: "waic-2025" } });
  expect(progress.fraction).toBe(1);
  const view = (await learnerSide.getLearnerAssignment(learner, assignmentId))!;
  expect(view.work).toMatchObject({ readPercent: 100, progress: { status: "completed", done: true } });
  expect(view.guidedOpened).toBe(11); // one past the last of the 10 paragraphs: all read
  // Nothing more to answer once the article is read.
  expect(await guided.answerGuidedCheck(learner, assignmentId, null)).toEqual({ error: "not-found" });
});
