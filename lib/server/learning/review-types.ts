// The shapes the review page receives from lib/server/reviews.ts. Type-only (plus one
// constant), so client components may import it.
import type { PublicQuestion } from "@/lib/quiz/seal";
import type { GradeNote } from "@/lib/quiz/types";
import type { RatingName } from "@/lib/review/schedule";

export const TERM_DIRECTIONS = ["vi-en", "en-vi"] as const;
export type TermDirection = (typeof TERM_DIRECTIONS)[number];

export type TermCardView = {
  kind: "term";
  id: string;
  direction: TermDirection;
  front: { lang: "vi" | "en"; text: string };
  back: { lang: "vi" | "en"; text: string };
  note: { vi: string; en: string };
  articleSlug: string;
  /** A sentence of the article using the term, both languages. */
  example: { id: string; vi: string; en: string } | null;
};
export type FactCardView = { kind: "fact"; id: string; question: PublicQuestion; articleSlug: string };
export type CardView = (TermCardView | FactCardView) & { intervals: Record<RatingName, Date>; due: Date; reps: number };

export type ReviewFeedback = {
  correct: boolean;
  expected: string;
  expectedOption?: string;
  notes: GradeNote[];
  explanation: { vi: string; en: string };
  sources: { id: string; vi: string; en: string }[];
  suggested: RatingName;
};

