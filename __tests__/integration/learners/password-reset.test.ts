// Forgotten passwords: a teacher's one-time code for a pupil on their roster, a teacher's link
// by email (to the log here: no SMTP_URL), the wait after wrong passwords and the teacher's
// unlock. Real auth library, real database; the only stand-ins are Next's request headers.
import { closeAppDatabase, useSeededAppDatabase } from "../../helpers/app-database";
import { signUpLearner, signUpTeacher, type TestLearner } from "../../helpers/learners";
import { tableContents, type TestDatabase } from "../../helpers/test-database";
import { unwrap } from "@/lib/server/platform/errors";

let mockIp = "10.2.0.1";
jest.mock("next/headers", () => ({
  headers: async () => new Headers({ "x-songngu-client": mockIp }),
  cookies: async () => ({ toString: (): string => "", get: () => undefined, getAll: () => [], set: () => undefined, delete: () => undefined }),
}));

type Actor = import("@/lib/server/platform/actor").Actor;

let testDb: TestDatabase;
let classes: typeof import("@/lib/server/teaching/classes");
let actions: typeof import("@/app/[locale]/(auth)/actions");
let auth: typeof import("@/lib/server/platform/auth").auth;
let teacher: TestLearner;
let otherTeacher: TestLearner;
let lan: TestLearner;
let minh: TestLearner;
let classId: string;

const asTeacher = (u: TestLearner): Actor => ({ id: u.id, role: "teacher" });
const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  return data;
};
const redirectOf = (error: unknown) => (error as { digest?: string }).digest?.split(";")[2];
const failedOf = (state: unknown) => {
  const s = state as { ok: boolean; code?: string; message?: string; fieldErrors?: object } | null;
  return s && !s.ok ? s : null;
};
const signInWorks = async (identifier: string, password: string) => {
  const { signIn } = await import("@/lib/server/platform/accounts");
  return "ok" in (await signIn(identifier, password, new Headers({ "x-songngu-client": "10.2.9.9" })));
};

beforeAll(async () => {
  testDb = await useSeededAppDatabase();
  classes = await import("@/lib/server/teaching/classes");
  actions = await import("@/app/[locale]/(auth)/actions");
  ({ auth } = await import("@/lib/server/platform/auth"));
  teacher = await signUpTeacher("Cô Hà", "ha@school.edu.vn");
  otherTeacher = await signUpTeacher("Thầy Nam", "nam@school.edu.vn");
  lan = await signUpLearner("lan");
  minh = await signUpLearner("minh");
  classId = unwrap(await classes.createClass(asTeacher(teacher), { name: "Lớp Đọc", level: null })).id;
  const { joinCode } = (await classes.getTeacherClass(asTeacher(teacher), classId))!;
  for (const learner of [lan, minh]) await classes.joinClass({ id: learner.id, role: "learner" }, joinCode);
});

afterAll(() => closeAppDatabase(testDb));

describe("a teacher's reset code for a pupil", () => {
  it("is made only by the class's teacher, for a learner on the roster, and nobody else writes anything", async () => {
    const before = await tableContents(testDb, ["Verification"]);
    expect(await classes.resetLearnerPassword(asTeacher(otherTeacher), classId, lan.id)).toEqual({ error: "not-found" });
    expect(await classes.resetLearnerPassword({ id: minh.id, role: "learner" }, classId, lan.id)).toEqual({ error: "not-found" });
    expect(await classes.resetLearnerPassword({ id: lan.id, role: "teacher" }, classId, lan.id)).toEqual({ error: "not-found" });
    expect(await classes.resetLearnerPassword(asTeacher(teacher), classId, otherTeacher.id)).toEqual({ error: "not-found" });
    expect(await classes.unlockLearnerSignIn(asTeacher(otherTeacher), classId, lan.id)).toEqual({ error: "not-found" });
    expect(await tableContents(testDb, ["Verification"])).toEqual(before);
  });

  it("sets a new password once, for that username only, ends the old sessions and signs the pupil in", async () => {
    const now = new Date();
    const first = unwrap(await classes.resetLearnerPassword(asTeacher(teacher), classId, lan.id, now));
    expect(first.code).toMatch(/^[2-9A-HJKMNP-Z]{8}$/);
    expect(first.expiresAt.getTime() - now.getTime()).toBe(24 * 3600_000);
    // A newer code replaces it.
    const issued = unwrap(await classes.resetLearnerPassword(asTeacher(teacher), classId, lan.id));
    expect(failedOf(await actions.resetWithCodeAction("vi", null, form({ username: "lan", code: first.code, password: "new secret 1" })))).toMatchObject({ code: "reset-code-invalid" });
    // Lan's code does not work for Minh, and a malformed one is a field error.
    expect(failedOf(await actions.resetWithCodeAction("en", null, form({ username: "minh", code: issued.code, password: "new secret 1" })))).toMatchObject({
      code: "reset-code-invalid",
      message: expect.stringContaining("does not work for this username"),
    });
    expect(failedOf(await actions.resetWithCodeAction("vi", null, form({ username: "lan", code: "K7MQ-2XH0", password: "new secret 1" })))?.fieldErrors).toEqual({ code: "codeInvalid" });
    expect(await signInWorks("lan", "correct horse 1")).toBe(true);

    // Typed in lower case with a space, as pupils do.
    const typed = `${issued.code.slice(0, 4).toLowerCase()} ${issued.code.slice(4)}`;
    const done = await actions.resetWithCodeAction("vi", null, form({ username: "LAN", code: typed, password: "new secret 1" })).catch((e: unknown) => e);
    expect(redirectOf(done)).toBe("/vi/progress");
    expect(await signInWorks("lan", "correct horse 1")).toBe(false);
    expect(await signInWorks("lan", "new secret 1")).toBe(true);
    // The session Lan had before the reset is gone.
    expect(await auth().api.getSession({ headers: new Headers({ cookie: lan.cookie }) })).toBeNull();
    // Used up.
    expect(failedOf(await actions.resetWithCodeAction("vi", null, form({ username: "lan", code: issued.code, password: "another one 1" })))).toMatchObject({ code: "reset-code-invalid" });
  });

  it("stops working after a day", async () => {
    const old = unwrap(await classes.resetLearnerPassword(asTeacher(teacher), classId, minh.id, new Date(Date.now() - 24 * 3600_000 - 1000)));
    expect(failedOf(await actions.resetWithCodeAction("vi", null, form({ username: "minh", code: old.code, password: "new secret 1" })))).toMatchObject({ code: "reset-code-invalid" });
    expect(await signInWorks("minh", "correct horse 1")).toBe(true);
  });

  it("a classmate's wrong codes from other addresses do not block the pupil's right one", async () => {
    const { code } = unwrap(await classes.resetLearnerPassword(asTeacher(teacher), classId, minh.id));
    for (let i = 0; i < 12; i++) {
      mockIp = `10.2.1.${i}`;
      expect(failedOf(await actions.resetWithCodeAction("en", null, form({ username: "minh", code: "ABCD-2345", password: "guess guess 1" })))).toMatchObject({ code: "reset-code-invalid" });
    }
    mockIp = "10.2.1.99";
    expect(redirectOf(await actions.resetWithCodeAction("en", null, form({ username: "minh", code, password: "minh again 1" })).catch((e: unknown) => e))).toBe("/en/progress");
    expect(await signInWorks("minh", "minh again 1")).toBe(true);
  });

  it("made twice at once leaves one live code", async () => {
    const both = await Promise.all([0, 1].map(() => classes.resetLearnerPassword(asTeacher(teacher), classId, lan.id)));
    expect(both.every((r) => "code" in r)).toBe(true);
    const rows = (await tableContents(testDb, ["Verification"])).Verification as { identifier: string; value: string }[];
    expect(rows.filter((row) => row.identifier.startsWith("reset-password:") && row.value === lan.id)).toHaveLength(1);
  });

  it("is refused for a removed learner, and a code made before the removal stops working", async () => {
    const before = unwrap(await classes.resetLearnerPassword(asTeacher(teacher), classId, minh.id));
    expect(await classes.removeLearner(asTeacher(teacher), classId, minh.id)).toEqual({ ok: true });
    mockIp = "10.2.1.98";
    expect(failedOf(await actions.resetWithCodeAction("en", null, form({ username: "minh", code: before.code, password: "taken over 1" })))).toMatchObject({ code: "reset-code-invalid" });
    expect(await signInWorks("minh", "minh again 1")).toBe(true);
    expect(await classes.resetLearnerPassword(asTeacher(teacher), classId, minh.id)).toEqual({ error: "not-found" });
    expect(await classes.unlockLearnerSignIn(asTeacher(teacher), classId, minh.id)).toEqual({ error: "not-found" });
    expect(await classes.readmitLearner(asTeacher(teacher), classId, minh.id)).toEqual({ ok: true });
  });
});

describe("the wait after wrong passwords, on the roster", () => {
  it("shows on the teacher's roster until the teacher unlocks it", async () => {
    mockIp = "10.2.0.7";
    for (let i = 0; i < 5; i++) await actions.signInAction("vi", null, form({ identifier: "minh", password: `guess ${i}` }));
    expect(failedOf(await actions.signInAction("vi", null, form({ identifier: "minh", password: "minh again 1" })))).toMatchObject({ code: "sign-in-paused" });
    // The pupil's placeholder address is the same account: no second allowance of free guesses.
    expect(failedOf(await actions.signInAction("vi", null, form({ identifier: "MINH@username.placeholder.invalid", password: "guess 6" })))).toMatchObject({ code: "sign-in-paused" });
    const roster = (await classes.getTeacherClass(asTeacher(teacher), classId))!.learners;
    const paused = roster.find((l) => l.id === minh.id)!.signInPausedUntil!;
    expect(paused.getTime() - Date.now()).toBeGreaterThan(10_000);
    expect(roster.find((l) => l.id === lan.id)!.signInPausedUntil).toBeNull();
    expect(await classes.unlockLearnerSignIn(asTeacher(teacher), classId, minh.id)).toEqual({ ok: true });
    expect((await classes.getTeacherClass(asTeacher(teacher), classId))!.learners.find((l) => l.id === minh.id)!.signInPausedUntil).toBeNull();
    expect(redirectOf(await actions.signInAction("vi", null, form({ identifier: "minh", password: "minh again 1" })).catch((e: unknown) => e))).toBe("/vi/progress");
  });
});

describe("a teacher's reset link by email", () => {
  const mailed: string[] = [];
  let spy: jest.SpyInstance;
  beforeEach(() => {
    mailed.length = 0;
    spy = jest.spyOn(console, "info").mockImplementation((line: string) => void mailed.push(line));
  });
  afterEach(() => spy.mockRestore());

  const mail = () => mailed.filter((l) => l.startsWith("[mail] ")).map((l) => JSON.parse(l.slice(7)) as { to: string; subject: string; text: string });

  it("answers the same for any address, and mails only a teacher's", async () => {
    mockIp = "10.2.0.20";
    for (const email of ["nobody@school.edu.vn", "lan@username.placeholder.invalid", "ha@school.edu.vn"]) {
      expect(await actions.requestResetLinkAction("vi", null, form({ email }))).toEqual({ ok: true });
    }
    const sent = mail();
    expect(sent.map((m) => m.to)).toEqual(["ha@school.edu.vn"]);
    expect(sent[0]!.subject).toBe("Đặt lại mật khẩu Song Ngữ");
    expect(sent[0]!.text).toContain("Chào Cô Hà");
    expect(sent[0]!.text).toMatch(/http:\/\/localhost:3000\/vi\/reset-password\?token=[A-Za-z0-9_-]{32}/);
    expect(failedOf(await actions.requestResetLinkAction("vi", null, form({ email: "not an email" })))?.fieldErrors).toEqual({ email: "emailInvalid" });
  });

  it("sets the new password once from the link and signs the teacher in; a flood of requests is stopped", async () => {
    mockIp = "10.2.0.21";
    await actions.requestResetLinkAction("en", null, form({ email: "ha@school.edu.vn" }));
    const [message] = mail();
    expect(message!.subject).toBe("Reset your Song Ngữ password");
    const token = /token=([A-Za-z0-9_-]+)/.exec(message!.text)![1]!;
    expect(failedOf(await actions.resetWithLinkAction("en", null, form({ token: "x", password: "teacher new 1" })))).toMatchObject({ code: "reset-link-invalid" });
    expect(failedOf(await actions.resetWithLinkAction("en", null, form({ token, password: "short" })))?.fieldErrors).toEqual({ password: "passwordLength" });
    expect(redirectOf(await actions.resetWithLinkAction("en", null, form({ token, password: "teacher new 1" })).catch((e: unknown) => e))).toBe("/en/classes");
    expect(await signInWorks("ha@school.edu.vn", "teacher new 1")).toBe(true);
    expect(failedOf(await actions.resetWithLinkAction("en", null, form({ token, password: "teacher new 2" })))).toMatchObject({ code: "reset-link-invalid" });
    // Three requests in ten minutes for one address (one came in the test before), then no more mail.
    expect(await actions.requestResetLinkAction("en", null, form({ email: "ha@school.edu.vn" }))).toEqual({ ok: true });
    expect(failedOf(await actions.requestResetLinkAction("en", null, form({ email: "ha@school.edu.vn" })))).toMatchObject({ code: "too-many-requests" });
    expect(mail()).toHaveLength(2);
  });
});
