// Dates and zones as forms send them. Pure zod.
import { z } from "zod";

/** An IANA zone the runtime knows. */
export const TimeZone = z
  .string()
  .max(64)
  .refine((zone) => {
    try {
      new Intl.DateTimeFormat("en", { timeZone: zone });
      return true;
    } catch {
      return false;
    }
  });

/** A datetime-local field's value ("2026-12-24T17:30"), or empty for none; `message` on anything else. */
export const localDateTime = (message: string) =>
  z
    .string()
    .max(20, message)
    .regex(/^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2})?$/, message);
