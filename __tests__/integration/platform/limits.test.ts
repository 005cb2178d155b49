// Limits where nothing limited before: quizzes started per account, join codes tried per
// address, autosaves per attempt. Each refusal is localized; the autosave's is a 429 with
// Retry-After; nothing is written past the limit.
import { closeAppDatabase, useSeededAppDatabase } from "../../helpers/app-database";
import { signUpLearner, type TestLearner } from "../../helpers/learners";
import { countRows, type TestDatabase } from "../../helpers/test-database";

let mockCookie = "";
const mockIp = "10.9.8.7";
jest.mock("next/headers", () => ({
  headers: async () => new Headers({ cookie: mockCookie, "x-songngu-client": mockIp }),
  cookies: async () => ({ toString: (): string => mockCookie, get: () => undefined, getAll: () => [], set: () => undefined, delete: () => undefined }),
}));

let testDb: TestDatabase;
let learner: TestLearner;

beforeAll(async () => {
  testDb = await useSeededAppDatabase();
  learner = await signUpLearner("limited");
});

afterAll(() => closeAppDatabase(testDb));

const form = (fields: Record<string, string>) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.set(k, v);
  return f;
};

describe("limits", () => {
  it("stops an account starting quizzes after 40 in ten minutes, in its language, storing none", async () => {
    const { QUIZ_STARTS_PER_USER, quizStartAllowed } = await import("@/lib/server/platform/limits");
    const { startQuizAction } = await import("@/app/[locale]/articles/[slug]/quiz/actions");
    for (let i = 0; i < QUIZ_STARTS_PER_USER; i++) expect(await quizStartAllowed(learner.id)).toBe(true);
    mockCookie = learner.cookie;
    const before = await countRows(testDb, ["Quiz", "Attempt"]);
    const refused = await startQuizAction("en", null, form({ slug: "waic-2025", quizLength: "5", quizLanguage: "vi", feedbackMode: "test" }));
    expect(refused).toMatchObject({ ok: false, code: "too-many-requests", message: "Too many attempts. Please wait a few minutes and try again." });
    expect(await countRows(testDb, ["Quiz", "Attempt"])).toEqual(before);
    // Another account is not held back by this one.
    expect(await quizStartAllowed("someone-else")).toBe(true);
  });

  it("stops an address trying join codes after 200 in ten minutes", async () => {
    const { JOIN_TRIES_PER_IP, joinTryAllowed } = await import("@/lib/server/platform/limits");
    const { joinClassAction } = await import("@/app/[locale]/join/actions");
    for (let i = 0; i < JOIN_TRIES_PER_IP; i++) expect(await joinTryAllowed(mockIp)).toBe(true);
    mockCookie = learner.cookie;
    expect(await joinClassAction("vi", null, form({ code: "K7M-Q2X" }))).toMatchObject({
      ok: false,
      code: "too-many-requests",
      message: "Bạn đã thử quá nhiều lần. Vui lòng đợi vài phút rồi thử lại.",
    });
    expect(await joinTryAllowed("10.0.0.99")).toBe(true);
  });

  it("answers autosaves past 300 in five minutes with 429 and Retry-After, and counts per attempt", async () => {
    const { autosaveWindow, MemoryWindow } = await import("@/lib/server/platform/limits");
    const { startQuiz } = await import("@/lib/server/learning/quizzes");
    const { getAttemptForPlayer } = await import("@/lib/server/learning/attempts");
    const { POST } = await import("@/app/api/attempts/[id]/answers/route");
    const attemptId = (await startQuiz(learner.id, { slug: "waic-2025", quizLength: 5, quizLanguage: "vi", feedbackMode: "test", seed: "lim" }))!;
    const choice = (await getAttemptForPlayer(learner.id, attemptId))!.questions.find((q) => q.input === "choice")!;
    const save = () =>
      POST(
        new Request(`http://localhost/api/attempts/${attemptId}/answers`, {
          method: "POST",
          headers: { cookie: learner.cookie, "content-type": "application/json", "accept-language": "en" },
          body: JSON.stringify({ questionId: choice.id, response: { optionId: choice.options![0]!.id } }),
        }),
        { params: Promise.resolve({ id: attemptId }) },
      );
    expect((await save()).status).toBe(200);
    for (let i = 1; i < 300; i++) autosaveWindow.hit(attemptId);
    const refused = await save();
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(Number(refused.headers.get("retry-after"))).toBeLessThanOrEqual(300);
    expect(await refused.json()).toEqual({ error: "too-many-requests", message: "Too many attempts. Please wait a few minutes and try again." });
    // The window: a fresh one after it ends, and each key on its own.
    const window = new MemoryWindow(2, 1000);
    expect([window.hit("a", 0), window.hit("a", 10), window.hit("a", 20), window.hit("b", 20), window.hit("a", 1000)]).toEqual([null, null, 1, null, null]);
  });
});
