// Who may see and change what, through every door: the services (with the actor passed in), the
// server actions and pages (with a session cookie in the request) and the CSV route. Teacher B
// against teacher A's class, a learner against teacher pages and actions, a learner of class Y
// against class X's assignment, a removed learner. Every refusal writes nothing.
import { closeAppDatabase, useSeededAppDatabase } from "../../helpers/app-database";
import { assignmentFields, assignmentInput } from "../../helpers/classes";
import { signUpLearner, signUpTeacher, type TestLearner } from "../../helpers/learners";
import { tableContents, type TestDatabase } from "../../helpers/test-database";
import { unwrap } from "@/lib/server/platform/errors";

let mockCookie = "";
jest.mock("next/headers", () => ({
  headers: async () => new Headers({ cookie: mockCookie }),
  cookies: async () => ({ toString: (): string => mockCookie, get: () => undefined, getAll: () => [], set: () => undefined, delete: () => undefined }),
}));
jest.mock("next/cache", () => ({ revalidatePath: () => undefined }));

type Actor = import("@/lib/server/platform/actor").Actor;
type Services = typeof import("@/lib/server/teaching/classes") &
  typeof import("@/lib/server/teaching/assignments") &
  typeof import("@/lib/server/teaching/learner-assignments") &
  typeof import("@/lib/server/teaching/dashboard") &
  typeof import("@/lib/server/teaching/guided-reading") &
  typeof import("@/lib/server/teaching/export");

const TABLES = ["Class", "Enrollment", "Assignment", "GuidedReading", "Quiz", "Attempt", "ReadingProgress", "Verification"];

let testDb: TestDatabase;
let s: Services;
let teacherA: TestLearner;
let teacherB: TestLearner;
let learnerX: TestLearner;
let learnerY: TestLearner;
let removed: TestLearner;
let classX: string;
let assignmentX: string;
let draftX: string;

const asTeacher = (u: TestLearner): Actor => ({ id: u.id, role: "teacher" });
const asLearner = (u: TestLearner): Actor => ({ id: u.id, role: "learner" });
const snapshot = () => tableContents(testDb, TABLES);
/** What a server action or page did: "not-found", a redirect's path, or its return value. */
const outcome = async (run: () => Promise<unknown>) => {
  try {
    return { value: await run() };
  } catch (error) {
    const digest = String((error as { digest?: string }).digest ?? "");
    if (digest.startsWith("NEXT_HTTP_ERROR_FALLBACK;404")) return "not-found";
    if (digest.startsWith("NEXT_REDIRECT")) return { redirect: digest.split(";")[2] };
    throw error;
  }
};
const form = (fields: Record<string, string | string[]>) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) for (const one of [v].flat()) f.append(k, one);
  return f;
};
const assignmentForm = assignmentFields({ guidedReading: "on" });

beforeAll(async () => {
  testDb = await useSeededAppDatabase();
  s = {
    ...(await import("@/lib/server/teaching/classes")),
    ...(await import("@/lib/server/teaching/assignments")),
    ...(await import("@/lib/server/teaching/learner-assignments")),
    ...(await import("@/lib/server/teaching/dashboard")),
    ...(await import("@/lib/server/teaching/guided-reading")),
    ...(await import("@/lib/server/teaching/export")),
  };
  teacherA = await signUpTeacher("Thầy An", "an@school.edu.vn");
  teacherB = await signUpTeacher("Cô Bình", "binh@school.edu.vn");
  learnerX = await signUpLearner("hoc_vien_x");
  learnerY = await signUpLearner("hoc_vien_y");
  removed = await signUpLearner("da_roi_lop");
  classX = unwrap(await s.createClass(asTeacher(teacherA), { name: "Lớp X", level: null })).id;
  const classY = unwrap(await s.createClass(asTeacher(teacherB), { name: "Lớp Y", level: null })).id;
  const codeX = (await s.getTeacherClass(asTeacher(teacherA), classX))!.joinCode;
  const codeY = (await s.getTeacherClass(asTeacher(teacherB), classY))!.joinCode;
  await s.joinClass(asLearner(learnerX), codeX);
  await s.joinClass(asLearner(removed), codeX);
  await s.joinClass(asLearner(learnerY), codeY);
  await s.removeLearner(asTeacher(teacherA), classX, removed.id);
  assignmentX = unwrap(await s.createAssignment(asTeacher(teacherA), classX, assignmentInput({ guidedReading: "on" }))).id;
  await s.saveQuestionChoices(asTeacher(teacherA), assignmentX, [], false);
  const bank = (await s.assignmentBank(asTeacher(teacherA), assignmentX))!;
  await s.saveQuestionChoices(asTeacher(teacherA), assignmentX, bank.map((q) => q.id), true);
  draftX = unwrap(await s.createAssignment(asTeacher(teacherA), classX, assignmentInput({ guidedReading: "on" }))).id;
});

afterAll(() => closeAppDatabase(testDb));

describe("services", () => {
  it("teacher B neither sees nor changes teacher A's class and assignments", async () => {
    const before = await snapshot();
    const b = asTeacher(teacherB);
    expect(await s.getTeacherClass(b, classX)).toBeNull();
    expect((await s.listTeacherClasses(b)).map((c) => c.name)).toEqual(["Lớp Y"]);
    expect(await s.removeLearner(b, classX, learnerX.id)).toEqual({ error: "not-found" });
    expect(await s.readmitLearner(b, classX, removed.id)).toEqual({ error: "not-found" });
    expect(await s.resetLearnerPassword(b, classX, learnerX.id)).toEqual({ error: "not-found" });
    expect(await s.unlockLearnerSignIn(b, classX, learnerX.id)).toEqual({ error: "not-found" });
    expect(await s.setClassArchived(b, classX, true)).toEqual({ error: "not-found" });
    expect(await s.renewJoinCode(b, classX)).toEqual({ error: "not-found" });
    expect(await s.createAssignment(b, classX, assignmentInput({ guidedReading: "on" }))).toEqual({ error: "not-found" });
    expect(await s.getTeacherAssignment(b, assignmentX)).toBeNull();
    expect(await s.assignmentBank(b, draftX)).toBeNull();
    expect(await s.saveQuestionChoices(b, draftX, [], true)).toEqual({ error: "not-found" });
    expect(await s.deleteDraftAssignment(b, draftX)).toEqual({ error: "not-found" });
    expect(await s.setAssignmentDue(b, assignmentX, new Date("2030-01-01T00:00:00Z"))).toEqual({ error: "not-found" });
    expect(await s.assignmentDashboard(b, assignmentX)).toBeNull();
    expect(await s.assignmentResultsCsv(b, assignmentX, "vi")).toBeNull();
    expect(await snapshot()).toEqual(before);
  });

  it("a learner can use none of the teacher services, even on their own class", async () => {
    const before = await snapshot();
    const x = asLearner(learnerX);
    expect(await s.createClass(x, { name: "Lớp giả", level: null })).toEqual({ error: "not-found" });
    expect(await s.listTeacherClasses(x)).toEqual([]);
    expect(await s.getTeacherClass(x, classX)).toBeNull();
    expect(await s.removeLearner(x, classX, learnerX.id)).toEqual({ error: "not-found" });
    expect(await s.readmitLearner(x, classX, removed.id)).toEqual({ error: "not-found" });
    expect(await s.readmitLearner(asLearner(removed), classX, removed.id)).toEqual({ error: "not-found" });
    expect(await s.setClassArchived(x, classX, true)).toEqual({ error: "not-found" });
    expect(await s.createAssignment(x, classX, assignmentInput({ guidedReading: "on" }))).toEqual({ error: "not-found" });
    expect(await s.saveQuestionChoices(x, draftX, [], true)).toEqual({ error: "not-found" });
    expect(await s.assignmentDashboard(x, assignmentX)).toBeNull();
    // A learner who claims to be a teacher in the actor gets nothing either: the query needs the class's teacherId.
    expect(await s.getTeacherClass({ id: learnerX.id, role: "teacher" }, classX)).toBeNull();
    expect(await snapshot()).toEqual(before);
  });

  it("a learner of class Y, a removed learner and a teacher cannot open class X's assignment", async () => {
    const before = await snapshot();
    for (const actor of [asLearner(learnerY), asLearner(removed), asTeacher(teacherA)]) {
      expect(await s.getLearnerAssignment(actor, assignmentX)).toBeNull();
      expect(await s.startAssignmentQuiz(actor, assignmentX)).toEqual({ error: "not-found" });
      expect(await s.guidedReadingView(actor, assignmentX)).toBeNull();
      expect(await s.answerGuidedCheck(actor, assignmentX, null)).toEqual({ error: "not-found" });
    }
    expect(await s.listLearnerAssignments(asLearner(learnerY))).toEqual([]);
    expect(await s.listLearnerAssignments(asLearner(removed))).toEqual([]);
    // Nor can the removed learner come back by the join code.
    const { joinCode } = (await s.getTeacherClass(asTeacher(teacherA), classX))!;
    expect(await s.joinClass(asLearner(removed), joinCode)).toEqual({ error: "removed-from-class" });
    // Drafts are not shown to the class either.
    expect((await s.listLearnerAssignments(asLearner(learnerX))).map((a) => a.id)).toEqual([assignmentX]);
    expect(await s.getLearnerAssignment(asLearner(learnerX), draftX)).toBeNull();
    expect(await snapshot()).toEqual(before);
  });

  it("a learner's view of an assignment carries only their own work and no question ids", async () => {
    const x = asLearner(learnerX);
    const started = unwrap(await s.startAssignmentQuiz(x, assignmentX));
    const view = (await s.getLearnerAssignment(x, assignmentX))!;
    expect(view.work.inProgressAttemptId).toBe(started.attemptId);
    expect(view.settings.questionIds).toEqual([]);
    expect(JSON.stringify(view)).not.toContain(learnerY.id);
    // Another learner of another class does not see X's attempt through their own list.
    expect(JSON.stringify(await s.listLearnerAssignments(asLearner(learnerY)))).not.toContain(started.attemptId);
  });
});

describe("server actions and pages, with a session cookie", () => {
  it("teacher B's posts against class X are refused and write nothing", async () => {
    const classes = await import("@/app/[locale]/classes/actions");
    mockCookie = teacherB.cookie;
    const before = await snapshot();
    expect(await outcome(() => classes.removeLearnerAction("vi", classX, form({ learnerId: learnerX.id })))).toBe("not-found");
    expect(await outcome(() => classes.readmitLearnerAction("vi", classX, form({ learnerId: removed.id })))).toBe("not-found");
    expect(await outcome(() => classes.unlockLearnerAction("vi", classX, form({ learnerId: learnerX.id })))).toBe("not-found");
    expect(await outcome(() => classes.resetLearnerPasswordAction("vi", classX, null, form({ learnerId: learnerX.id })))).toMatchObject({ value: { ok: false, code: "not-found" } });
    expect(await outcome(() => classes.setClassArchivedAction("vi", classX, true))).toBe("not-found");
    expect(await outcome(() => classes.renewJoinCodeAction("vi", classX))).toBe("not-found");
    expect(await outcome(() => classes.deleteDraftAction("vi", classX, draftX))).toBe("not-found");
    expect(await outcome(() => classes.createAssignmentAction("vi", classX, null, form(assignmentForm)))).toMatchObject({ value: { ok: false, code: "not-found" } });
    expect(await outcome(() => classes.saveQuestionsAction("vi", classX, draftX, null, form({ intent: "publish", questionId: [] })))).toMatchObject({ value: { ok: false, code: "not-found" } });
    expect(await outcome(() => classes.setDueAction("vi", classX, assignmentX, null, form({ dueAt: "2030-01-01T10:00", timeZone: "UTC" })))).toMatchObject({ value: { ok: false, code: "not-found" } });
    expect(await snapshot()).toEqual(before);
  });

  it("a learner's posts to teacher actions are refused, and teacher pages are not found for them", async () => {
    const classes = await import("@/app/[locale]/classes/actions");
    const { requirePageUser } = await import("@/lib/server/platform/session");
    mockCookie = learnerX.cookie;
    const before = await snapshot();
    expect(await outcome(() => classes.createClassAction("vi", null, form({ name: "Lớp của học viên" })))).toMatchObject({ value: { ok: false, code: "not-found" } });
    expect(await outcome(() => classes.removeLearnerAction("vi", classX, form({ learnerId: learnerX.id })))).toBe("not-found");
    expect(await outcome(() => classes.readmitLearnerAction("vi", classX, form({ learnerId: removed.id })))).toBe("not-found");
    expect(await outcome(() => classes.resetLearnerPasswordAction("vi", classX, null, form({ learnerId: learnerX.id })))).toMatchObject({ value: { ok: false, code: "not-found" } });
    expect(await outcome(() => classes.setClassArchivedAction("vi", classX, true))).toBe("not-found");
    expect(await outcome(() => requirePageUser("vi", `/classes/${classX}`, "teacher"))).toBe("not-found");
    // And a teacher is not found on learner pages; nobody signed in is sent to sign in.
    mockCookie = teacherA.cookie;
    expect(await outcome(() => requirePageUser("en", "/assignments", "learner"))).toBe("not-found");
    mockCookie = "";
    expect(await outcome(() => requirePageUser("en", "/classes", "teacher"))).toEqual({ redirect: "/en/sign-in?next=%2Fen%2Fclasses" });
    expect(await snapshot()).toEqual(before);
  });

  it("a visitor hears that a code leads nowhere before being sent to sign up for it", async () => {
    const { joinClassAction } = await import("@/app/[locale]/join/actions");
    const { joinCode } = (await s.getTeacherClass(asTeacher(teacherA), classX))!;
    mockCookie = "";
    expect(await outcome(() => joinClassAction("en", null, form({ code: "ABC 123" })))).toMatchObject({
      value: { ok: false, code: "code-unknown", message: "No class has this code. Ask your teacher again." },
    });
    expect(await outcome(() => joinClassAction("en", null, form({ code: joinCode.toLowerCase() })))).toEqual({
      redirect: `/en/sign-up?next=${encodeURIComponent(`/en/join/${joinCode}`)}`,
    });
  });

  it("a removed learner's join by code is refused in their language and writes nothing", async () => {
    const { joinClassAction } = await import("@/app/[locale]/join/actions");
    const { joinCode } = (await s.getTeacherClass(asTeacher(teacherA), classX))!;
    mockCookie = removed.cookie;
    const before = await snapshot();
    expect(await outcome(() => joinClassAction("vi", null, form({ code: joinCode })))).toMatchObject({
      value: { ok: false, code: "removed-from-class", message: "Giáo viên đã đưa bạn ra khỏi lớp này. Hãy nhờ giáo viên cho bạn vào lại lớp." },
    });
    expect(await snapshot()).toEqual(before);
  });

  it("a learner of class Y cannot start class X's quiz or answer its guided reading", async () => {
    const learner = await import("@/app/[locale]/assignments/actions");
    mockCookie = learnerY.cookie;
    const before = await snapshot();
    expect(await outcome(() => learner.startAssignmentQuizAction("vi", assignmentX))).toBe("not-found");
    expect(await outcome(() => learner.answerGuidedAction("vi", assignmentX, null, form({ optionId: "abc" })))).toEqual({ value: { ok: false, code: "not-found" } });
    expect(await outcome(() => learner.answerGuidedAction("vi", "../../etc", null, form({})))).toBe("not-found");
    expect(await snapshot()).toEqual(before);
  });
});

describe("the CSV route", () => {
  const get = async (cookie: string, query = "") => {
    const { GET } = await import("@/app/api/assignments/[id]/results/route");
    return GET(new Request(`http://localhost/api/assignments/${assignmentX}/results?locale=en${query}`, { headers: { cookie, "accept-language": "en" } }), {
      params: Promise.resolve({ id: assignmentX }),
    });
  };

  it("answers 401 without a session and 404 to teacher B and to learners", async () => {
    expect((await get("")).status).toBe(401);
    for (const who of [teacherB, learnerX, learnerY]) {
      const res = await get(who.cookie);
      expect(res.status).toBe(404);
      expect(await res.json()).toMatchObject({ error: "not-found" });
    }
  });

  it("gives the class's teacher a CSV file named after the class (a quiz under way counts as started)", async () => {
    const res = await get(teacherA.cookie);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toBe('attachment; filename="lop-x-waic-2025.csv"');
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(await res.arrayBuffer());
    expect(text.split("\r\n")[1]).toMatch(/^hoc_vien_x,hoc_vien_x,0,0,,No,No,Reading/);
    // ?sep=semicolon for Excel with Vietnamese settings; anything else is refused.
    const semi = await get(teacherA.cookie, "&sep=semicolon");
    expect(new TextDecoder("utf-8", { ignoreBOM: true }).decode(await semi.arrayBuffer()).split("\r\n")[1]).toMatch(/^hoc_vien_x;hoc_vien_x;0;0;;No;No;Reading/);
    expect((await get(teacherA.cookie, "&sep=tab")).status).toBe(400);
  });
});
