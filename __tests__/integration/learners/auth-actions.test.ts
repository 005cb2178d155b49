// The sign-up and sign-in forms' server actions: validation with localized error keys, nothing
// written on bad input, the rate limit on every sign-in path, and safe redirects.
import { closeAppDatabase, useSeededAppDatabase } from "../../helpers/app-database";
import { countRows, type TestDatabase } from "../../helpers/test-database";
import "../../helpers/learners";

let mockIp = "10.0.0.1";
jest.mock("next/headers", () => ({
  headers: async () => new Headers({ "x-songngu-client": mockIp }),
  cookies: async () => ({ toString: (): string => "", get: () => undefined, getAll: () => [], set: () => undefined, delete: () => undefined }),
}));

let testDb: TestDatabase;
let actions: typeof import("@/app/[locale]/(auth)/actions");

beforeAll(async () => {
  testDb = await useSeededAppDatabase();
  actions = await import("@/app/[locale]/(auth)/actions");
});

afterAll(() => closeAppDatabase(testDb));

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  return data;
};

/** The failure a form state holds (null after success or before the first submit). */
const failedOf = (state: unknown) => {
  const s = state as { ok: boolean; fieldErrors?: object; values?: object; code?: string; message?: string } | null;
  return s && !s.ok ? s : null;
};

const redirectOf = (error: unknown) => (error as { digest?: string }).digest?.split(";")[2];

describe("learner sign-up", () => {
  it("refuses bad input field by field and creates no user", async () => {
    const state = await actions.signUpLearnerAction("vi", null, form({ username: "ả", password: "short", name: "" }));
    expect(failedOf(state)?.fieldErrors).toEqual({ username: "usernameLength", password: "passwordLength" });
    expect(failedOf(state)?.values).toEqual({ username: "ả", name: "", next: "" });
    const bad = await actions.signUpLearnerAction("vi", null, form({ username: "lan nguyen", password: "long enough 1" }));
    expect(failedOf(bad)?.fieldErrors).toEqual({ username: "usernameCharacters" });
    expect((await countRows(testDb, ["User"])).User).toBe(0);
  });

  it("signs up, keeps the time zone, and goes to the requested page (only if it is ours)", async () => {
    const ok = await actions
      .signUpLearnerAction("en", null, form({ username: "Lan_2026", password: "long enough 1", timeZone: "Europe/London", next: "/en/articles/waic-2025/quiz" }))
      .catch((e: unknown) => e);
    expect(redirectOf(ok)).toBe("/en/articles/waic-2025/quiz");
    const { db } = await import("@/lib/server/platform/db");
    expect(await db().user.findUniqueOrThrow({ where: { username: "lan_2026" } })).toMatchObject({ timeZone: "Europe/London", role: "learner" });

    const evil = await actions.signUpLearnerAction("en", null, form({ username: "minh_2026", password: "long enough 1", next: "//evil.example/x" })).catch((e: unknown) => e);
    expect(redirectOf(evil)).toBe("/en/progress");
  });

  it("a taken username is reported on the field", async () => {
    const state = await actions.signUpLearnerAction("vi", null, form({ username: "LAN_2026", password: "long enough 1" }));
    expect(failedOf(state)?.fieldErrors).toEqual({ username: "usernameTaken" });
  });
});

describe("teacher sign-up", () => {
  it("needs a real email and a name; the account gets the teacher role", async () => {
    const state = await actions.signUpTeacherAction("vi", null, form({ email: "x@username.placeholder.invalid", name: "", password: "long enough 1" }));
    expect(failedOf(state)?.fieldErrors).toEqual({ email: "emailInvalid", name: "nameRequired" });
    const ok = await actions.signUpTeacherAction("vi", null, form({ email: "co.ha@school.edu.vn", name: "Cô Hà", password: "long enough 1" })).catch((e: unknown) => e);
    // A teacher's home is their classes.
    expect(redirectOf(ok)).toBe("/vi/classes");
    const { db } = await import("@/lib/server/platform/db");
    expect(await db().user.findUniqueOrThrow({ where: { email: "co.ha@school.edu.vn" } })).toMatchObject({ role: "teacher", name: "Cô Hà", username: null });
  });
});

describe("sign-in", () => {
  it("accepts a username or an email, and says nothing about which part was wrong", async () => {
    mockIp = "10.0.0.2";
    expect(redirectOf(await actions.signInAction("vi", null, form({ identifier: "lan_2026", password: "long enough 1" })).catch((e: unknown) => e))).toBe("/vi/progress");
    expect(redirectOf(await actions.signInAction("vi", null, form({ identifier: "co.ha@school.edu.vn", password: "long enough 1" })).catch((e: unknown) => e))).toBe("/vi/classes");
    expect(failedOf(await actions.signInAction("vi", null, form({ identifier: "lan_2026", password: "wrong one" })))).toMatchObject({ code: "invalid-credentials", message: "Tên đăng nhập/email hoặc mật khẩu không đúng." });
    expect(failedOf(await actions.signInAction("vi", null, form({ identifier: "nobody_here", password: "wrong one" })))).toMatchObject({ code: "invalid-credentials", message: "Tên đăng nhập/email hoặc mật khẩu không đúng." });
    expect(failedOf(await actions.signInAction("vi", null, form({ identifier: "", password: "" })))?.fieldErrors).toEqual({ identifier: "identifierRequired", password: "passwordRequired" });
  });

  it("makes an account wait after five wrong passwords from an address, the right one included, and says how long", async () => {
    mockIp = "10.0.0.3";
    for (let i = 0; i < 5; i++) {
      expect(failedOf(await actions.signInAction("vi", null, form({ identifier: "lan_2026", password: `guess ${i}` })))).toMatchObject({ code: "invalid-credentials", message: "Tên đăng nhập/email hoặc mật khẩu không đúng." });
    }
    expect(failedOf(await actions.signInAction("vi", null, form({ identifier: "LAN_2026", password: "long enough 1" })))).toMatchObject({
      code: "sign-in-paused",
      // The wait counts from the fifth wrong password: 15 s then, a second or two less on a busy machine.
      message: expect.stringMatching(/^Tài khoản này đã nhập sai mật khẩu quá nhiều lần\. Hãy thử lại sau 1[0-5] giây, hoặc nhờ giáo viên mở khóa\.$/),
    });
    expect(failedOf(await actions.signInAction("en", null, form({ identifier: "lan_2026", password: "long enough 1" })))?.message).toMatch(
      /^Too many wrong passwords for this account\. Try again in 1[0-5] seconds, or ask your teacher to unlock it\.$/,
    );
    // Another address is not made to wait, and the right password there clears the wait everywhere.
    mockIp = "10.0.0.4";
    expect(redirectOf(await actions.signInAction("vi", null, form({ identifier: "lan_2026", password: "long enough 1" })).catch((e: unknown) => e))).toBe("/vi/progress");
    mockIp = "10.0.0.3";
    expect(redirectOf(await actions.signInAction("vi", null, form({ identifier: "lan_2026", password: "long enough 1" })).catch((e: unknown) => e))).toBe("/vi/progress");
  });

  it("doubles the wait with each further wrong password, up to 15 minutes, and forgets a day later", async () => {
    const { claimSignInTry, signInPausedUntil } = await import("@/lib/server/platform/limits");
    const { db } = await import("@/lib/server/platform/db");
    const t0 = new Date("2026-03-01T08:00:00Z");
    const at = (s: number) => new Date(t0.getTime() + s * 1000);
    for (let i = 0; i < 5; i++) expect(await claimSignInTry(db(), "hoa", "10.1.1.1", t0)).toBe(0);
    expect(await claimSignInTry(db(), "hoa", "10.1.1.1", at(1))).toBe(14);
    // Waiting does not add to the count: only tries let through do.
    expect(await claimSignInTry(db(), "hoa", "10.1.1.1", at(15))).toBe(0);
    expect(await claimSignInTry(db(), "hoa", "10.1.1.1", at(16))).toBe(29);
    expect((await signInPausedUntil(db(), ["hoa", "nobody"], at(16))).get("hoa")).toEqual(at(45));
    let now = 45;
    const waits: number[] = [];
    for (let i = 0; i < 8; i++) {
      expect(await claimSignInTry(db(), "hoa", "10.1.1.1", at(now))).toBe(0);
      const wait = await claimSignInTry(db(), "hoa", "10.1.1.1", at(now));
      waits.push(wait);
      now += wait;
    }
    expect(waits).toEqual([60, 120, 240, 480, 900, 900, 900, 900]);
    expect(await claimSignInTry(db(), "hoa", "10.1.1.1", at(now + 24 * 3600))).toBe(0);
    expect(await claimSignInTry(db(), "hoa", "10.1.1.1", at(now + 24 * 3600))).toBe(0);
  });

  it("lets only the free wrong passwords through when many arrive at once", async () => {
    mockIp = "10.0.0.5";
    const results = await Promise.all(Array.from({ length: 12 }, (_, i) => actions.signInAction("vi", null, form({ identifier: "lan_2026", password: `burst ${i}` }))));
    const codes = results.map((r) => failedOf(r)?.code);
    expect(codes.filter((c) => c === "invalid-credentials")).toHaveLength(5);
    expect(codes.filter((c) => c === "sign-in-paused")).toHaveLength(7);
  });

  it("counts per address across accounts too", async () => {
    const { consumeAttempt, signInLimits } = await import("@/lib/server/platform/limits");
    const { db } = await import("@/lib/server/platform/db");
    const t0 = new Date("2026-01-01T00:00:00Z");
    const { env } = await import("@/lib/env");
    const results = [];
    for (let i = 0; i <= env.AUTH_LIMIT_PER_IP; i++) results.push(await consumeAttempt(db(), signInLimits("10.9.9.9"), t0));
    expect(results.filter((r) => !r)).toHaveLength(1);
    expect(results.at(-1)).toBe(false);
    // A new window starts after 10 minutes.
    expect(await consumeAttempt(db(), signInLimits("10.9.9.9"), new Date(t0.getTime() + 10 * 60_000))).toBe(true);
  });
});
