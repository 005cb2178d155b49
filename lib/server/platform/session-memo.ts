import "server-only";
import { DEFAULT_TIME_ZONE } from "@/lib/i18n/time-zone";

// Sessions the auth library has verified, by their signed cookie value, for a few seconds: every
// page and API request needs the signed-in user, and a full check (two HMAC verifications and
// the cookie cache's decoding, or a database read) costs more than a small page's own work. The
// cookie is HMAC-signed, so only a value the library accepted can hit; signing out forgets it at
// once (forgetSession), and a session revoked by another process stays usable at most this long —
// as with the library's own signed session cookie (cookieCache), which allows a minute.
const VERIFIED_MS = 30_000;
const VERIFIED_LIMIT = 10_000;

export type SessionUser = {
  id: string;
  name: string;
  username: string | null;
  /** The name the header shows: the username as its owner typed it, else the display name. */
  shownName: string;
  role: "learner" | "teacher";
  isGuest: boolean;
  /** IANA zone for the user's dates and streaks. */
  timeZone: string;
};

const verified = new Map<string, { user: SessionUser; until: number }>();

/** Our view of better-auth's session user (its additional fields are untyped there). */
export function sessionUserOf(sessionUser: { id: string; name: string }): SessionUser {
  const user = sessionUser as typeof sessionUser & {
    role?: string;
    username?: string | null;
    displayUsername?: string | null;
    isAnonymous?: boolean | null;
    timeZone?: string | null;
  };
  return {
    id: user.id,
    name: user.name,
    username: user.username ?? null,
    shownName: user.displayUsername || user.name,
    role: user.role === "teacher" ? "teacher" : "learner",
    isGuest: Boolean(user.isAnonymous),
    timeZone: user.timeZone || DEFAULT_TIME_ZONE,
  };
}

/** The signed session cookie of a request (either cookie name: plain or __Secure-). */
export function sessionCookieValue(cookieHeader: string | null): string | null {
  const match = /(?:^|;\s*)(?:__Secure-)?songngu\.session_token=([^;]+)/.exec(cookieHeader ?? "");
  return match?.[1] ? decodeURIComponent(match[1]) : null;
}

/** The user of a signed session cookie the library accepted in the last few seconds. */
export function recallSession(cookie: string, now = Date.now()): SessionUser | null {
  const hit = verified.get(cookie);
  if (!hit) return null;
  if (hit.until > now) return hit.user;
  verified.delete(cookie);
  return null;
}

export function rememberSession(cookie: string, user: SessionUser, expiresAt: number, now = Date.now()): void {
  if (verified.size >= VERIFIED_LIMIT) verified.delete(verified.keys().next().value ?? "");
  verified.set(cookie, { user, until: Math.min(now + VERIFIED_MS, expiresAt) });
}

/** Drops a session (signed out, or a guest merged into an account): by signed cookie or bare token. */
export function forgetSession(tokenOrCookie: string): void {
  const token = tokenOrCookie.split(".")[0] ?? tokenOrCookie;
  for (const key of verified.keys()) if (key === tokenOrCookie || key.startsWith(`${token}.`)) verified.delete(key);
}
