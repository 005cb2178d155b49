import { lockKey } from "@/lib/db/row-lock";
import "server-only";
import { randomBytes, randomInt } from "node:crypto";
import { createTranslator } from "next-intl";
import { isPlaceholderEmail } from "@/lib/auth/credentials";
import { newResetCode, RESET_CODE_TTL_MS } from "@/lib/auth/reset-code";
import { localizedPath } from "@/lib/i18n/paths";
import type { AppLocale } from "@/lib/i18n/routing";
import { env } from "@/lib/env";
import en from "@/messages/en.json";
import vi from "@/messages/vi.json";
import { auth } from "./auth";
import { db } from "./db";
import { failure, type Failure } from "./errors";
import { clearSignInFailures, clientIp, consumeAttempt } from "./limits";
import { sendMail } from "./mail";

// Forgotten passwords. Pupils have no email: their teacher makes a one-time code for them
// (`issueResetCode`, called by the class service once it has checked the teacher), which
// works with the pupil's username only. Teachers get a link by email. Either way the auth
// library sets the new password (its hash, and every session of the account ends), and the
// account's sign-in wait is lifted. A reset is a verification row of the library's own kind,
// `reset-password:<token>` → user id; making a new one drops the account's older ones.

const RESET_PREFIX = "reset-password:";
/** How long a teacher's emailed link works. */
export const RESET_LINK_TTL_MS = 60 * 60_000;
const TEN_MINUTES = 10 * 60_000;

async function issue(userId: string, token: string, ttlMs: number, now: Date): Promise<Date> {
  const expiresAt = new Date(now.getTime() + ttlMs);
  // In one transaction: two teachers (or a double click) at once still leave one live code.
  await db().$transaction(async (tx) => {
    await lockKey(tx, `${RESET_PREFIX}${userId}`);
    await tx.verification.deleteMany({ where: { value: userId, identifier: { startsWith: RESET_PREFIX } } });
    await tx.verification.create({ data: { id: randomBytes(16).toString("base64url"), identifier: `${RESET_PREFIX}${token}`, value: userId, expiresAt, createdAt: now, updatedAt: now } });
  });
  return expiresAt;
}

/** Drops an account's live reset codes and links (a learner taken off a class). */
export async function cancelResets(userId: string): Promise<void> {
  await db().verification.deleteMany({ where: { value: userId, identifier: { startsWith: RESET_PREFIX } } });
}

/** A new one-time code for the account (the caller has checked who may ask), and when it expires. */
export async function issueResetCode(userId: string, now = new Date()): Promise<{ code: string; expiresAt: Date }> {
  const code = newResetCode(randomInt);
  return { code, expiresAt: await issue(userId, code, RESET_CODE_TTL_MS, now) };
}

/** The user a live reset token belongs to, or null. */
async function tokenOwner(token: string, now: Date) {
  const row = await db().verification.findFirst({ where: { identifier: `${RESET_PREFIX}${token}`, expiresAt: { gt: now } }, select: { value: true } });
  if (!row) return null;
  return db().user.findUnique({ where: { id: row.value }, select: { id: true, email: true, username: true, role: true } });
}

type ResetFailure = Failure<"too-many-requests" | "reset-code-invalid" | "reset-link-invalid" | "password-length" | "unexpected">;

/** Sets the new password through the library, then lifts the account's sign-in wait. */
async function setPassword(token: string, newPassword: string, identifier: string): Promise<{ ok: true } | ResetFailure> {
  try {
    await auth().api.resetPassword({ body: { token, newPassword } });
  } catch {
    // The token was used or expired between the check and now (another tab, say).
    return failure("reset-link-invalid");
  }
  await clearSignInFailures(db(), identifier);
  return { ok: true };
}

/**
 * A pupil's reset with their teacher's code: the code must be live, made for this username, and
 * the pupil still in a class. Limited per address only: 31⁸ codes are out of reach at 30 tries
 * per 10 minutes, and a limit per username would let a classmate's wrong tries block the pupil's
 * right code.
 */
export async function resetWithCode(username: string, code: string, newPassword: string, headers: Headers, now = new Date()): Promise<{ ok: true } | ResetFailure> {
  const name = username.trim().toLowerCase();
  if (!(await consumeAttempt(db(), [{ key: `reset:ip:${clientIp(headers)}`, max: 30, windowMs: TEN_MINUTES }]))) return failure("too-many-requests");
  const owner = await tokenOwner(code, now);
  if (!owner || owner.username !== name) return failure("reset-code-invalid");
  if ((await db().enrollment.count({ where: { userId: owner.id, removedAt: null } })) === 0) return failure("reset-code-invalid");
  const done = await setPassword(code, newPassword, name);
  return "error" in done && done.error === "reset-link-invalid" ? failure("reset-code-invalid") : done;
}

/** A teacher's reset with the emailed link's token; answers the email to sign in with. */
export async function resetWithLink(token: string, newPassword: string, headers: Headers, now = new Date()): Promise<{ ok: true; email: string } | ResetFailure> {
  if (!(await consumeAttempt(db(), [{ key: `reset:ip:${clientIp(headers)}`, max: 30, windowMs: TEN_MINUTES }]))) return failure("too-many-requests");
  const owner = await tokenOwner(token, now);
  if (!owner || owner.role !== "teacher") return failure("reset-link-invalid");
  const done = await setPassword(token, newPassword, owner.email);
  return "error" in done ? done : { ok: true, email: owner.email };
}

/**
 * Emails a reset link to a teacher's address. Answers the same whether or not the address has
 * an account (nobody learns who is registered); limited per address and per email so nobody
 * can flood an inbox. Learners' placeholder addresses never get mail.
 */
export async function requestResetLink(email: string, locale: AppLocale, headers: Headers, now = new Date()): Promise<{ ok: true } | Failure<"too-many-requests" | "mail-failed">> {
  const address = email.trim().toLowerCase();
  const allowed = await consumeAttempt(db(), [
    { key: `reset-mail:ip:${clientIp(headers)}`, max: 10, windowMs: TEN_MINUTES },
    { key: `reset-mail:email:${address}`, max: 3, windowMs: TEN_MINUTES },
  ]);
  if (!allowed) return failure("too-many-requests");
  if (isPlaceholderEmail(address)) return { ok: true };
  const user = await db().user.findUnique({ where: { email: address }, select: { id: true, name: true, role: true } });
  if (!user || user.role !== "teacher") return { ok: true };
  const token = randomBytes(24).toString("base64url");
  await issue(user.id, token, RESET_LINK_TTL_MS, now);
  const t = createTranslator({ locale, messages: locale === "en" ? en : vi, namespace: "Mail" });
  const url = `${env.SITE_URL}${localizedPath(locale, "/reset-password")}?token=${token}`;
  try {
    await sendMail({ to: address, subject: t("resetSubject"), text: t("resetText", { name: user.name, url, minutes: RESET_LINK_TTL_MS / 60_000 }) });
  } catch (error) {
    console.error(`[mail] reset link not sent: ${error instanceof Error ? error.message : String(error)}`);
    return failure("mail-failed");
  }
  return { ok: true };
}
