import "server-only";
import type { z } from "zod";

/** A JSON column read back through a schema; `fallback` when it is unreadable or does not match. */
export function readStoredJson<T extends z.ZodType>(schema: T, text: string, fallback: z.infer<T>): z.infer<T> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return fallback;
  }
  const parsed = schema.safeParse(value);
  return parsed.success ? parsed.data : fallback;
}
