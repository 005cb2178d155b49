import "server-only";
import { cookies, headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { getLocale } from "next-intl/server";
import { formatDateIn, type DateStyle } from "@/lib/i18n/date-formats";
import { asLocale } from "@/lib/i18n/paths";
import { env } from "@/lib/env";
import { DEFAULT_TIME_ZONE } from "@/lib/i18n/time-zone";
import { localizedPath } from "@/lib/i18n/paths";
import type { AppLocale } from "@/lib/i18n/routing";
import { auth } from "./auth";
import { db } from "./db";
import { clientIp, consumeAttempt, guestLimits } from "./limits";
import { forgetSession, recallSession, rememberSession, sessionCookieValue, sessionUserOf, type SessionUser } from "./session-memo";

export type { SessionUser } from "./session-memo";
export { sessionUserOf } from "./session-memo";

/**
 * The request's headers with the Cookie header rebuilt from the cookie store, so a server
 * action that just signed someone in (or out) sees the new session in its re-render.
 */
export async function requestHeaders(): Promise<Headers> {
  const h = new Headers(await headers());
  h.set("cookie", (await cookies()).toString());
  return h;
}

/**
 * The signed-in user of a request's headers (a guest counts), or null: from the verified-session
 * memo when the same signed cookie was checked in the last few seconds, else checked by the auth
 * library. No session cookie, no check.
 */
export async function verifiedSessionUser(h: Headers, now = Date.now()): Promise<SessionUser | null> {
  const cookie = sessionCookieValue(h.get("cookie"));
  if (!cookie) return null;
  const known = recallSession(cookie, now);
  if (known) return known;
  const session = await auth().api.getSession({ headers: h });
  if (!session) {
    forgetSession(cookie);
    return null;
  }
  const user = sessionUserOf(session.user);
  rememberSession(cookie, user, session.session.expiresAt.getTime(), now);
  return user;
}

/** The signed-in user (a guest counts), or null. Once per request. */
export const currentUser = cache(async (): Promise<SessionUser | null> => verifiedSessionUser(await requestHeaders()));

/** Formats dates for the signed-in user in the UI language's one date style
 * (lib/i18n/date-formats.ts), in their time zone (the app's default otherwise). */
export async function userDateTime(): Promise<(date: Date, style: DateStyle) => string> {
  const [user, locale] = await Promise.all([currentUser(), getLocale()]);
  const timeZone = user?.timeZone ?? DEFAULT_TIME_ZONE;
  const to = asLocale(locale);
  return (date, style) => formatDateIn(to, date, style, timeZone);
}

/**
 * The current user, or a new guest account (signed in with a session cookie) for a visitor
 * who starts doing something worth keeping — a quiz, a saved term. Only from server actions
 * and route handlers, which may set cookies. Null when this address has started too many guest
 * sessions lately.
 */
export async function currentOrGuestUser(timeZone?: string): Promise<SessionUser | null> {
  const existing = await currentUser();
  if (existing) return existing;
  // Each guest is an account: new ones are limited per network address like sign-ups.
  const h = await requestHeaders();
  if (!(await consumeAttempt(db(), guestLimits(clientIp(h))))) return null;
  const result = await auth().api.signInAnonymous({ headers: h });
  if (!result) throw new Error("Could not start a guest session.");
  if (timeZone) await db().user.update({ where: { id: result.user.id }, data: { timeZone } });
  return { id: result.user.id, name: result.user.name, username: null, shownName: result.user.name, role: "learner", isGuest: true, timeZone: timeZone ?? DEFAULT_TIME_ZONE };
}

/**
 * The signed-up user a page needs (guests count as signed out): otherwise the visitor is sent
 * to sign in and brought back to `path`; someone with the other role gets "not found".
 */
export async function requirePageUser(locale: AppLocale, path: string, role: SessionUser["role"]): Promise<SessionUser> {
  const user = await currentUser();
  if (!user || user.isGuest) redirect(localizedPath(locale, `/sign-in?next=${encodeURIComponent(localizedPath(locale, path))}`));
  if (user.role !== role) notFound();
  return user;
}

/** The absolute origin links shared outside the app use (join links, QR codes). */
export async function siteOrigin(): Promise<string> {
  if (process.env.SITE_URL) return env.SITE_URL.replace(/\/$/, "");
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? "localhost:3000";
  const proto = h.get("x-forwarded-proto") ?? (host.startsWith("localhost") || host.startsWith("127.") ? "http" : "https");
  return `${proto}://${host}`;
}
