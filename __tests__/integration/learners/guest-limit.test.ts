// Every guest is an account: starting guest sessions is limited per network address, and the
// visitor over the limit gets a clear message with nothing written.
import { closeAppDatabase, useSeededAppDatabase } from "../../helpers/app-database";
import { countRows, type TestDatabase } from "../../helpers/test-database";
import "../../helpers/learners";

process.env.AUTH_LIMIT_PER_IP = "3";
jest.mock("next/headers", () => ({
  headers: async () => new Headers({ "x-songngu-client": "10.1.2.3" }),
  cookies: async () => ({ toString: (): string => "", get: () => undefined, getAll: () => [], set: () => undefined, delete: () => undefined }),
}));

let testDb: TestDatabase;
beforeAll(async () => {
  testDb = await useSeededAppDatabase();
});
afterAll(() => closeAppDatabase(testDb));

it("the fourth guest from one address in 10 minutes is refused", async () => {
  const { startQuizAction } = await import("@/app/[locale]/articles/[slug]/quiz/actions");
  const form = () => {
    const f = new FormData();
    for (const [k, v] of Object.entries({ slug: "waic-2025", quizLength: "5", quizLanguage: "vi", feedbackMode: "test" })) f.set(k, v);
    return f;
  };
  for (let i = 0; i < 3; i++) {
    const outcome = await startQuizAction("vi", null, form()).catch((e: { digest?: string }) => e.digest);
    expect(outcome).toMatch(/^NEXT_REDIRECT;replace;\/vi\/attempts\/[a-z0-9]+;/);
  }
  const before = await countRows(testDb, ["User", "Quiz", "Attempt"]);
  expect(before).toEqual({ User: 3, Quiz: 3, Attempt: 3 });
  expect(await startQuizAction("vi", null, form())).toEqual({
    ok: false,
    code: "too-many-guests",
    message: "Có quá nhiều phiên khách mới từ mạng này. Hãy đăng nhập, hoặc thử lại sau vài phút.",
  });
  expect(await countRows(testDb, ["User", "Quiz", "Attempt"])).toEqual(before);
  // Bad settings are refused before any guest is made.
  const bad = form();
  bad.set("quizLength", "7");
  expect(await startQuizAction("vi", null, bad)).toEqual({ ok: false, code: "bad-request" });
});
