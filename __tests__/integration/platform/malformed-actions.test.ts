// Server actions and the proxy in front of them, posted what this site's pages never send:
// every action, given arguments of the wrong kind, answers "not found" or a failure state and
// writes nothing (never an exception, which Next.js turns into a 500 with a stack); the proxy
// refuses bodies that are too large or are not JSON with a localized 4xx.
import { NextRequest } from "next/server";
import { closeAppDatabase, useSeededAppDatabase } from "../../helpers/app-database";
import { signUpTeacher, type TestLearner } from "../../helpers/learners";
import { tableContents, type TestDatabase } from "../../helpers/test-database";

let mockCookie = "";
jest.mock("next/headers", () => ({
  headers: async () => new Headers({ cookie: mockCookie }),
  cookies: async () => ({ toString: (): string => mockCookie, get: () => undefined, getAll: () => [], set: () => undefined, delete: () => undefined }),
}));
jest.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const TABLES = ["User", "Class", "Enrollment", "Assignment", "Quiz", "Attempt", "Answer", "ReviewCard", "ReadingProgress"];
const MODULES = [
  "@/app/[locale]/(auth)/actions",
  "@/app/[locale]/articles/[slug]/quiz/actions",
  "@/app/[locale]/attempts/[attemptId]/actions",
  "@/app/[locale]/assignments/actions",
  "@/app/[locale]/classes/actions",
  "@/app/[locale]/join/actions",
  "@/app/[locale]/review/actions",
];

/** Argument lists of the wrong kinds: missing, objects for strings, strings for forms, huge. */
const GARBAGE: unknown[][] = [
  [],
  [{}],
  ["en", null, {}],
  ["en", "x", { get: "not a function" }],
  [{ toString: null }, [], "form"],
  ["vi", "../../etc", "../../etc", null, 42],
  ["en", "a".repeat(100_000), true, undefined, new FormData()],
  [123, { __proto__: { admin: true } }, Symbol.for("x").toString()],
];

let testDb: TestDatabase;
let teacher: TestLearner;

beforeAll(async () => {
  testDb = await useSeededAppDatabase();
  teacher = await signUpTeacher("Cô Thử", "thu@school.edu.vn");
});

afterAll(() => closeAppDatabase(testDb));

/** How an action ended: "not-found", "redirect", "value" — or the exception it let out. */
async function ending(run: () => Promise<unknown>): Promise<string> {
  try {
    await run();
    return "value";
  } catch (error) {
    const digest = String((error as { digest?: string }).digest ?? "");
    if (digest.startsWith("NEXT_HTTP_ERROR_FALLBACK;404")) return "not-found";
    if (digest.startsWith("NEXT_REDIRECT")) return "redirect";
    return `threw ${(error as Error).message}`;
  }
}

describe("server actions given arguments of the wrong kind", () => {
  for (const who of ["nobody", "a teacher"] as const) {
    it(`end cleanly and write nothing, posted by ${who}`, async () => {
      mockCookie = who === "nobody" ? "" : teacher.cookie;
      const before = await tableContents(testDb, TABLES);
      const endings = new Map<string, Set<string>>();
      let calls = 0;
      for (const name of MODULES) {
        const actions = (await import(name)) as Record<string, unknown>;
        for (const [exported, action] of Object.entries(actions)) {
          if (typeof action !== "function") continue;
          for (const args of GARBAGE) {
            const end = await ending(() => (action as (...a: unknown[]) => Promise<unknown>)(...args));
            endings.set(end, (endings.get(end) ?? new Set()).add(exported));
            calls++;
          }
        }
      }
      expect(calls).toBeGreaterThanOrEqual(22 * GARBAGE.length);
      expect([...endings.keys()].filter((e) => e.startsWith("threw"))).toEqual([]);
      expect(await tableContents(testDb, TABLES)).toEqual(before);
    });
  }
});

describe("the proxy in front of server actions", () => {
  const post = (path: string, body: string | FormData, headers: Record<string, string>) =>
    new NextRequest(`http://localhost${path}`, { method: "POST", headers: { "next-action": "7f00", ...headers }, body });
  let proxy: typeof import("@/proxy").default;
  beforeAll(async () => {
    ({ default: proxy } = await import("@/proxy"));
  });

  it("refuses arguments that are not JSON with 400, in the page's language", async () => {
    for (const [path, message] of [
      ["/vi/sign-in", "Yêu cầu này không hợp lệ."],
      ["/en/sign-in", "This request is not valid."],
    ]) {
      const res = await proxy(post(path!, "garbage{{", { "content-type": "text/plain;charset=UTF-8" }));
      expect(res.status).toBe(400);
      expect(await res.json()).toEqual({ error: "bad-request", message });
    }
    const form = new FormData();
    form.set("0", "zzz");
    expect((await proxy(post("/en/sign-in", form, {}))).status).toBe(400);
    expect((await proxy(post("/en/sign-in", "{}", { "content-type": "application/json" }))).status).toBe(400);
  });

  it("refuses a body over the limit with 413", async () => {
    const res = await proxy(post("/en/sign-in", "[]", { "content-type": "text/plain", "content-length": String(2 * 1024 * 1024) }));
    expect(res.status).toBe(413);
    expect(await res.json()).toEqual({ error: "too-large", message: "That is more than the server accepts in one request." });
  });

  it("lets well-formed calls through, from the page's code and from a form posted before it loaded", async () => {
    const fromCode = await proxy(post("/en/sign-in", '["en",null,"$K1"]', { "content-type": "text/plain;charset=UTF-8" }));
    expect(fromCode.status).toBe(200);
    const form = new FormData();
    form.set("0", '["$K1"]');
    form.set("$ACTION_1:1", '["en",null]');
    form.set("identifier", "lan");
    expect((await proxy(post("/en/sign-in", form, {}))).status).toBe(200);
  });
});
