import { closeAppDatabase, useSeededAppDatabase } from "../../helpers/app-database";
import { signInGuest, signUpLearner } from "../../helpers/learners";
import type { TestDatabase } from "../../helpers/test-database";

let testDb: TestDatabase;
let auth: typeof import("@/lib/server/platform/auth").auth;
let db: typeof import("@/lib/server/platform/db").db;
let quizzes: typeof import("@/lib/server/learning/quizzes") & typeof import("@/lib/server/learning/attempts");

beforeAll(async () => {
  testDb = await useSeededAppDatabase();
  ({ auth } = await import("@/lib/server/platform/auth"));
  ({ db } = await import("@/lib/server/platform/db"));
  quizzes = { ...(await import("@/lib/server/learning/quizzes")), ...(await import("@/lib/server/learning/attempts")) };
});

afterAll(() => closeAppDatabase(testDb));

describe("accounts", () => {
  it("a learner signs up with a username only: placeholder email, hashed password, learner role", async () => {
    const lan = await signUpLearner("Lan.Nguyen");
    const user = await db().user.findUniqueOrThrow({ where: { id: lan.id }, include: { accounts: true } });
    expect(user).toMatchObject({ username: "lan.nguyen", email: "lan.nguyen@username.placeholder.invalid", role: "learner", isAnonymous: false });
    const password = user.accounts[0]?.password ?? "";
    expect(password).not.toContain("correct horse");
    expect(password).toMatch(/^[0-9a-f]+:[0-9a-f]+$/); // salt:scrypt-key
    // Sign-in is case-insensitive on the username.
    const signedIn = await auth().api.signInUsername({ body: { username: "LAN.NGUYEN", password: "correct horse 1" } });
    expect(signedIn?.user.id).toBe(lan.id);
    await expect(auth().api.signInUsername({ body: { username: "lan.nguyen", password: "wrong password" } })).rejects.toThrow();
  });

  it("the session cookie is HttpOnly and SameSite=Lax", async () => {
    const result = await auth().api.signInUsername({ body: { username: "lan.nguyen", password: "correct horse 1" }, returnHeaders: true });
    const cookie = result.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(/songngu\.session_token=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
  });

  it("a username is unique", async () => {
    await signUpLearner("unique_one");
    await expect(signUpLearner("Unique_One")).rejects.toThrow();
    expect(await db().user.count({ where: { username: "unique_one" } })).toBe(1);
  });
});

describe("a guest who signs up keeps everything", () => {
  it("moves attempts, answers, review cards and reading progress to the new account, then removes the guest", async () => {
    const guest = await signInGuest();
    expect((await db().user.findUniqueOrThrow({ where: { id: guest.id } })).isAnonymous).toBe(true);
    const attemptId = (await quizzes.startQuiz(guest.id, { slug: "waic-2025", quizLength: 5, quizLanguage: "vi", feedbackMode: "test" }))!;
    await quizzes.submitAttempt(guest.id, attemptId); // nothing answered: every fact missed → cards
    const { saveTermForReview } = await import("@/lib/server/learning/reviews");
    await saveTermForReview(guest.id, "waic-2025:tru-so");
    const { syncReadingRecord } = await import("@/lib/server/learning/reading-records");
    await syncReadingRecord(guest.id, "waic-2025", { version: 1, read: { "waic-2025:p1": 1_700_000_000_000 }, reveals: [{ sentenceId: "waic-2025:p1-s1", at: 1_700_000_000_500 }] });
    const guestCards = await db().reviewCard.count({ where: { userId: guest.id } });
    expect(guestCards).toBeGreaterThanOrEqual(7); // 5 facts + 2 term directions

    const hoa = await signUpLearner("hoa", guest.cookie);

    expect(await db().user.findUnique({ where: { id: guest.id } })).toBeNull();
    const attempt = await db().attempt.findUniqueOrThrow({ where: { id: attemptId } });
    expect(attempt).toMatchObject({ userId: hoa.id, status: "submitted" });
    expect(await db().quiz.count({ where: { userId: hoa.id } })).toBe(1);
    expect(await db().answer.count({ where: { attemptId } })).toBe(5);
    expect(await db().reviewCard.count({ where: { userId: hoa.id } })).toBe(guestCards);
    const progress = await db().readingProgress.findUniqueOrThrow({ where: { userId_articleId: { userId: hoa.id, articleId: "waic-2025" } } });
    expect(JSON.parse(progress.read)).toEqual({ "waic-2025:p1": 1_700_000_000_000 });
    expect(JSON.parse(progress.reveals)).toHaveLength(1);
    expect(progress.fraction).toBeGreaterThan(0);
    expect(await quizzes.getAttemptForPlayer(hoa.id, attemptId)).not.toBeNull();
  });

  it("signing in to an existing account merges reading records and keeps the account's own cards", async () => {
    const { syncReadingRecord } = await import("@/lib/server/learning/reading-records");
    const { saveTermForReview } = await import("@/lib/server/learning/reviews");
    const vy = await signUpLearner("vy.tran");
    await syncReadingRecord(vy.id, "waic-2025", { version: 1, read: { "waic-2025:p2": 5 }, reveals: [] });
    await saveTermForReview(vy.id, "waic-2025:tru-so");
    const guest = await signInGuest();
    await syncReadingRecord(guest.id, "waic-2025", { version: 1, read: { "waic-2025:p1": 9, "waic-2025:p2": 3 }, reveals: [] });
    await saveTermForReview(guest.id, "waic-2025:tru-so");

    await auth().api.signInUsername({ body: { username: "vy.tran", password: "correct horse 1" }, headers: new Headers({ cookie: guest.cookie }) });

    const progress = await db().readingProgress.findUniqueOrThrow({ where: { userId_articleId: { userId: vy.id, articleId: "waic-2025" } } });
    expect(JSON.parse(progress.read)).toEqual({ "waic-2025:p1": 9, "waic-2025:p2": 3 });
    expect(await db().reviewCard.count({ where: { userId: vy.id } })).toBe(2);
    expect(await db().user.findUnique({ where: { id: guest.id } })).toBeNull();
  });
});
