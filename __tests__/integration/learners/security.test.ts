// Learner B against learner A's attempt, through every door: the route handlers (as a browser
// would call them, with B's session cookie) and the server actions (with B's cookie in the
// request headers). Each is refused with 401/404 and writes nothing.
import { closeAppDatabase, useSeededAppDatabase } from "../../helpers/app-database";
import { signUpLearner, type TestLearner } from "../../helpers/learners";
import { countRows, type TestDatabase } from "../../helpers/test-database";

let mockCookie = "";
jest.mock("next/headers", () => ({
  headers: async () => new Headers({ cookie: mockCookie }),
  cookies: async () => ({ toString: (): string => mockCookie, get: () => undefined, getAll: () => [], set: () => undefined, delete: () => undefined }),
}));

let testDb: TestDatabase;
let a: TestLearner;
let b: TestLearner;
let attemptId: string;
let questionId: string;
let optionId: string;

const TABLES = ["Quiz", "QuizQuestion", "Attempt", "Answer", "ReviewCard", "ReadingProgress"];

beforeAll(async () => {
  testDb = await useSeededAppDatabase();
  a = await signUpLearner("learner_a");
  b = await signUpLearner("learner_b");
  const { startQuiz } = await import("@/lib/server/learning/quizzes");
  const { getAttemptForPlayer } = await import("@/lib/server/learning/attempts");
  attemptId = (await startQuiz(a.id, { slug: "waic-2025", quizLength: 5, quizLanguage: "vi", feedbackMode: "immediate", seed: "sec" }))!;
  const view = await getAttemptForPlayer(a.id, attemptId);
  const choice = view!.questions.find((q) => q.input === "choice")!;
  questionId = choice.id;
  optionId = choice.options![0]!.id;
});

afterAll(() => closeAppDatabase(testDb));

const ctx = () => ({ params: Promise.resolve({ id: attemptId }) });
const json = (cookie: string, body: unknown) =>
  new Request(`http://localhost/api/attempts/${attemptId}/x`, { method: "POST", headers: { cookie, "content-type": "application/json", "accept-language": "en" }, body: JSON.stringify(body) });

describe("route handlers", () => {
  it("B gets 404 (with a localized message) for A's attempt, and writes nothing", async () => {
    const before = await countRows(testDb, TABLES);
    const { GET } = await import("@/app/api/attempts/[id]/route");
    const { POST: save } = await import("@/app/api/attempts/[id]/answers/route");
    const { POST: check } = await import("@/app/api/attempts/[id]/check/route");
    const { POST: submit } = await import("@/app/api/attempts/[id]/submit/route");

    const read = await GET(new Request(`http://localhost/api/attempts/${attemptId}`, { headers: { cookie: b.cookie, "accept-language": "vi" } }), ctx());
    expect(read.status).toBe(404);
    expect(await read.json()).toEqual({ error: "not-found", message: "Không tìm thấy: mục này không tồn tại hoặc không phải của bạn." });
    for (const handler of [save, check]) {
      const res = await handler(json(b.cookie, { questionId, response: { optionId } }), ctx());
      expect(res.status).toBe(404);
      expect((await res.json()).message).toBe("Not found: it does not exist, or it is not yours.");
    }
    expect((await submit(json(b.cookie, {}), ctx())).status).toBe(404);
    expect(await countRows(testDb, TABLES)).toEqual(before);
  });

  it("without a session: 401; A's own requests work", async () => {
    const { GET } = await import("@/app/api/attempts/[id]/route");
    const { POST: save } = await import("@/app/api/attempts/[id]/answers/route");
    expect((await GET(new Request(`http://localhost/api/attempts/${attemptId}`), ctx())).status).toBe(401);
    expect((await save(json("", { questionId, response: { optionId } }), ctx())).status).toBe(401);
    const own = await GET(new Request(`http://localhost/api/attempts/${attemptId}`, { headers: { cookie: a.cookie } }), ctx());
    expect(own.status).toBe(200);
    expect((await own.json()).id).toBe(attemptId);
    expect((await save(json(a.cookie, { questionId, response: { optionId } }), ctx())).status).toBe(200);
  });

  it("bad input is a 400 with a message in the request's language, and nothing is written", async () => {
    const { POST: save } = await import("@/app/api/attempts/[id]/answers/route");
    const before = await countRows(testDb, TABLES);
    for (const body of [{ questionId, response: { optionId: 5 } }, { questionId: "../x", response: { text: "a" } }, { questionId, response: { optionId, extra: 1 } }, "nope"]) {
      const res = await save(json(a.cookie, body), ctx());
      expect(res.status).toBe(400);
      expect((await res.json()).message).toBe("This answer is not valid.");
    }
    // A cross-site form post (not JSON) is refused before anything else.
    const form = new Request(`http://localhost/api/attempts/${attemptId}/answers`, { method: "POST", headers: { cookie: a.cookie, "content-type": "application/x-www-form-urlencoded" }, body: "questionId=x" });
    expect((await save(form, ctx())).status).toBe(403);
    const foreign = new Request(`http://localhost/api/attempts/${attemptId}/answers`, {
      method: "POST",
      headers: { cookie: a.cookie, "content-type": "application/json", origin: "https://evil.example", host: "localhost" },
      body: JSON.stringify({ questionId, response: { optionId } }),
    });
    expect((await save(foreign, ctx())).status).toBe(403);
    expect(await countRows(testDb, TABLES)).toEqual(before);
  });

  it("reading progress can only be written to one's own account, and only for real paragraphs", async () => {
    const { PUT } = await import("@/app/api/reading/[slug]/route");
    const put = (cookie: string, body: unknown) =>
      PUT(new Request("http://localhost/api/reading/waic-2025", { method: "PUT", headers: { cookie, "content-type": "application/json" }, body: JSON.stringify(body) }), {
        params: Promise.resolve({ slug: "waic-2025" }),
      });
    const res = await put(b.cookie, { version: 1, read: { "waic-2025:p1": 10, "waic-2025:forged": 11 }, reveals: [] });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { record: { read: Record<string, number> }; percent: number };
    expect(body.record.read).toEqual({ "waic-2025:p1": 10 });
    expect(body.percent).toBeGreaterThan(0);
    expect(await (await import("@/lib/server/platform/db")).db().readingProgress.count({ where: { userId: a.id } })).toBe(0);
    expect((await put(b.cookie, { version: 1, read: { x: -1 }, reveals: [] })).status).toBe(400);
    expect((await put("", { version: 1, read: {}, reveals: [] })).status).toBe(401);
  });
});

describe("server actions", () => {
  it("B's retry and practise-mistakes on A's attempt end in notFound and create nothing", async () => {
    const { retryAttemptAction, practiseMistakesAction } = await import("@/app/[locale]/attempts/[attemptId]/actions");
    const before = await countRows(testDb, TABLES);
    mockCookie = b.cookie;
    await expect(retryAttemptAction("vi", attemptId)).rejects.toMatchObject({ digest: expect.stringContaining("404") });
    await expect(practiseMistakesAction("vi", attemptId)).rejects.toMatchObject({ digest: expect.stringContaining("404") });
    mockCookie = "";
    await expect(retryAttemptAction("vi", attemptId)).rejects.toMatchObject({ digest: expect.stringContaining("404") });
    expect(await countRows(testDb, TABLES)).toEqual(before);
  });

  it("A's own retry creates a new quiz and redirects to it", async () => {
    const { retryAttemptAction } = await import("@/app/[locale]/attempts/[attemptId]/actions");
    mockCookie = a.cookie;
    const error = await retryAttemptAction("en", attemptId).catch((e: { digest?: string }) => e);
    mockCookie = "";
    expect((error as { digest?: string }).digest).toMatch(/^NEXT_REDIRECT;replace;\/en\/attempts\/[a-z0-9]+;/);
    const newId = /\/attempts\/([a-z0-9]+)/.exec((error as { digest: string }).digest)![1]!;
    const { db } = await import("@/lib/server/platform/db");
    expect(await db().attempt.findUniqueOrThrow({ where: { id: newId } })).toMatchObject({ userId: a.id, status: "in_progress" });
    expect((await db().quiz.findFirstOrThrow({ where: { attempt: { id: newId } } })).origin).toBe("retry");
  });

  it("B cannot rate A's review card through the review action", async () => {
    const { saveTermForReview } = await import("@/lib/server/learning/reviews");
    const { db } = await import("@/lib/server/platform/db");
    await saveTermForReview(a.id, "waic-2025:tru-so");
    const card = await db().reviewCard.findFirstOrThrow({ where: { userId: a.id, kind: "term" } });
    const { rateCardAction } = await import("@/app/[locale]/review/actions");
    const form = new FormData();
    form.set("cardId", card.id);
    form.set("rating", "easy");
    mockCookie = b.cookie;
    expect(await rateCardAction("vi", null, form)).toEqual({ ok: false, code: "not-found" });
    form.set("rating", "perfect");
    expect(await rateCardAction("vi", null, form)).toEqual({ ok: false, code: "bad-request" });
    mockCookie = "";
    expect((await db().reviewCard.findUniqueOrThrow({ where: { id: card.id } })).reps).toBe(0);
    expect(await db().reviewLog.count()).toBe(0);
  });
});
