import "server-only";
import type { Database } from "@/lib/db/client";
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

/** The limits of one sign-in: per network address, and per address and account name. */
export function signInLimits(ip: string, identifier: string): Limit[] {
  return [
    { key: `signin:ip:${ip}`, max: env.AUTH_LIMIT_PER_IP, windowMs: TEN_MINUTES },
    { key: `signin:account:${ip}:${identifier.trim().toLowerCase()}`, max: env.AUTH_LIMIT_PER_ACCOUNT, windowMs: TEN_MINUTES },
  ];
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
