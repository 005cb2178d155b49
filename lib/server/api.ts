import "server-only";
import { createTranslator, hasLocale } from "next-intl";
import en from "@/messages/en.json";
import vi from "@/messages/vi.json";
import type { z } from "zod";
import { routing, type AppLocale } from "@/lib/i18n/routing";
import { AttemptId } from "@/lib/quiz/schemas";
import { auth } from "./auth";
import { forgetSession, recallSession, rememberSession, sessionCookieValue } from "./session-memo";

/** The UI language of an API request: next-intl's cookie, then Accept-Language. */
export function apiLocale(request: Request): AppLocale {
  const cookie = /(?:^|;\s*)NEXT_LOCALE=([a-z]+)/.exec(request.headers.get("cookie") ?? "")?.[1];
  if (hasLocale(routing.locales, cookie)) return cookie;
  const accepted = (request.headers.get("accept-language") ?? "").toLowerCase();
  return /^\s*en\b/.test(accepted) ? "en" : routing.defaultLocale;
}

export type ApiErrorCode = "unauthorized" | "forbidden" | "not-found" | "bad-request" | "submitted" | "not-immediate" | "no-more-tries" | "too-many-requests" | "unexpected";

const STATUS: Record<ApiErrorCode, number> = {
  unauthorized: 401,
  forbidden: 403,
  "not-found": 404,
  "bad-request": 400,
  submitted: 409,
  "not-immediate": 409,
  "no-more-tries": 409,
  "too-many-requests": 429,
  unexpected: 500,
};

/** A JSON error with a stable code and a message in the request's language. */
export async function apiError(request: Request, code: ApiErrorCode): Promise<Response> {
  // Route handlers run outside next-intl's request scope: translate with the messages directly.
  const locale = apiLocale(request);
  const t = createTranslator({ locale, messages: locale === "en" ? en : vi, namespace: "Api" });
  return Response.json({ error: code, message: t(code) }, { status: STATUS[code], headers: { "Cache-Control": "no-store" } });
}

/** The id of the signed-in user (guests included) of an API request, or null. */
export async function apiUserId(request: Request, now = Date.now()): Promise<string | null> {
  const cookie = sessionCookieValue(request.headers.get("cookie"));
  if (!cookie) return null;
  const known = recallSession(cookie, now);
  if (known) return known;
  const session = await auth().api.getSession({ headers: request.headers });
  if (!session) {
    forgetSession(cookie);
    return null;
  }
  rememberSession(cookie, session.user.id, session.session.expiresAt.getTime(), now);
  return session.user.id;
}

/**
 * A state-changing request must be JSON from this site: browsers cannot send a cross-site
 * JSON body with cookies without a CORS preflight (which we never grant), and an Origin,
 * when sent, must be our own.
 */
export function isSameSiteJson(request: Request): boolean {
  if (!(request.headers.get("content-type") ?? "").startsWith("application/json")) return false;
  const origin = request.headers.get("origin");
  if (!origin) return true;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

/**
 * The shared start of a learner's state-changing request about an attempt: same-site JSON, a
 * session, a well-formed attempt id. Either the user and attempt ids, or the error to answer.
 */
export async function openAttemptRequest(request: Request, params: Promise<{ id: string }>): Promise<{ userId: string; attemptId: string } | Response> {
  if (!isSameSiteJson(request)) return apiError(request, "forbidden");
  const userId = await apiUserId(request);
  if (!userId) return apiError(request, "unauthorized");
  const id = AttemptId.safeParse((await params).id);
  if (!id.success) return apiError(request, "not-found");
  return { userId, attemptId: id.data };
}

/** Reads and validates a JSON body; null when it is not JSON or does not match. */
export async function readJson<T extends z.ZodType>(request: Request, schema: T): Promise<z.infer<T> | null> {
  try {
    const parsed = schema.safeParse(await request.json());
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
