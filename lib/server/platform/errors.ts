import "server-only";
import { isAPIError } from "better-auth/api";
import { createTranslator } from "next-intl";
import type { AppLocale } from "@/lib/i18n/routing";
import en from "@/messages/en.json";
import vi from "@/messages/vi.json";

// The one vocabulary of things that go wrong on the server. Services answer a failure as
// `{ error: code }` (or throw an AppError where there is no result to return); JSON routes
// answer it with `jsonError` (status and message below, once); actions put the code in their
// form state and the page shows `Errors.<code>` in the user's language.

/** Each code and the HTTP status a JSON route answers it with. */
export const ERROR_STATUS = {
  /** No session where one is needed. */
  unauthorized: 401,
  /** A request this site never makes (cross-site, not JSON). */
  forbidden: 403,
  /** Missing, or not the actor's: other people's things look nonexistent. */
  "not-found": 404,
  /** Input that does not match its schema. */
  "bad-request": 400,
  /** A quiz response naming options the question does not have. */
  "bad-response": 400,
  /** The attempt is already submitted. */
  submitted: 409,
  /** A check asked of a quiz graded only on submit. */
  "not-immediate": 409,
  /** The question's tries are used up. */
  "no-more-tries": 409,
  /** Every attempt the assignment allows has been used. */
  "no-attempts-left": 409,
  /** Publishing a quiz with every question switched off. */
  "no-questions-left": 409,
  /** No class has this join code. */
  "code-unknown": 404,
  /** The class is archived: no new members. */
  "class-archived": 409,
  /** A teacher account tried to join a class. */
  "teachers-cannot-join": 403,
  /** A guest must sign up before joining a class. */
  "sign-up-first": 401,
  /** The username is someone else's. */
  "username-taken": 409,
  /** The email address is someone else's. */
  "email-taken": 409,
  /** Wrong username/email or password (never which of the two). */
  "invalid-credentials": 401,
  /** The password is too short or too long. */
  "password-length": 400,
  /** This network address (or account) has tried too often lately. */
  "too-many-requests": 429,
  /** Anything else; the log has the details. */
  unexpected: 500,
} as const satisfies Record<string, number>;

export type ErrorCode = keyof typeof ERROR_STATUS;

/** A service's answer when it fails. */
export type Failure<C extends ErrorCode = ErrorCode> = { error: C };
export const failure = <C extends ErrorCode>(error: C): Failure<C> => ({ error });

/** Thrown where a function has no result to return a failure in. */
export class AppError extends Error {
  constructor(readonly code: ErrorCode) {
    super(code);
    this.name = "AppError";
  }
}

/** The message for a code in the given language (route handlers run outside next-intl's request scope). */
export function errorMessage(locale: AppLocale, code: ErrorCode): string {
  return createTranslator({ locale, messages: locale === "en" ? en : vi, namespace: "Errors" })(code);
}

/** A JSON error with its stable code, its status and a message in the request's language. */
export function jsonError(locale: AppLocale, code: ErrorCode): Response {
  return Response.json({ error: code, message: errorMessage(locale, code) }, { status: ERROR_STATUS[code], headers: { "Cache-Control": "no-store" } });
}

// better-auth's error codes for the failures a user can cause; any other is "unexpected".
const AUTH_LIBRARY_CODES: Record<string, ErrorCode> = {
  USERNAME_IS_ALREADY_TAKEN: "username-taken",
  USER_ALREADY_EXISTS: "email-taken",
  USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL: "email-taken",
  INVALID_USERNAME_OR_PASSWORD: "invalid-credentials",
  INVALID_EMAIL_OR_PASSWORD: "invalid-credentials",
  INVALID_PASSWORD: "invalid-credentials",
  INVALID_EMAIL: "invalid-credentials",
  INVALID_USERNAME: "invalid-credentials",
  INVALID_DISPLAY_USERNAME: "invalid-credentials",
  INVALID_EMAIL_FORMAT: "invalid-credentials",
  PASSWORD_TOO_SHORT: "password-length",
  PASSWORD_TOO_LONG: "password-length",
};

/** The code of anything thrown: an AppError's own, the auth library's by its table, else "unexpected". */
export function errorCodeOf(error: unknown): ErrorCode {
  if (error instanceof AppError) return error.code;
  if (!isAPIError(error)) return "unexpected";
  const code = String((error.body as { code?: string } | undefined)?.code ?? "");
  return AUTH_LIBRARY_CODES[code] ?? "unexpected";
}
