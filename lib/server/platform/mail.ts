import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import { env } from "@/lib/env";

// The app's outgoing mail (teachers' password reset links). With SMTP_URL set, through that
// server. Without it, on a site served from this machine (SITE_URL on localhost: development,
// tests) each message is written to the server log as one line, so the link can be followed;
// a public site without a mail server logs only that a message was not sent: its links would
// hand an account to whoever reads the log.

export type MailMessage = { to: string; subject: string; text: string };

const LOCAL_SITE = /^http:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?\/?$/;

const globalForMail = globalThis as unknown as { songNguMail?: Transporter };

/** Sends the message, or logs it when no mail server is configured. Throws if the server refuses it. */
export async function sendMail(message: MailMessage): Promise<void> {
  if (!env.SMTP_URL) {
    if (LOCAL_SITE.test(env.SITE_URL)) console.info(`[mail] ${JSON.stringify(message)}`);
    else console.warn(`[mail] not sent (SMTP_URL is not set): "${message.subject}" to ${message.to}`);
    return;
  }
  globalForMail.songNguMail ??= nodemailer.createTransport(env.SMTP_URL);
  await globalForMail.songNguMail.sendMail({ from: env.MAIL_FROM, ...message });
}
