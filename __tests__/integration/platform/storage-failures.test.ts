// A database that cannot write, against the app's real client and routes: a transaction whose
// COMMIT fails, a full database (SQLite's max_page_count) and a read-only one (query_only).
// Writes fail fast with a clear answer in the user's language, readiness says so, and writing
// works again, with nothing left behind, once the cause is gone.
import Database from "better-sqlite3";
import { closeAppDatabase, useSeededAppDatabase } from "../../helpers/app-database";
import { signUpLearner, type TestLearner } from "../../helpers/learners";
import type { TestDatabase } from "../../helpers/test-database";

let testDb: TestDatabase;
let learner: TestLearner;
let attemptId: string;
let questionId: string;
let optionId: string;

beforeAll(async () => {
  testDb = await useSeededAppDatabase();
  learner = await signUpLearner("disk_full");
  const { startQuiz } = await import("@/lib/server/learning/quizzes");
  const { getAttemptForPlayer } = await import("@/lib/server/learning/attempts");
  attemptId = (await startQuiz(learner.id, { slug: "waic-2025", quizLength: 5, quizLanguage: "vi", feedbackMode: "test", seed: "full" }))!;
  const choice = (await getAttemptForPlayer(learner.id, attemptId))!.questions.find((q) => q.input === "choice")!;
  questionId = choice.id;
  optionId = choice.options![0]!.id;
});

afterAll(() => closeAppDatabase(testDb));

const client = async () => (await import("@/lib/server/platform/db")).db();

/** Runs a call and says how long it took and what it gave (or threw). */
async function timed<T>(run: () => Promise<T>): Promise<{ ms: number; value?: T; error?: unknown }> {
  const start = Date.now();
  try {
    return { ms: Date.now() - start, value: await run() };
  } catch (error) {
    return { ms: Date.now() - start, error };
  }
}

/** What another connection sees: rows committed, nothing held in a transaction that never ended. */
function committed(sql: string): unknown[] {
  const other = new Database(testDb.file, { readonly: true });
  try {
    return other.prepare(sql).all();
  } finally {
    other.close();
  }
}

const saveAnswer = async (language: "vi" | "en") => {
  const { POST } = await import("@/app/api/attempts/[id]/answers/route");
  const body = JSON.stringify({ questionId, response: { optionId } });
  const request = new Request(`http://localhost/api/attempts/${attemptId}/answers`, {
    method: "POST",
    headers: { cookie: learner.cookie, "content-type": "application/json", "accept-language": language },
    body,
  });
  return POST(request, { params: Promise.resolve({ id: attemptId }) });
};

const ready = async () => {
  const { GET } = await import("@/app/api/ready/route");
  const response = await GET();
  return { status: response.status, body: await response.json() };
};

describe("a database that cannot write", () => {
  it("ends a transaction whose COMMIT failed at once; later writes work and are seen by other connections", async () => {
    const db = await client();
    const failed = await timed(() =>
      db.$transaction(async (tx) => {
        // Deferred, the foreign key is checked only at COMMIT, which then fails.
        await tx.$executeRawUnsafe("PRAGMA defer_foreign_keys = ON");
        await tx.enrollment.create({ data: { classId: "no-such-class", userId: learner.id } });
      }),
    );
    expect(failed.error).toBeDefined();
    expect(failed.ms).toBeLessThan(2000);
    const next = await timed(() => db.$transaction((tx) => tx.signInThrottle.create({ data: { key: "after-failed-commit", count: 1, windowStart: new Date() } })));
    expect(next.error).toBeUndefined();
    expect(next.ms).toBeLessThan(2000);
    await db.signInThrottle.create({ data: { key: "plain-after-failed-commit", count: 1, windowStart: new Date() } });
    expect(committed("SELECT key FROM SignInThrottle WHERE key LIKE '%after-failed-commit' ORDER BY key")).toEqual([{ key: "after-failed-commit" }, { key: "plain-after-failed-commit" }]);
    expect(committed("SELECT classId FROM Enrollment WHERE classId = 'no-such-class'")).toEqual([]);
  });

  it("reads a full database as a storage failure, fails fast, and writes again once there is room", async () => {
    const { isStorageFailure } = await import("@/lib/server/platform/errors");
    const db = await client();
    const [row] = await db.$queryRawUnsafe<{ page_count: bigint }[]>("PRAGMA page_count");
    await db.$queryRawUnsafe(`PRAGMA max_page_count = ${Number(row!.page_count)}`);
    const big = "x".repeat(64 * 1024); // needs overflow pages the file may not grow to
    const full = await timed(() => db.$transaction((tx) => tx.signInThrottle.create({ data: { key: `full-${big}`, count: 1, windowStart: new Date() } })));
    expect(isStorageFailure(full.error)).toBe(true);
    expect((full.error as { code?: string }).code).toBe("SQLITE_FULL");
    expect(full.ms).toBeLessThan(2000);
    await db.$queryRawUnsafe("PRAGMA max_page_count = 1073741823");
    const roomy = await timed(() => db.$transaction((tx) => tx.signInThrottle.create({ data: { key: `roomy-${big}`, count: 1, windowStart: new Date() } })));
    expect(roomy.error).toBeUndefined();
    expect(committed("SELECT count(*) AS n FROM SignInThrottle WHERE key LIKE 'roomy-%'")).toEqual([{ n: 1 }]);
  });

  it("answers an autosave 503 in the learner's language and readiness 503 while read-only, and both recover", async () => {
    const db = await client();
    expect(await ready()).toEqual({ status: 200, body: { ok: true, database: "up", writable: true } });
    await db.$executeRawUnsafe("PRAGMA query_only = ON");
    try {
      const refused = await timed(() => saveAnswer("en"));
      expect(refused.ms).toBeLessThan(2000);
      expect(refused.value!.status).toBe(503);
      expect(await refused.value!.json()).toEqual({ error: "unavailable", message: "The server cannot save anything right now. Please try again in a few minutes." });
      const vi = await saveAnswer("vi");
      expect(await vi.json()).toMatchObject({ message: "Máy chủ tạm thời không lưu được dữ liệu. Vui lòng thử lại sau vài phút." });
      expect(await ready()).toEqual({ status: 503, body: { ok: false, database: "up", writable: false } });
      // The cheap health check only says the database answers.
      const { GET: health } = await import("@/app/api/health/route");
      expect((await health()).status).toBe(200);
      expect(committed(`SELECT count(*) AS n FROM Answer WHERE attemptId = '${attemptId}'`)).toEqual([{ n: 0 }]);
    } finally {
      await db.$executeRawUnsafe("PRAGMA query_only = OFF");
    }
    expect(await ready()).toEqual({ status: 200, body: { ok: true, database: "up", writable: true } });
    const saved = await saveAnswer("en");
    expect(saved.status).toBe(200);
    expect(committed(`SELECT questionId FROM Answer WHERE attemptId = '${attemptId}'`)).toEqual([{ questionId }]);
  });
});
