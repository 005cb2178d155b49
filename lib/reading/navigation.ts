// Moving through an article sentence by sentence with the keyboard. Pure: no I/O.

/**
 * The sentence `delta` steps from `current` in reading order, stopping at either end. With
 * nothing selected yet, moving forward starts at the first sentence and back at the last.
 */
export function stepSentence(ids: readonly string[], current: string | null, delta: number): string | null {
  if (ids.length === 0) return null;
  const index = current === null ? -1 : ids.indexOf(current);
  if (index === -1) return delta >= 0 ? (ids[0] ?? null) : (ids.at(-1) ?? null);
  const next = Math.min(ids.length - 1, Math.max(0, index + delta));
  return ids[next] ?? null;
}
