import "server-only";

// Sessions the auth library has verified, by their signed cookie value, for a few seconds: the
// quiz player autosaves on every change, and a full check costs more than the save itself. The
// cookie is HMAC-signed, so only a value the library accepted can hit; signing out forgets it at
// once (forgetSession), and a session revoked by another process stays usable at most this long —
// as with the library's own signed session cookie (cookieCache), which allows a minute.
const VERIFIED_MS = 30_000;
const VERIFIED_LIMIT = 10_000;
const verified = new Map<string, { userId: string; until: number }>();

/** The signed session cookie of a request (either cookie name: plain or __Secure-). */
export function sessionCookieValue(cookieHeader: string | null): string | null {
  const match = /(?:^|;\s*)(?:__Secure-)?songngu\.session_token=([^;]+)/.exec(cookieHeader ?? "");
  return match?.[1] ? decodeURIComponent(match[1]) : null;
}

/** The user of a signed session cookie the library accepted in the last few seconds. */
export function recallSession(cookie: string, now = Date.now()): string | null {
  const hit = verified.get(cookie);
  return hit && hit.until > now ? hit.userId : null;
}

export function rememberSession(cookie: string, userId: string, expiresAt: number, now = Date.now()): void {
  if (verified.size >= VERIFIED_LIMIT) verified.delete(verified.keys().next().value ?? "");
  verified.set(cookie, { userId, until: Math.min(now + VERIFIED_MS, expiresAt) });
}

/** Drops a session (signed out, or a guest merged into an account): by signed cookie or bare token. */
export function forgetSession(tokenOrCookie: string): void {
  const token = tokenOrCookie.split(".")[0] ?? tokenOrCookie;
  for (const key of verified.keys()) if (key === tokenOrCookie || key.startsWith(`${token}.`)) verified.delete(key);
}
