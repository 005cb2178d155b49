import "server-only";
import { activeFailures, secondsToWait } from "@/lib/auth/sign-in-delay";
import type { Database } from "@/lib/db/client";
import { lockKey } from "@/lib/db/row-lock";
import { env } from "@/lib/env";
import { CLIENT_ADDRESS_HEADER } from "@/lib/net/client-address";
import { db } from "./db";

/** Fixed windows of attempts per key; each key allows `max` attempts per `windowMs`. */
export type Limit = { key: string; max: number; windowMs: number };

/**
 * Counts one attempt against every limit and says whether all of them still allow it. Used by
 * the sign-in and sign-up server actions (better-auth limits only its own /api/auth routes).
 * Counters live in the database, so they hold across restarts and processes.
 */
export async function consumeAttempt(database: Database, limits: Limit[], now = new Date()): Promise<boolean> {
  let allowed = true;
  await database.$transaction(async (tx) => {
    for (const limit of limits) {
      await lockKey(tx, limit.key);
      const row = await tx.signInThrottle.findUnique({ where: { key: limit.key } });
      const fresh = !row || now.getTime() - row.windowStart.getTime() >= limit.windowMs;
      const count = fresh ? 1 : row.count + 1;
      await tx.signInThrottle.upsert({
        where: { key: limit.key },
        create: { key: limit.key, count, windowStart: now },
        update: fresh ? { count, windowStart: now } : { count },
      });
      if (count > limit.max) allowed = false;
    }
  });
  return allowed;
}

const TEN_MINUTES = 10 * 60 * 1000;

/** The limit of sign-ins from one network address, whatever the accounts. */
export function signInLimits(ip: string): Limit[] {
  return [{ key: `signin:ip:${ip}`, max: env.AUTH_LIMIT_PER_IP, windowMs: TEN_MINUTES }];
}

// Wrong passwords per account and address: a growing wait (lib/auth/sign-in-delay.ts), kept in
// the same table (count: wrong passwords in a row, windowStart: when the last was tried).
const accountName = (identifier: string) => identifier.trim().toLowerCase();
const failurePrefix = (identifier: string) => `signin:fail:${accountName(identifier)}:`;

/**
 * Claims one sign-in try for an account from an address: the seconds to wait if its wrong
 * passwords call for a pause (nothing counted), else 0 with the try counted as wrong until
 * `clearSignInFailures` says it was right. Counting first means a burst of guesses sent at
 * once meets the pause after the free ones, not after all of them.
 */
export async function claimSignInTry(database: Database, identifier: string, ip: string, now = new Date()): Promise<number> {
  const key = `${failurePrefix(identifier)}${ip}`;
  return database.$transaction(async (tx) => {
    await lockKey(tx, key);
    const row = await tx.signInThrottle.findUnique({ where: { key } });
    const record = row ? { failures: row.count, lastFailureAt: row.windowStart } : null;
    const wait = secondsToWait(record, now, env.AUTH_LIMIT_PER_ACCOUNT);
    if (wait > 0) return wait;
    const failures = activeFailures(record, now) + 1;
    await tx.signInThrottle.upsert({ where: { key }, create: { key, count: failures, windowStart: now }, update: { count: failures, windowStart: now } });
    return 0;
  });
}

/** Forgets an account's wrong passwords from every address (right password, reset, teacher's unlock). */
export async function clearSignInFailures(database: Database, identifier: string): Promise<void> {
  await database.signInThrottle.deleteMany({ where: { key: { startsWith: failurePrefix(identifier) } } });
}

/** Until when each account (by username or email) must wait before its next sign-in, for those paused now. */
export async function signInPausedUntil(database: Database, identifiers: string[], now = new Date()): Promise<Map<string, Date>> {
  const out = new Map<string, Date>();
  if (identifiers.length === 0) return out;
  const rows = await database.signInThrottle.findMany({ where: { OR: identifiers.map((id) => ({ key: { startsWith: failurePrefix(id) } })) } });
  for (const id of identifiers) {
    for (const row of rows.filter((r) => r.key.startsWith(failurePrefix(id)))) {
      const wait = secondsToWait({ failures: row.count, lastFailureAt: row.windowStart }, now, env.AUTH_LIMIT_PER_ACCOUNT);
      const until = new Date(now.getTime() + wait * 1000);
      if (wait > 0 && until > (out.get(id) ?? new Date(0))) out.set(id, until);
    }
  }
  return out;
}

/** The limit of sign-ups from one network address. */
export function signUpLimits(ip: string): Limit[] {
  return [{ key: `signup:ip:${ip}`, max: env.AUTH_LIMIT_PER_IP, windowMs: TEN_MINUTES }];
}

/** The limit of guest sessions started from one network address. */
export function guestLimits(ip: string): Limit[] {
  return [{ key: `guest:ip:${ip}`, max: env.AUTH_LIMIT_PER_IP, windowMs: TEN_MINUTES }];
}

/** Quizzes one account may start in 10 minutes: a whole lesson of retries, not a flood (each is stored). */
export const QUIZ_STARTS_PER_USER = 40;

/** Counts a quiz start against the account's limit; false once it is used up. */
export async function quizStartAllowed(userId: string, database: Database = db()): Promise<boolean> {
  return consumeAttempt(database, [{ key: `quiz:user:${userId}`, max: QUIZ_STARTS_PER_USER, windowMs: TEN_MINUTES }]);
}

/** Join codes one network address may try in 10 minutes (a class joining at once shares one). */
export const JOIN_TRIES_PER_IP = 200;

/** Counts a try of a join code (page or form) against the address's limit; false once used up. */
export async function joinTryAllowed(ip: string, database: Database = db()): Promise<boolean> {
  return consumeAttempt(database, [{ key: `join:ip:${ip}`, max: JOIN_TRIES_PER_IP, windowMs: TEN_MINUTES }]);
}

/**
 * The client's address, as `npm start` (scripts/serve.mts) resolved it from the socket and the
 * trusted proxies. Client-sent X-Forwarded-For is never read here. Without that server
 * (`next dev`) every request counts as "local", which limits more, never less.
 */
export function clientIp(headers: Headers): string {
  return headers.get(CLIENT_ADDRESS_HEADER) || "local";
}

/**
 * Fixed windows counted in this process's memory, for requests too frequent to count in the
 * database (answer autosaves). With several app servers each counts its own share, so the
 * limit a client meets is at most N times this one: enough to stop a flood.
 */
export class MemoryWindow {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(
    private readonly max: number,
    private readonly windowMs: number,
  ) {}

  /** Counts one request; null while allowed, else the seconds until the window ends. */
  hit(key: string, now = Date.now()): number | null {
    let window = this.windows.get(key);
    if (!window || now - window.start >= this.windowMs) {
      if (this.windows.size > 50_000) this.prune(now);
      window = { start: now, count: 0 };
      this.windows.set(key, window);
    }
    window.count += 1;
    return window.count > this.max ? Math.max(1, Math.ceil((window.start + this.windowMs - now) / 1000)) : null;
  }

  private prune(now: number): void {
    for (const [key, window] of this.windows) if (now - window.start >= this.windowMs) this.windows.delete(key);
  }
}

/** Autosaves one attempt may make in 5 minutes: typing and changing one's mind, not a script. */
export const autosaveWindow = new MemoryWindow(300, 5 * 60 * 1000);
