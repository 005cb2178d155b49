// The quiz engine's vocabulary. Pure data: everything here is JSON-serialisable.
import type { GlossaryKind } from "@/lib/content/schema";

export type Lang = "vi" | "en";
export type QuizLanguage = Lang | "cross";
export type Bilingual = { vi: string; en: string };

/** An article as the engine needs it: aligned sentence pairs in reading order and a glossary. */
export type QuizArticle = {
  slug: string;
  sentences: QuizSentence[];
  glossary: QuizTerm[];
};
export type QuizSentence = { id: string; blockId: string; vi: string; en: string };
export type QuizTerm = { id: string; vi: string; en: string; enForms: string[]; kind: GlossaryKind; sentenceIds: string[] };

export type NumberKind = "count" | "percent" | "measure" | "date" | "date-range";

/** A number written in one language: its value(s), what it counts, and where it is. */
export type NumberMention = {
  kind: NumberKind;
  /** The number itself; for dates the day, for ranges the first day. */
  value: number;
  /** Day-month details of dates and ranges. */
  date?: { day: number; month: number; toDay?: number };
  unit?: string;
  /** The unit as the sentence writes it ("m2", "square meters"). */
  unitText?: string;
  /** "hơn", "more than"… as written. */
  qualifier?: string;
  /** The words the number counts ("doanh nghiệp", "enterprises"). */
  counted?: string;
  /** The exact text of the number (with % or date parts) and its offsets in the sentence. */
  text: string;
  start: number;
  end: number;
};

export type EntityKind = Exclude<GlossaryKind, "term">;

type FactBase = { id: string; sentenceIds: string[] };

export type NumberFact = FactBase & { type: "number"; vi: NumberMention; en: NumberMention };
export type EntityFact = FactBase & {
  type: "entity";
  kind: EntityKind;
  termId: string | null;
  name: Bilingual;
  /** Where the name is written in its (first) sentence, per language. */
  spans: { vi: { start: number; end: number }; en: { start: number; end: number } };
};
export type QuotationFact = FactBase & { type: "quotation"; quote: Bilingual; speaker: { entityId: string; name: Bilingual } };
/** A quoted epithet for a person ("Cha đẻ của AI" Geoffrey Hilton). */
export type EpithetFact = FactBase & { type: "epithet"; epithet: Bilingual; person: { entityId: string; name: Bilingual } };
export type EnumerationFact = FactBase & { type: "enumeration"; items: Bilingual[]; lead: Bilingual };
export type TermFact = FactBase & { type: "term"; termId: string; term: Bilingual };

export type Fact = NumberFact | EntityFact | QuotationFact | EpithetFact | EnumerationFact | TermFact;

export const QUESTION_TYPES = [
  "multiple-choice",
  "true-false",
  "cloze",
  "matching",
  "ordering",
  "who-said-it",
  "translation-match",
] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];
export type Difficulty = "easy" | "medium" | "hard";

export type Option = { id: string; text: string };

export type Answer =
  | { kind: "option"; optionId: string }
  | { kind: "text"; display: string; accepted: string[]; numeric?: number }
  | { kind: "pairs"; pairs: Record<string, string> }
  | { kind: "order"; itemIds: string[] };

export type Question = {
  /** Stable across seeds: the same fact asked the same way has the same id. */
  id: string;
  type: QuestionType;
  language: QuizLanguage;
  promptLanguage: Lang;
  optionsLanguage: Lang;
  /** What to do, in the prompt's language ("Chọn đáp án đúng."). */
  instruction: string;
  prompt: string;
  /** Choices; for matching, the right-hand column. */
  options?: Option[];
  /** Matching: the left-hand column. Ordering: the items to put in order. */
  items?: Option[];
  /** Cloze questions are answered by choosing or by typing. */
  input: "choice" | "text" | "pairs" | "order";
  answer: Answer;
  factId: string;
  sourceSentenceIds: string[];
  sources: { id: string; vi: string; en: string }[];
  explanation: Bilingual;
  difficulty: Difficulty;
};

export type Response =
  | { optionId: string }
  | { text: string }
  | { pairs: Record<string, string> }
  | { order: string[] };

export type GradeNote = "missing-diacritics" | "typo";
export type GradeResult = {
  correct: boolean;
  /** 0 to 1; partial credit for matching and ordering. */
  score: number;
  /** The right answer as the learner should see it. */
  expected: string;
  notes: GradeNote[];
};
