// How well a learner knows each fact, from their graded answers in time order. Pure.

export type Mastery = "mastered" | "learning" | "struggling";

/**
 * mastered: the last two answers were right; struggling: the last answer was wrong;
 * learning: in between (one right answer so far, or right after a miss).
 */
export function factMastery(history: readonly boolean[]): Mastery {
  const last = history.at(-1);
  if (last === undefined || !last) return "struggling";
  return history.length >= 2 && history.at(-2) === true ? "mastered" : "learning";
}

/** Consecutive days with activity up to today (or up to yesterday, if today has none yet). */
export function dailyStreak(activityDays: Iterable<string>, today: string): number {
  const days = new Set(activityDays);
  let cursor = days.has(today) ? today : previousDay(today);
  let streak = 0;
  while (days.has(cursor)) {
    streak++;
    cursor = previousDay(cursor);
  }
  return streak;
}

/** The calendar day ("2026-11-29") of an instant in a time zone. */
export function dayIn(instant: Date, timeZone: string): string {
  // en-CA formats dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(instant);
}

function previousDay(day: string): string {
  const d = new Date(`${day}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}
