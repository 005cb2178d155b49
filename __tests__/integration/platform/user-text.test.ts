// Every way into the user table takes names by the same rules as the forms — including the auth
// library's own routes — and text people type loses the characters that only spoof or corrupt.
import { closeAppDatabase, useSeededAppDatabase } from "../../helpers/app-database";
import { signUpLearner } from "../../helpers/learners";
import type { TestDatabase } from "../../helpers/test-database";

let testDb: TestDatabase;

beforeAll(async () => {
  testDb = await useSeededAppDatabase();
});

afterAll(() => closeAppDatabase(testDb));

const storedName = async (id: string) => {
  const { db } = await import("@/lib/server/platform/db");
  return (await db().user.findUniqueOrThrow({ where: { id } })).name;
};

describe("names through the auth library's own routes", () => {
  it("sign-up keeps a name without controls or direction overrides, composed", async () => {
    const { auth } = await import("@/lib/server/platform/auth");
    const { placeholderEmail } = await import("@/lib/auth/credentials");
    const created = await auth().api.signUpEmail({
      body: { email: placeholderEmail("spoof_a"), name: "\u202eNguye\u0302\u0303n\u0000 Lan\u2066", password: "correct horse 1", username: "spoof_a" },
    });
    expect(await storedName(created.user.id)).toBe("Nguyễn Lan");
    await expect(
      auth().api.signUpEmail({ body: { email: placeholderEmail("spoof_b"), name: "\u200b\u202e ", password: "correct horse 1", username: "spoof_b" } }),
    ).rejects.toMatchObject({ status: "BAD_REQUEST" });
  });

  it("update-user refuses a 100,000-character name and cleans a spoofing one", async () => {
    const { auth } = await import("@/lib/server/platform/auth");
    const learner = await signUpLearner("long_name");
    const headers = new Headers({ cookie: learner.cookie });
    await expect(auth().api.updateUser({ body: { name: "a".repeat(100_000) }, headers })).rejects.toMatchObject({ status: "BAD_REQUEST" });
    expect(await storedName(learner.id)).toBe("long_name");
    await auth().api.updateUser({ body: { name: "Lan\u202e\u0007" }, headers });
    expect(await storedName(learner.id)).toBe("Lan");
  });
});

describe("class names and instructions", () => {
  it("lose invisible characters; instructions keep their lines", async () => {
    const { AssignmentInput, ClassInput } = await import("@/lib/classes/schemas");
    const { assignmentFields } = await import("../../helpers/classes");
    expect(ClassInput.parse({ name: "Lớp\u202e 10A1\u0000", level: "" }).name).toBe("Lớp 10A1");
    expect(ClassInput.safeParse({ name: "\u2066\u2069", level: "" }).success).toBe(false);
    const parsed = AssignmentInput.parse(assignmentFields({ instructions: "Đọc kỹ\r\n\u0000đoạn 2\u202e." }));
    expect(parsed.instructions).toBe("Đọc kỹ\nđoạn 2.");
  });
});

describe("the auth library's public routes", () => {
  it("that would bypass the app's forms answer 404 and create nobody", async () => {
    const { POST } = await import("@/app/api/auth/[...all]/route");
    const { countRows } = await import("../../helpers/test-database");
    const before = await countRows(testDb, ["User", "Session"]);
    const post = (path: string, body: object) =>
      POST(new Request(`http://localhost:3000/api/auth${path}`, { method: "POST", headers: { "content-type": "application/json", origin: "http://localhost:3000" }, body: JSON.stringify(body) }));
    for (const [path, body] of [
      ["/sign-in/anonymous", {}],
      ["/sign-up/email", { email: "x@example.com", password: "correct horse 1", name: "X", username: "xx_direct" }],
      ["/sign-in/username", { username: "long_name", password: "correct horse 1" }],
      ["/update-user", { name: "a".repeat(100) }],
      ["/request-password-reset", { email: "x@example.com" }],
      ["/reset-password", { token: "K7MQ2XHD", newPassword: "taken over 1" }],
    ] as const) {
      expect([path, (await post(path, body)).status]).toEqual([path, 404]);
    }
    expect(await countRows(testDb, ["User", "Session"])).toEqual(before);
    // The app's own server-side calls still work (guests, sign-ups: see the tests above).
    const { signInGuest } = await import("../../helpers/learners");
    expect((await signInGuest()).id).toBeTruthy();
  });
});
