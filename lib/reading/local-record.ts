// What the reader keeps about one learner and one article in the browser until accounts
// exist: which paragraphs were read, and each time a hidden translation was revealed in
// cover mode (teachers will want to see which sentences needed help). Pure: no I/O.
export const LOCAL_RECORD_VERSION = 1;
/** Reveal events kept per article; the oldest are dropped beyond this. */
export const MAX_REVEALS = 500;

export type ReadingRecord = {
  version: typeof LOCAL_RECORD_VERSION;
  /** Paragraph (block) ids counted as read, with when (ms since the epoch). */
  read: Record<string, number>;
  /** Cover-mode reveals: sentence pair id and when, oldest first. */
  reveals: { sentenceId: string; at: number }[];
};

const isTime = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;

/**
 * Checks a stored record's shape. Written out rather than with zod because this module
 * runs in the browser, where zod would add ~17 KB gzipped to the reader's first load; the
 * server never receives this record (accounts will validate it with zod when it moves).
 */
function isReadingRecord(value: unknown): value is ReadingRecord {
  if (typeof value !== "object" || value === null) return false;
  const { version, read, reveals } = value as Record<string, unknown>;
  if (version !== LOCAL_RECORD_VERSION || typeof read !== "object" || read === null || !Array.isArray(reveals)) return false;
  return (
    Object.values(read).every(isTime) &&
    reveals.every((r) => typeof r === "object" && r !== null && typeof r.sentenceId === "string" && isTime(r.at))
  );
}

export function emptyReadingRecord(): ReadingRecord {
  return { version: LOCAL_RECORD_VERSION, read: {}, reveals: [] };
}

/** The localStorage key of an article's record. */
export function readingRecordKey(slug: string): string {
  return `songngu:reading:v${LOCAL_RECORD_VERSION}:${slug}`;
}

/** Parses stored JSON; anything unreadable starts a fresh record rather than failing. */
export function parseReadingRecord(json: string | null): ReadingRecord {
  if (!json) return emptyReadingRecord();
  try {
    const parsed: unknown = JSON.parse(json);
    return isReadingRecord(parsed) ? parsed : emptyReadingRecord();
  } catch {
    return emptyReadingRecord();
  }
}

/** Marks a paragraph read (keeping the first time it was read). */
export function markRead(record: ReadingRecord, blockId: string, at: number): ReadingRecord {
  if (record.read[blockId] !== undefined) return record;
  return { ...record, read: { ...record.read, [blockId]: at } };
}

/** Marks a paragraph unread again (the learner's own choice). */
export function markUnread(record: ReadingRecord, blockId: string): ReadingRecord {
  if (record.read[blockId] === undefined) return record;
  const read = { ...record.read };
  delete read[blockId];
  return { ...record, read };
}

/** Records one reveal of a sentence's translation. */
export function addReveal(record: ReadingRecord, sentenceId: string, at: number): ReadingRecord {
  const reveals = [...record.reveals, { sentenceId, at }];
  return { ...record, reveals: reveals.slice(Math.max(0, reveals.length - MAX_REVEALS)) };
}

/** How many times each sentence's translation was revealed. */
export function revealCounts(record: ReadingRecord): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { sentenceId } of record.reveals) counts.set(sentenceId, (counts.get(sentenceId) ?? 0) + 1);
  return counts;
}

/**
 * Two records of the same article combined (the browser's and the account's, or a guest's
 * and the account they sign up for): every paragraph read in either, at the earlier time, and
 * every reveal once, in time order, keeping the newest MAX_REVEALS.
 */
export function mergeReadingRecords(a: ReadingRecord, b: ReadingRecord): ReadingRecord {
  const read = { ...a.read };
  for (const [id, at] of Object.entries(b.read)) read[id] = Math.min(read[id] ?? at, at);
  const seen = new Set<string>();
  const reveals = [...a.reveals, ...b.reveals]
    .filter((r) => {
      const key = `${r.sentenceId}@${r.at}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((x, y) => x.at - y.at);
  return { version: LOCAL_RECORD_VERSION, read, reveals: reveals.slice(Math.max(0, reveals.length - MAX_REVEALS)) };
}
