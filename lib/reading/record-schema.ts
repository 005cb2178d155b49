// The reading record as the server accepts it from a browser (zod; never bundled for the
// reader, which checks its local copy with the small guard in local-record.ts).
import { z } from "zod";
import { LOCAL_RECORD_VERSION, MAX_REVEALS, type ReadingRecord } from "./local-record";

const Id = z.string().min(1).max(120);
const Time = z.number().int().nonnegative().max(8.64e15);

export const ReadingRecordSchema = z.object({
  version: z.literal(LOCAL_RECORD_VERSION),
  read: z.record(Id, Time).refine((r) => Object.keys(r).length <= 1000, "too many paragraphs"),
  reveals: z.array(z.object({ sentenceId: Id, at: Time })).max(MAX_REVEALS),
}) satisfies z.ZodType<ReadingRecord>;
