import { z } from "zod";

const EnvSchema = z.object({
  DATABASE_URL: z.string().min(1).optional(),
  /** Public origin used for absolute canonical and hreflang links. */
  SITE_URL: z.url().default("http://localhost:3000"),
  /** Sign-ins, sign-ups and new guest sessions allowed per network address in 10 minutes (each
   * counted apart). A whole class often shares one school address, hence not lower. */
  AUTH_LIMIT_PER_IP: z.coerce.number().int().positive().default(120),
  /** Wrong passwords in a row per account and address before each further one doubles a wait
   * (15 s, 30 s, 1 min … up to 15 min; see lib/auth/sign-in-delay.ts). */
  AUTH_LIMIT_PER_ACCOUNT: z.coerce.number().int().positive().default(5),
  /** Where mail goes (teachers' password resets): an SMTP URL such as smtps://user:pass@host:465.
   * Without it each message is written to the server log instead. */
  SMTP_URL: z.url().optional(),
  /** The sender of the app's mail. */
  MAIL_FROM: z.string().min(3).default("Song Ngữ <no-reply@localhost>"),
});

/** process.env, parsed once. */
export const env = EnvSchema.parse(process.env);
