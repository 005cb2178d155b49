"use server";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { isAPIError } from "better-auth/api";
import type { z } from "zod";
import { fieldErrors, LearnerSignUp, placeholderEmail, SignIn, TeacherSignUp, type AuthErrorKey } from "@/lib/auth/credentials";
import { asLocale, localizedPath, safeReturnPath } from "@/lib/i18n/paths";
import { auth } from "@/lib/server/auth";
import { db } from "@/lib/server/db";
import { requestHeaders } from "@/lib/server/session";
import { forgetSession, sessionCookieValue } from "@/lib/server/session-memo";
import { withSignUpProfile } from "@/lib/server/sign-up-profile";
import { clientIp, consumeAttempt, signInLimits, signUpLimits } from "@/lib/server/sign-in-limit";

export type AuthFormState = { errors: Record<string, AuthErrorKey>; values: Record<string, string> } | null;

const text = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
};

/** Keeps what the learner typed (never the password) so a failed form is not emptied. */
const keep = (form: FormData, names: string[]) => Object.fromEntries(names.map((n) => [n, text(form, n)]));

function failure(form: FormData, names: string[], errors: Record<string, AuthErrorKey>): AuthFormState {
  return { errors, values: keep(form, names) };
}

/** The library's error codes as our messages (anything else is "unexpected"). */
function authErrorKey(error: unknown): AuthErrorKey {
  if (!isAPIError(error)) return "unexpected";
  const code = String((error.body as { code?: string } | undefined)?.code ?? "");
  if (code.includes("USERNAME_IS_ALREADY_TAKEN")) return "usernameTaken";
  if (code.includes("USER_ALREADY_EXISTS")) return "emailTaken";
  if (code.includes("INVALID") && (code.includes("PASSWORD") || code.includes("USERNAME") || code.includes("EMAIL"))) return "invalidCredentials";
  if (code.includes("PASSWORD_TOO")) return "passwordLength";
  return "unexpected";
}

/** Where a form goes on success: its safe `next`, else the role's home (classes or progress). */
function destination(form: FormData, locale: string, role: "learner" | "teacher" = "learner"): string {
  return safeReturnPath(text(form, "next")) ?? localizedPath(asLocale(locale), role === "teacher" ? "/classes" : "/progress");
}

async function parse<T extends z.ZodType>(schema: T, form: FormData, names: string[]) {
  return schema.safeParse(Object.fromEntries(names.map((n) => [n, text(form, n)])));
}

/** Signs up a learner with a username (no email) and signs them in, keeping their guest work. */
export async function signUpLearnerAction(locale: string, _state: AuthFormState, form: FormData): Promise<AuthFormState> {
  const names = ["username", "name", "next"];
  const parsed = await parse(LearnerSignUp, form, ["username", "name", "password", "timeZone"]);
  if (!parsed.success) return failure(form, names, fieldErrors(parsed.error));
  if (!(await consumeAttempt(db(), signUpLimits(clientIp(await headers()))))) return failure(form, names, { form: "tooManyAttempts" });
  const { username, name, password, timeZone } = parsed.data;
  try {
    const h = await requestHeaders();
    await withSignUpProfile({ role: "learner", timeZone }, () =>
      auth().api.signUpEmail({ body: { email: placeholderEmail(username), name: name ?? username, password, username, displayUsername: username }, headers: h }),
    );
  } catch (error) {
    const key = authErrorKey(error);
    return failure(form, names, key === "emailTaken" || key === "usernameTaken" ? { username: "usernameTaken" } : { form: key });
  }
  redirect(destination(form, locale));
}

/** Signs up a teacher with an email and a password. */
export async function signUpTeacherAction(locale: string, _state: AuthFormState, form: FormData): Promise<AuthFormState> {
  const names = ["email", "name", "next"];
  const parsed = await parse(TeacherSignUp, form, ["email", "name", "password", "timeZone"]);
  if (!parsed.success) return failure(form, names, fieldErrors(parsed.error));
  if (!(await consumeAttempt(db(), signUpLimits(clientIp(await headers()))))) return failure(form, names, { form: "tooManyAttempts" });
  const { email, name, password, timeZone } = parsed.data;
  try {
    const h = await requestHeaders();
    await withSignUpProfile({ role: "teacher", timeZone }, () => auth().api.signUpEmail({ body: { email, name, password }, headers: h }));
  } catch (error) {
    const key = authErrorKey(error);
    return failure(form, names, key === "emailTaken" ? { email: "emailTaken" } : { form: key });
  }
  redirect(destination(form, locale, "teacher"));
}

/** Signs in with a username (learners) or an email (teachers). Rate-limited per address and account. */
export async function signInAction(locale: string, _state: AuthFormState, form: FormData): Promise<AuthFormState> {
  const names = ["identifier", "next"];
  const parsed = await parse(SignIn, form, ["identifier", "password"]);
  if (!parsed.success) return failure(form, names, fieldErrors(parsed.error));
  const { identifier, password } = parsed.data;
  if (!(await consumeAttempt(db(), signInLimits(clientIp(await headers()), identifier)))) return failure(form, names, { form: "tooManyAttempts" });
  let role: "learner" | "teacher" = "learner";
  try {
    const h = await requestHeaders();
    const result = identifier.includes("@")
      ? await auth().api.signInEmail({ body: { email: identifier, password }, headers: h })
      : await auth().api.signInUsername({ body: { username: identifier, password }, headers: h });
    if ((result?.user as { role?: string } | undefined)?.role === "teacher") role = "teacher";
  } catch (error) {
    return failure(form, names, { form: authErrorKey(error) });
  }
  redirect(destination(form, locale, role));
}

export async function signOutAction(locale: string): Promise<void> {
  const h = await requestHeaders();
  const cookie = sessionCookieValue(h.get("cookie"));
  if (cookie) forgetSession(cookie);
  await auth().api.signOut({ headers: h });
  redirect(localizedPath(asLocale(locale), "/"));
}
