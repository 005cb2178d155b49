import "server-only";
import { isAPIError } from "better-auth/api";
import { createTranslator } from "next-intl";
import type { AppLocale } from "@/lib/i18n/routing";
import en from "@/messages/en.json";
import vi from "@/messages/vi.json";

// The one vocabulary of things that go wrong on the server, and the three shapes it travels in:
// - services: a write answers its value (`{ id }`, `{ ok: true }` when there is none) or a
//   `Failure` (`{ error: code }`); a read answers null for "missing, or not yours";
// - JSON routes: `jsonError` (the status and message below, mapped once);
// - server actions: a `FormState`, `{ ok: true, … }` or `{ ok: false, code, message,
//   fieldErrors, values }`, the message in the user's language (`actionFailure`).

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
  /** A request body over the size the server takes. */
  "too-large": 413,
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
  /** An assignment without a quiz, or an article no question could be made from. */
  "no-quiz": 409,
  /** Publishing a quiz with every question switched off. */
  "no-questions-left": 409,
  /** No class has this join code. */
  "code-unknown": 404,
  /** The class is archived: no new members. */
  "class-archived": 409,
  /** The teacher took this learner off the class; only the teacher can let them back in. */
  "removed-from-class": 403,
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
  /** Too many wrong passwords for this account lately: it waits before the next try. */
  "sign-in-paused": 429,
  /** A teacher's one-time password reset code that is wrong, used or expired (or another learner's). */
  "reset-code-invalid": 400,
  /** A password reset link that is wrong, used or expired. */
  "reset-link-invalid": 400,
  /** The mail server refused or could not be reached. */
  "mail-failed": 503,
  /** This network address has opened too many guest sessions lately. */
  "too-many-guests": 429,
  /** The database cannot take writes right now (disk full, read-only file, locked too long). */
  unavailable: 503,
  /** Anything else; the log has the details. */
  unexpected: 500,
} as const satisfies Record<string, number>;

export type ErrorCode = keyof typeof ERROR_STATUS;

/** A service's answer when it fails. */
export type Failure<C extends ErrorCode = ErrorCode> = { error: C };
export const failure = <C extends ErrorCode>(error: C): Failure<C> => ({ error });
export const isFailure = <T extends object>(result: T | Failure): result is Failure => "error" in result && typeof result.error === "string";

/** The value of a result that has to have succeeded (scripts and tests); throws the failure's code otherwise. */
export function unwrap<T extends object>(result: T | Failure): T {
  if (isFailure(result)) throw new AppError(result.error);
  return result;
}

const STORAGE_CODES = /^(SQLITE_(FULL|READONLY|IOERR|BUSY|LOCKED|CANTOPEN|CORRUPT|NOTADB)|P1001|P1008|P2024|P2028|P2034)/;

/**
 * Whether an exception says the database could not do its part (disk full, read-only file,
 * I/O error, busy or locked too long, a transaction that timed out), as opposed to a bug.
 * Such a request is answered "unavailable" (503): the user can try again once it is fixed.
 */
export function isStorageFailure(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" && STORAGE_CODES.test(code);
}

/** Whether a write was refused by a unique index (a row another request has just made). */
export function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === "P2002";
}

/** A write with no value to answer: done. */
export type Done = { ok: true };
export const DONE: Done = { ok: true };

/**
 * What a form's server action answers (null before the first submit). On failure: the code
 * of a failure of the whole form with its message in the user's language, and/or an error key
 * per field (the form's own validation vocabulary), and what was typed so nothing is lost.
 */
export type FormFailure<F extends string = never> = {
  ok: false;
  code?: ErrorCode;
  message?: string;
  fieldErrors?: Partial<Record<string, F>>;
  values?: Record<string, string>;
};
export type FormState<F extends string = never, Ok extends object = object> = ({ ok: true } & Ok) | FormFailure<F> | null;

/** A form's failure as a whole (not a field's), with its message in the user's language. */
export function actionFailure(locale: AppLocale, code: ErrorCode, values?: Record<string, string>, params?: MessageParams): FormFailure {
  return { ok: false, code, message: errorMessage(locale, code, params), ...(values ? { values } : {}) };
}

/** A form's failure on its fields (the form shows its summary above them). */
export function fieldFailure<F extends string>(fieldErrors: Partial<Record<string, F>>, values?: Record<string, string>): FormFailure<F> {
  return { ok: false, fieldErrors, ...(values ? { values } : {}) };
}

/** Thrown where a function has no result to return a failure in. */
export class AppError extends Error {
  constructor(readonly code: ErrorCode) {
    super(code);
    this.name = "AppError";
  }
}

/** The message for a code in the given language (route handlers run outside next-intl's request scope). */
export function errorMessage(locale: AppLocale, code: ErrorCode, params?: MessageParams): string {
  return createTranslator({ locale, messages: locale === "en" ? en : vi, namespace: "Errors" })(code, params);
}

/** The values a message with placeholders takes (the wait in "sign-in-paused"). */
export type MessageParams = Record<string, string | number>;

/** A wait as people say it: "15 seconds", "3 minutes" (rounded up), in the language given. */
export function formatWait(locale: AppLocale, seconds: number): string {
  const [value, unit] = seconds < 60 ? [Math.max(1, Math.ceil(seconds)), "second"] : [Math.ceil(seconds / 60), "minute"];
  return new Intl.NumberFormat(locale, { style: "unit", unit, unitDisplay: "long" }).format(value);
}

/** A JSON error with its stable code, its status and a message in the request's language. */
export function jsonError(locale: AppLocale, code: ErrorCode, headers?: Record<string, string>): Response {
  return Response.json({ error: code, message: errorMessage(locale, code) }, { status: ERROR_STATUS[code], headers: { "Cache-Control": "no-store", ...headers } });
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
