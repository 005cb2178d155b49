import "server-only";
import type { Database } from "@/lib/db/client";
import { env } from "@/lib/env";
import { CLIENT_ADDRESS_HEADER } from "@/lib/net/client-address";

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

/**
 * The client's address, as `npm start` (scripts/serve.mts) resolved it from the socket and the
 * trusted proxies. Client-sent X-Forwarded-For is never read here. Without that server
 * (`next dev`) every request counts as "local", which limits more, never less.
 */
export function clientIp(headers: Headers): string {
  return headers.get(CLIENT_ADDRESS_HEADER) || "local";
}
