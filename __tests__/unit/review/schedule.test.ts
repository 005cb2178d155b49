import { newCardState, previewIntervals, rateCard } from "@/lib/review/schedule";

const T0 = new Date("2026-11-29T08:00:00Z");
const minutes = (d: Date) => Math.round((d.getTime() - T0.getTime()) / 60_000);
const days = (d: Date, from: Date) => (d.getTime() - from.getTime()) / 86_400_000;

describe("FSRS scheduling", () => {
  it("a new card is due now; Again/Hard/Good come back within the learning steps, Easy days later", () => {
    const card = newCardState(T0);
    expect(card).toMatchObject({ due: T0, reps: 0, lapses: 0, state: 0 });
    const next = previewIntervals(card, T0);
    expect(minutes(next.again)).toBe(1);
    expect(minutes(next.good)).toBe(10);
    expect(minutes(next.hard)).toBeGreaterThan(1);
    expect(minutes(next.hard)).toBeLessThan(10);
    expect(days(next.easy, T0)).toBeGreaterThanOrEqual(1);
  });

  it("intervals grow with each Good review and reset on Again (a lapse)", () => {
    let card = rateCard(newCardState(T0), "good", T0);
    card = rateCard(card, "good", card.due);
    const first = days(card.due, card.lastReview!);
    card = rateCard(card, "good", card.due);
    const second = days(card.due, card.lastReview!);
    expect(first).toBeGreaterThanOrEqual(1);
    expect(second).toBeGreaterThan(first);
    const lapsed = rateCard(card, "again", card.due);
    expect(lapsed.lapses).toBe(1);
    expect(days(lapsed.due, lapsed.lastReview!)).toBeLessThan(1);
  });

  it("a higher desired retention schedules sooner", () => {
    let card = rateCard(newCardState(T0), "good", T0);
    card = rateCard(card, "good", card.due);
    const at = card.due;
    expect(rateCard(card, "good", at, 0.95).due.getTime()).toBeLessThan(rateCard(card, "good", at, 0.8).due.getTime());
  });

  it("is deterministic (no fuzz): the same history gives the same dates", () => {
    const run = () => ["good", "good", "hard", "easy"].reduce((c, r) => rateCard(c, r as "good", c.due), newCardState(T0));
    expect(run()).toEqual(run());
  });
});
