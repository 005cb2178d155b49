import { z } from "zod";

const EnvSchema = z.object({
  DATABASE_URL: z.string().min(1).optional(),
  /** Public origin used for absolute canonical and hreflang links. */
  SITE_URL: z.url().default("http://localhost:3000"),
  /** Sign-ins, sign-ups and new guest sessions allowed per network address in 10 minutes (each
   * counted apart). A whole class often shares one school address, hence not lower. */
  AUTH_LIMIT_PER_IP: z.coerce.number().int().positive().default(120),
  /** Sign-in attempts allowed per address and account name in 10 minutes. */
  AUTH_LIMIT_PER_ACCOUNT: z.coerce.number().int().positive().default(5),
});

/** process.env, parsed once. */
export const env = EnvSchema.parse(process.env);
