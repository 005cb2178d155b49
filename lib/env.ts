import { z } from "zod";

const EnvSchema = z.object({
  DATABASE_URL: z.string().min(1).optional(),
  /** Public origin used for absolute canonical and hreflang links. */
  SITE_URL: z.url().default("http://localhost:3000"),
});

/** process.env, parsed once. */
export const env = EnvSchema.parse(process.env);
