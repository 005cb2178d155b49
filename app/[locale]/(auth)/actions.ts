"use server";
import { redirect } from "next/navigation";
import type { z } from "zod";
import { CodeReset, fieldErrors, LearnerSignUp, LinkReset, ResetRequest, SignIn, TeacherSignUp, type AuthErrorKey } from "@/lib/auth/credentials";
import { asLocale, localizedPath, safeReturnPath } from "@/lib/i18n/paths";
import { signIn, signOut, signUp, type AccountFailure } from "@/lib/server/platform/accounts";
import { actionFailure, fieldFailure, formatWait, isFailure, type FormState } from "@/lib/server/platform/errors";
import { requestHeaders } from "@/lib/server/platform/session";
import { requireForm } from "@/lib/server/platform/action-input";
import { requestResetLink, resetWithCode, resetWithLink } from "@/lib/server/platform/password-reset";

export type AuthFormState = FormState<AuthErrorKey>;

const text = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
};

/** Keeps what the learner typed (never the password) so a failed form is not emptied. */
const keep = (form: FormData, names: string[]) => Object.fromEntries(names.map((n) => [n, text(form, n)]));

/** Where an account failure shows on the form: a taken name on its field, the rest above the form. */
function accountFailure(locale: string, form: FormData, names: string[], failed: AccountFailure, field?: "username" | "email"): AuthFormState {
  const code = failed.error;
  // A learner's placeholder email is made from the username: either clash means the username.
  const onField = field === "username" ? code === "username-taken" || code === "email-taken" : field === "email" && code === "email-taken";
  if (field && onField) return fieldFailure<AuthErrorKey>({ [field]: field === "username" ? "usernameTaken" : "emailTaken" }, keep(form, names));
  const to = asLocale(locale);
  return actionFailure(to, code, keep(form, names), code === "sign-in-paused" ? { wait: formatWait(to, failed.retryAfter ?? 1) } : undefined);
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
  requireForm(form);
  const names = ["username", "name", "next"];
  const parsed = await parse(LearnerSignUp, form, ["username", "name", "password", "timeZone"]);
  if (!parsed.success) return fieldFailure(fieldErrors<AuthErrorKey>(parsed.error), keep(form, names));
  const result = await signUp({ role: "learner", ...parsed.data }, await requestHeaders());
  if (isFailure(result)) return accountFailure(locale, form, names, result, "username");
  redirect(destination(form, locale));
}

/** Signs up a teacher with an email and a password. */
export async function signUpTeacherAction(locale: string, _state: AuthFormState, form: FormData): Promise<AuthFormState> {
  requireForm(form);
  const names = ["email", "name", "next"];
  const parsed = await parse(TeacherSignUp, form, ["email", "name", "password", "timeZone"]);
  if (!parsed.success) return fieldFailure(fieldErrors<AuthErrorKey>(parsed.error), keep(form, names));
  const result = await signUp({ role: "teacher", ...parsed.data }, await requestHeaders());
  if (isFailure(result)) return accountFailure(locale, form, names, result, "email");
  redirect(destination(form, locale, "teacher"));
}

/** Signs in with a username (learners) or an email (teachers). Rate-limited per address and account. */
export async function signInAction(locale: string, _state: AuthFormState, form: FormData): Promise<AuthFormState> {
  requireForm(form);
  const names = ["identifier", "next"];
  const parsed = await parse(SignIn, form, ["identifier", "password"]);
  if (!parsed.success) return fieldFailure(fieldErrors<AuthErrorKey>(parsed.error), keep(form, names));
  const result = await signIn(parsed.data.identifier, parsed.data.password, await requestHeaders());
  if (isFailure(result)) return accountFailure(locale, form, names, result);
  redirect(destination(form, locale, result.role));
}

export async function signOutAction(locale: string): Promise<void> {
  await signOut(await requestHeaders());
  redirect(localizedPath(asLocale(locale), "/"));
}

/** Signs in with a password just set (after a reset), then goes on like a sign-in; the sign-in page if that fails. */
async function signInAfterReset(locale: string, form: FormData, identifier: string, password: string, headers: Headers): Promise<never> {
  const signedIn = await signIn(identifier, password, headers);
  redirect(isFailure(signedIn) ? localizedPath(asLocale(locale), "/sign-in") : destination(form, locale, signedIn.role));
}

/** A learner sets a new password with the one-time code their teacher made, and is signed in. */
export async function resetWithCodeAction(locale: string, _state: AuthFormState, form: FormData): Promise<AuthFormState> {
  requireForm(form);
  const names = ["username", "code", "next"];
  const parsed = await parse(CodeReset, form, ["username", "code", "password"]);
  if (!parsed.success) return fieldFailure(fieldErrors<AuthErrorKey>(parsed.error), keep(form, names));
  const headers = await requestHeaders();
  const result = await resetWithCode(parsed.data.username, parsed.data.code, parsed.data.password, headers);
  if (isFailure(result)) return actionFailure(asLocale(locale), result.error, keep(form, names));
  return signInAfterReset(locale, form, parsed.data.username, parsed.data.password, headers);
}

/** A teacher sets a new password from the emailed link, and is signed in. */
export async function resetWithLinkAction(locale: string, _state: AuthFormState, form: FormData): Promise<AuthFormState> {
  requireForm(form);
  const names = ["token", "next"];
  const parsed = await parse(LinkReset, form, ["token", "password"]);
  if (!parsed.success) {
    const errors = fieldErrors<AuthErrorKey>(parsed.error);
    // A damaged link is not something to fix in a field.
    if (errors.token) return actionFailure(asLocale(locale), "reset-link-invalid", keep(form, names));
    return fieldFailure(errors, keep(form, names));
  }
  const headers = await requestHeaders();
  const result = await resetWithLink(parsed.data.token, parsed.data.password, headers);
  if (isFailure(result)) return actionFailure(asLocale(locale), result.error, keep(form, names));
  return signInAfterReset(locale, form, result.email, parsed.data.password, headers);
}

/** Emails a teacher a reset link; answers the same whether the address has an account or not. */
export async function requestResetLinkAction(locale: string, _state: AuthFormState, form: FormData): Promise<AuthFormState> {
  requireForm(form);
  const names = ["email", "next"];
  const parsed = await parse(ResetRequest, form, ["email"]);
  if (!parsed.success) return fieldFailure(fieldErrors<AuthErrorKey>(parsed.error), keep(form, names));
  const result = await requestResetLink(parsed.data.email, asLocale(locale), await requestHeaders());
  if (isFailure(result)) return actionFailure(asLocale(locale), result.error, keep(form, names));
  return { ok: true };
}
