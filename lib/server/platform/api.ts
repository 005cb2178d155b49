import "server-only";
import { hasLocale } from "next-intl";
import type { z } from "zod";
import { routing, type AppLocale } from "@/lib/i18n/routing";
import { RowId } from "@/lib/validation/ids";
import { isStorageFailure, jsonError, type ErrorCode } from "./errors";
import { verifiedSessionUser } from "./session";

/** The UI language of an API request: next-intl's cookie, then Accept-Language. */
export function apiLocale(request: Request): AppLocale {
  const cookie = /(?:^|;\s*)NEXT_LOCALE=([a-z]+)/.exec(request.headers.get("cookie") ?? "")?.[1];
  if (hasLocale(routing.locales, cookie)) return cookie;
  const accepted = (request.headers.get("accept-language") ?? "").toLowerCase();
  return /^\s*en\b/.test(accepted) ? "en" : routing.defaultLocale;
}

/** A JSON error with its code's status and a message in the request's language. */
export function apiError(request: Request, code: ErrorCode, headers?: Record<string, string>): Response {
  return jsonError(apiLocale(request), code, headers);
}

/** The id of the signed-in user (guests included) of an API request, or null. */
export async function apiUserId(request: Request, now = Date.now()): Promise<string | null> {
  return (await verifiedSessionUser(request.headers, now))?.id ?? null;
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
  const id = RowId.safeParse((await params).id);
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

/** One line for the log about a request that failed: what was asked and what went wrong. */
function logFailure(request: Request, error: unknown): void {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  const what = [typeof code === "string" ? code : null, typeof message === "string" ? message.split("\n").filter(Boolean).at(-1) : String(error)].filter(Boolean).join(" ");
  console.error(`${request.method} ${new URL(request.url).pathname} failed: ${what}`);
}

/**
 * A JSON route handler that answers every exception in the one vocabulary: a database that
 * cannot write is "unavailable" (503), anything else "unexpected" (500), each with a message in
 * the request's language, and the log gets one line, not a stack.
 */
export function jsonRoute<C>(handler: (request: Request, context: C) => Promise<Response>): (request: Request, context: C) => Promise<Response> {
  return async (request, context) => {
    try {
      return await handler(request, context);
    } catch (error) {
      logFailure(request, error);
      return apiError(request, isStorageFailure(error) ? "unavailable" : "unexpected");
    }
  };
}
