"use server";
import { redirect } from "next/navigation";
import type { z } from "zod";
import { fieldErrors, LearnerSignUp, SignIn, TeacherSignUp, type AuthErrorKey } from "@/lib/auth/credentials";
import { asLocale, localizedPath, safeReturnPath } from "@/lib/i18n/paths";
import { signIn, signOut, signUp, type AccountErrorCode } from "@/lib/server/platform/accounts";
import { actionFailure, fieldFailure, isFailure, type FormState } from "@/lib/server/platform/errors";
import { requestHeaders } from "@/lib/server/platform/session";
import { requireForm } from "@/lib/server/platform/action-input";

export type AuthFormState = FormState<AuthErrorKey>;

const text = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
};

/** Keeps what the learner typed (never the password) so a failed form is not emptied. */
const keep = (form: FormData, names: string[]) => Object.fromEntries(names.map((n) => [n, text(form, n)]));

/** Where an account failure shows on the form: a taken name on its field, the rest above the form. */
function accountFailure(locale: string, form: FormData, names: string[], code: AccountErrorCode, field?: "username" | "email"): AuthFormState {
  // A learner's placeholder email is made from the username: either clash means the username.
  const onField = field === "username" ? code === "username-taken" || code === "email-taken" : field === "email" && code === "email-taken";
  if (field && onField) return fieldFailure<AuthErrorKey>({ [field]: field === "username" ? "usernameTaken" : "emailTaken" }, keep(form, names));
  return actionFailure(asLocale(locale), code, keep(form, names));
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
  if (isFailure(result)) return accountFailure(locale, form, names, result.error, "username");
  redirect(destination(form, locale));
}

/** Signs up a teacher with an email and a password. */
export async function signUpTeacherAction(locale: string, _state: AuthFormState, form: FormData): Promise<AuthFormState> {
  requireForm(form);
  const names = ["email", "name", "next"];
  const parsed = await parse(TeacherSignUp, form, ["email", "name", "password", "timeZone"]);
  if (!parsed.success) return fieldFailure(fieldErrors<AuthErrorKey>(parsed.error), keep(form, names));
  const result = await signUp({ role: "teacher", ...parsed.data }, await requestHeaders());
  if (isFailure(result)) return accountFailure(locale, form, names, result.error, "email");
  redirect(destination(form, locale, "teacher"));
}

/** Signs in with a username (learners) or an email (teachers). Rate-limited per address and account. */
export async function signInAction(locale: string, _state: AuthFormState, form: FormData): Promise<AuthFormState> {
  requireForm(form);
  const names = ["identifier", "next"];
  const parsed = await parse(SignIn, form, ["identifier", "password"]);
  if (!parsed.success) return fieldFailure(fieldErrors<AuthErrorKey>(parsed.error), keep(form, names));
  const result = await signIn(parsed.data.identifier, parsed.data.password, await requestHeaders());
  if (isFailure(result)) return accountFailure(locale, form, names, result.error);
  redirect(destination(form, locale, result.role));
}

export async function signOutAction(locale: string): Promise<void> {
  await signOut(await requestHeaders());
  redirect(localizedPath(asLocale(locale), "/"));
}
