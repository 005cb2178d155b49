// Spaced-review scheduling with FSRS (ts-fsrs): the card state as we store it, a new card,
// and the next state after a rating. Pure: the time is always passed in.
import { createEmptyCard, fsrs, generatorParameters, Rating, type Card, type Grade } from "ts-fsrs";

const DEFAULT_RETENTION = 0.9;

/** The FSRS fields of a ReviewCard row. */
export type CardState = {
  due: Date;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  state: number;
  lastReview: Date | null;
};

export const RATINGS = ["again", "hard", "good", "easy"] as const;
export type RatingName = (typeof RATINGS)[number];
const GRADE: Record<RatingName, Grade> = { again: Rating.Again, hard: Rating.Hard, good: Rating.Good, easy: Rating.Easy };

function toState(card: Card): CardState {
  return {
    due: card.due,
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsed_days,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    lastReview: card.last_review ?? null,
  };
}

function toCard(state: CardState): Card {
  return {
    due: state.due,
    stability: state.stability,
    difficulty: state.difficulty,
    elapsed_days: state.elapsedDays,
    scheduled_days: state.scheduledDays,
    learning_steps: state.learningSteps,
    reps: state.reps,
    lapses: state.lapses,
    state: state.state,
    ...(state.lastReview ? { last_review: state.lastReview } : {}),
  };
}

/** A card never reviewed, due now. */
export function newCardState(now: Date): CardState {
  return toState(createEmptyCard(now));
}

const schedulers = new Map<number, ReturnType<typeof fsrs>>();
function scheduler(retention: number) {
  const key = Math.round(retention * 100) / 100;
  let f = schedulers.get(key);
  if (!f) {
    // No fuzz: the same review always gives the same interval (tests and explanations agree).
    f = fsrs(generatorParameters({ request_retention: key, enable_fuzz: false }));
    schedulers.set(key, f);
  }
  return f;
}

/** The card's state after the learner rated it at `now`, at the desired retention. */
export function rateCard(state: CardState, rating: RatingName, now: Date, retention = DEFAULT_RETENTION): CardState {
  return toState(scheduler(retention).next(toCard(state), now, GRADE[rating]).card);
}

/** When each rating would next show the card (for the buttons' "in 10 min", "in 3 days"). */
export function previewIntervals(state: CardState, now: Date, retention = DEFAULT_RETENTION): Record<RatingName, Date> {
  return Object.fromEntries(RATINGS.map((r) => [r, rateCard(state, r, now, retention).due])) as Record<RatingName, Date>;
}

export const RETENTION_CHOICES = [0.8, 0.85, 0.9, 0.95] as const;
