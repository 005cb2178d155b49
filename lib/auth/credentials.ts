// What the sign-up and sign-in forms accept. Pure zod schemas shared by the server actions and
// their tests; each message is a key of the "Auth.errors" messages, shown in the UI language.
import { z } from "zod";
import { LineText } from "@/lib/validation/text";
import { TimeZone } from "@/lib/validation/dates";
import { normalizeResetCode } from "./reset-code";

/** Learners have no email: the account's email is this non-routable placeholder. */
export const USERNAME_EMAIL_DOMAIN = "username.placeholder.invalid";

export function placeholderEmail(username: string): string {
  return `${username.toLowerCase()}@${USERNAME_EMAIL_DOMAIN}`;
}

/** A real address a teacher can be reached at (not one of our placeholders). */
export function isPlaceholderEmail(email: string): boolean {
  return /@(username|guest)\.placeholder\.invalid$/i.test(email);
}

export const Username = z
  .string()
  .trim()
  .min(3, "usernameLength")
  .max(30, "usernameLength")
  .regex(/^[A-Za-z0-9_.]+$/, "usernameCharacters");

export const Password = z.string().min(8, "passwordLength").max(128, "passwordLength");

const Email = z.email("emailInvalid").trim().max(254, "emailInvalid");

/** A person's name as rosters show it (also enforced on every way into the user table, see auth.ts). */
export const DisplayName = LineText.pipe(z.string().min(1, "nameRequired").max(60, "nameLength"));

export const LearnerSignUp = z.object({
  username: Username,
  name: DisplayName.optional().or(z.literal("").transform(() => undefined)),
  password: Password,
  timeZone: TimeZone.optional().catch(undefined),
});

export const TeacherSignUp = z.object({
  email: Email.refine((e) => !isPlaceholderEmail(e), "emailInvalid"),
  name: DisplayName,
  password: Password,
  timeZone: TimeZone.optional().catch(undefined),
});

/** One field for both: an email signs in a teacher, anything else is a username. */
export const SignIn = z.object({
  identifier: z.string().trim().min(1, "identifierRequired").max(254, "identifierRequired"),
  password: z.string().min(1, "passwordRequired").max(128, "passwordLength"),
});

/** A pupil's reset: their username, the code their teacher gave them, the new password. */
export const CodeReset = z.object({
  username: Username,
  code: z
    .string()
    .max(40, "codeInvalid")
    .transform((typed, ctx) => normalizeResetCode(typed) ?? (ctx.addIssue({ code: "custom", message: "codeInvalid" }), z.NEVER)),
  password: Password,
});

/** A teacher's reset from the emailed link: its token (the library's alphabet) and the new password. */
export const LinkReset = z.object({
  token: z.string().regex(/^[A-Za-z0-9_-]{20,100}$/),
  password: Password,
});

/** Asking for a reset link: a teacher's email. */
export const ResetRequest = z.object({ email: Email });

export type AuthErrorKey =
  | "codeInvalid"
  | "usernameLength"
  | "usernameCharacters"
  | "passwordLength"
  | "emailInvalid"
  | "nameRequired"
  | "nameLength"
  | "identifierRequired"
  | "passwordRequired"
  | "usernameTaken"
  | "emailTaken";

/** The form's error keys by field, from a failed parse. */
export function fieldErrors<K extends string = AuthErrorKey>(error: z.ZodError): Record<string, K> {
  const out: Record<string, K> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "form");
    out[field] ??= issue.message as K;
  }
  return out;
}
