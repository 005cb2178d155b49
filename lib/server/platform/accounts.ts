import "server-only";
import { isPlaceholderEmail, placeholderEmail } from "@/lib/auth/credentials";
import { auth } from "./auth";
import { db } from "./db";
import { errorCodeOf, failure, type Failure } from "./errors";
import { claimSignInTry, clearSignInFailures, clientIp, consumeAttempt, signInLimits, signUpLimits } from "./limits";
import { forgetSession, sessionCookieValue } from "./session-memo";
import { withSignUpProfile } from "./sign-up-profile";

// Accounts: signing up (learners by username, teachers by email), in and out. Each call takes
// the request's headers (the session cookie is set on the response through them) and is
// limited per network address before the auth library sees it.

export type NewAccount =
  | { role: "learner"; username: string; name?: string; password: string; timeZone?: string }
  | { role: "teacher"; email: string; name: string; password: string; timeZone?: string };

export type AccountErrorCode = "too-many-requests" | "sign-in-paused" | "username-taken" | "email-taken" | "invalid-credentials" | "password-length" | "unexpected";
/** A failure; "sign-in-paused" says in how many seconds the account may try again. */
export type AccountFailure = Failure<AccountErrorCode> & { retryAfter?: number };

const fromLibrary = (error: unknown): AccountFailure => {
  const code = errorCodeOf(error);
  return failure(code === "username-taken" || code === "email-taken" || code === "invalid-credentials" || code === "password-length" ? code : "unexpected");
};

/** Creates the account and signs it in (a guest's work moves to it). */
export async function signUp(account: NewAccount, headers: Headers): Promise<{ ok: true } | AccountFailure> {
  if (!(await consumeAttempt(db(), signUpLimits(clientIp(headers))))) return failure("too-many-requests");
  // A learner has no email: the library gets a placeholder it never writes to.
  const body =
    account.role === "learner"
      ? { email: placeholderEmail(account.username), name: account.name ?? account.username, password: account.password, username: account.username, displayUsername: account.username }
      : { email: account.email, name: account.name, password: account.password };
  try {
    await withSignUpProfile({ role: account.role, timeZone: account.timeZone }, () => auth().api.signUpEmail({ body, headers }));
    return { ok: true };
  } catch (error) {
    return fromLibrary(error);
  }
}

/**
 * Signs in with a username (learners) or an email (teachers). Limited per address, and per
 * account and address by a wait that grows with each wrong password (the right one clears it).
 */
export async function signIn(typed: string, password: string, headers: Headers): Promise<{ ok: true; role: "learner" | "teacher" } | AccountFailure> {
  // A pupil's placeholder address is their username under another name: one account, one wait.
  const identifier = isPlaceholderEmail(typed) ? typed.trim().split("@")[0]! : typed;
  const ip = clientIp(headers);
  if (!(await consumeAttempt(db(), signInLimits(ip)))) return failure("too-many-requests");
  const wait = await claimSignInTry(db(), identifier, ip);
  if (wait > 0) return { error: "sign-in-paused", retryAfter: wait };
  try {
    const result = identifier.includes("@")
      ? await auth().api.signInEmail({ body: { email: identifier, password }, headers })
      : await auth().api.signInUsername({ body: { username: identifier, password }, headers });
    await clearSignInFailures(db(), identifier);
    return { ok: true, role: (result?.user as { role?: string } | undefined)?.role === "teacher" ? "teacher" : "learner" };
  } catch (error) {
    return fromLibrary(error);
  }
}

/** Ends the request's session (and forgets it at once in this process's session memo). */
export async function signOut(headers: Headers): Promise<void> {
  const cookie = sessionCookieValue(headers.get("cookie"));
  if (cookie) forgetSession(cookie);
  await auth().api.signOut({ headers });
}
