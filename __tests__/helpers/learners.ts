// Accounts for integration tests, made through the real auth library (scrypt hashes, signed
// session cookies) against the test's database.
import { placeholderEmail } from "@/lib/auth/credentials";

export type TestLearner = { id: string; cookie: string; username: string };

process.env.BETTER_AUTH_SECRET ??= "test-secret-test-secret-test-secret-0123456789";

/** The Cookie header that carries the session a Set-Cookie header created. */
export function sessionCookie(setCookie: string | null): string {
  const match = /(songngu\.session_token=[^;]+)/.exec(setCookie ?? "");
  if (!match?.[1]) throw new Error(`no session cookie in ${setCookie}`);
  return match[1];
}

/** Signs up a learner with a username (optionally while signed in as a guest: `cookie`). */
export async function signUpLearner(username: string, cookie?: string): Promise<TestLearner> {
  const { auth } = await import("@/lib/server/platform/auth");
  const result = await auth().api.signUpEmail({
    body: { email: placeholderEmail(username), name: username, password: "correct horse 1", username },
    headers: new Headers(cookie ? { cookie } : {}),
    returnHeaders: true,
  });
  return { id: result.response.user.id, cookie: sessionCookie(result.headers.get("set-cookie")), username };
}

/** A guest (anonymous) session. */
export async function signInGuest(): Promise<TestLearner> {
  const { auth } = await import("@/lib/server/platform/auth");
  const result = await auth().api.signInAnonymous({ headers: new Headers(), returnHeaders: true });
  if (!result.response) throw new Error("no guest");
  return { id: result.response.user.id, cookie: sessionCookie(result.headers.get("set-cookie")), username: "" };
}

/** Signs up a teacher (email and name) the way the teacher sign-up form does. */
export async function signUpTeacher(name: string, email: string): Promise<TestLearner> {
  const { auth } = await import("@/lib/server/platform/auth");
  const { withSignUpProfile } = await import("@/lib/server/platform/sign-up-profile");
  const result = await withSignUpProfile({ role: "teacher" }, () =>
    auth().api.signUpEmail({ body: { email, name, password: "correct horse 1" }, headers: new Headers(), returnHeaders: true }),
  );
  return { id: result.response.user.id, cookie: sessionCookie(result.headers.get("set-cookie")), username: "" };
}
