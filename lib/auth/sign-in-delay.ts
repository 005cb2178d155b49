// How long an account waits after wrong passwords: a few mistakes cost nothing, then every
// further wrong password doubles the wait, up to a ceiling. A pupil who mistypes is slowed
// for seconds, a script guessing is slowed to a handful of guesses an hour, and nobody is
// locked out for good (the teacher can also lift the wait). The right password clears it.

/** Wrong passwords in a row that cost no wait (the env's AUTH_LIMIT_PER_ACCOUNT by default). */
export const DEFAULT_FREE_FAILURES = 5;
/** The wait after the first wrong password beyond the free ones. */
export const FIRST_WAIT_MS = 15_000;
/** The longest wait, however many wrong passwords. */
export const MAX_WAIT_MS = 15 * 60_000;
/** Wrong passwords older than this are forgotten. */
export const FORGET_AFTER_MS = 24 * 60 * 60_000;

/** The wrong passwords in a row and when the last one was tried. */
export type FailureRecord = { failures: number; lastFailureAt: Date };

/** The wait (ms) that follows the given number of wrong passwords in a row. */
export function waitAfter(failures: number, free = DEFAULT_FREE_FAILURES): number {
  if (failures < free) return 0;
  // 2 ** 30 is already past the ceiling: no overflow for any count.
  return Math.min(MAX_WAIT_MS, FIRST_WAIT_MS * 2 ** Math.min(30, failures - free));
}

/** The failures that still count at `now` (none once they are old). */
export function activeFailures(record: FailureRecord | null, now: Date): number {
  if (!record) return 0;
  return now.getTime() - record.lastFailureAt.getTime() >= FORGET_AFTER_MS ? 0 : record.failures;
}

/** Whole seconds until the account may try again (0: it may try now). */
export function secondsToWait(record: FailureRecord | null, now: Date, free = DEFAULT_FREE_FAILURES): number {
  const failures = activeFailures(record, now);
  if (!record || failures === 0) return 0;
  const until = record.lastFailureAt.getTime() + waitAfter(failures, free);
  return Math.max(0, Math.ceil((until - now.getTime()) / 1000));
}
