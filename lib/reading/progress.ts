// How much of an article a learner has read. Pure: no I/O.

/** A paragraph that counts toward reading progress, weighted by its length. */
export type CountableBlock = { id: string; weight: number };

export type ReadingProgress = { readBlocks: number; totalBlocks: number; percent: number };

/**
 * Share of the article read, weighted by paragraph length so that reading a long paragraph
 * counts for more than a one-liner. Rounded down: 100 only when every paragraph is read.
 */
export function readingProgress(blocks: CountableBlock[], read: Iterable<string>): ReadingProgress {
  const readSet = new Set(read);
  const counted = blocks.filter((b) => readSet.has(b.id));
  const total = blocks.reduce((n, b) => n + Math.max(b.weight, 0), 0);
  const done = counted.reduce((n, b) => n + Math.max(b.weight, 0), 0);
  const percent = total === 0 ? 0 : Math.floor((done / total) * 100);
  return {
    readBlocks: counted.length,
    totalBlocks: blocks.length,
    percent: counted.length === blocks.length && blocks.length > 0 ? 100 : Math.min(percent, 99),
  };
}

/** Reading speeds are slower in a second language; these bounds keep the wait reasonable. */
const MS_PER_CHARACTER = 12;
const MIN_DWELL_MS = 1500;
const MAX_DWELL_MS = 8000;

/**
 * How long a paragraph must stay on screen before it counts as read: proportional to the
 * length of the text the learner reads first, within [1.5 s, 8 s].
 */
export function dwellThresholdMs(characters: number): number {
  return Math.min(MAX_DWELL_MS, Math.max(MIN_DWELL_MS, Math.round(characters * MS_PER_CHARACTER)));
}

type BlockText = { id: string; kind: string; sentences: { vi: string; en: string }[] };

/** The article's paragraphs as counted for progress: weight is the text in both languages. */
export function countableParagraphs(blocks: BlockText[]): (CountableBlock & { chars: { vi: number; en: number } })[] {
  return blocks
    .filter((b) => b.kind === "paragraph")
    .map((b) => {
      const chars = { vi: b.sentences.reduce((n, s) => n + s.vi.length, 0), en: b.sentences.reduce((n, s) => n + s.en.length, 0) };
      return { id: b.id, weight: chars.vi + chars.en, chars };
    });
}

/**
 * When the learner first had `percent` of the article read, from the time each paragraph was
 * read (ms since epoch); null if they have not reached it.
 */
export function readingReachedAt(blocks: CountableBlock[], readAt: Record<string, number>, percent: number): Date | null {
  const order = blocks.filter((b) => readAt[b.id] !== undefined).sort((a, b) => readAt[a.id]! - readAt[b.id]!);
  const read: string[] = [];
  for (const block of order) {
    read.push(block.id);
    if (readingProgress(blocks, read).percent >= percent) return new Date(readAt[block.id]!);
  }
  return null;
}
