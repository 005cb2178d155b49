import "server-only";
import type { z } from "zod";
import type { PublicQuestion, SealedKey } from "@/lib/quiz/seal";
import { ResponseSchema } from "@/lib/quiz/schemas";
import type { Response } from "@/lib/quiz/types";
import { emptyReadingRecord, type ReadingRecord } from "@/lib/reading/local-record";
import { ReadingRecordSchema } from "@/lib/reading/record-schema";

// Every JSON column is read back here and nowhere else.

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

/**
 * A question's public prompt and sealed key are written only by this server, from typed engine
 * output, in the same transaction as the quiz (lib/server/learning/quizzes.ts); they are read on
 * every autosave and grade, so they are trusted rather than re-validated field by field.
 */
export const readStoredPrompt = (text: string): PublicQuestion => JSON.parse(text) as PublicQuestion;
export const readStoredKey = (text: string): SealedKey => JSON.parse(text) as SealedKey;

/** A stored response (the learner's, so checked again); null when missing or unreadable. */
export function readStoredResponse(text: string | null): Response | null {
  return text ? (readStoredJson(ResponseSchema.nullable(), text, null) as Response | null) : null;
}

const StoredRead = ReadingRecordSchema.shape.read;
const StoredReveals = ReadingRecordSchema.shape.reveals;

/** A stored ReadingProgress row as a record (unreadable parts start empty). */
export function storedReadingRecord(row: { read: string; reveals: string }): ReadingRecord {
  return { ...emptyReadingRecord(), read: readStoredJson(StoredRead, row.read, {}), reveals: readStoredJson(StoredReveals, row.reveals, []) };
}
