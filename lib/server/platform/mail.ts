import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import { env } from "@/lib/env";

// The app's outgoing mail (teachers' password reset links). With SMTP_URL set, through that
// server; without it (development, tests, a site that has no mail yet) each message is written
// to the server log as one line, so the link can still be followed.

export type MailMessage = { to: string; subject: string; text: string };

const globalForMail = globalThis as unknown as { songNguMail?: Transporter };

/** Sends the message, or logs it when no mail server is configured. Throws if the server refuses it. */
export async function sendMail(message: MailMessage): Promise<void> {
  if (!env.SMTP_URL) {
    console.info(`[mail] ${JSON.stringify(message)}`);
    return;
  }
  globalForMail.songNguMail ??= nodemailer.createTransport(env.SMTP_URL);
  await globalForMail.songNguMail.sendMail({ from: env.MAIL_FROM, ...message });
}
