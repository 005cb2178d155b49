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
export type QuizSentence = {
  id: string;
  blockId: string;
  vi: string;
  en: string;
  /** What the sentence belongs to: the headline, a paragraph or a photo caption. */
  blockKind?: "headline" | "paragraph" | "figure";
};
export type QuizTerm = {
  id: string;
  vi: string;
  en: string;
  enForms: string[];
  kind: GlossaryKind;
  sentenceIds: string[];
  /** Other names of the same thing in the article, per language. */
  aliases?: { vi?: string[]; en?: string[] };
  /** Ids of glossary entries naming the same thing. */
  sameAs?: string[];
};

export type NumberKind = "count" | "percent" | "measure" | "money" | "range" | "year" | "date" | "date-range" | "score";

/** A calendar date as an article writes it: a day and month, a month and year, a year… */
export type DateParts = { day?: number; month?: number; year?: number };

/** How a numeral is written, so that a wrong option can be written the same way. */
export type NumberStyle = { decimals: number; grouped: boolean; words: boolean; ordinal?: boolean };

/** A part of a number's text that holds one value ("28" in "26 đến 28/7" is `toDay`). */
export type NumberSlot = { role: "value" | "day" | "month" | "monthName" | "year" | "toDay" | "toMonth" | "toMonthName" | "toYear" | "away" | "upper"; start: number; end: number };

/** A number written in one language: its value(s), what it counts, and where it is. */
export type NumberMention = {
  kind: NumberKind;
  /** The number as written (5.6 in "5,6 tỷ USD"); for dates the day, for years the year,
   * for scores the first side's goals. */
  value: number;
  /** Thousand, million, billion… written after the number ("tỷ" in "5,6 tỷ USD"). */
  scale?: number;
  /** Dates and ranges: where they start (and end). */
  date?: DateParts;
  to?: DateParts;
  /** Scores: the second side's goals. */
  away?: number;
  /** Ranges of values ("từ 5 đến 8 triệu đồng"): the upper end, in the same scale. */
  upper?: number;
  /** The unit as one name for both languages ("m2", "km", "usd", "vnd", "t", "month"). */
  unit?: string;
  /** The unit as the sentence writes it ("m2", "square meters"). */
  unitText?: string;
  /** What a price or rate is per ("t" in "2.500 USD/tấn", "$2,500 a tonne"). */
  per?: string;
  /** "hơn", "more than"… as written. */
  qualifier?: string;
  /** A year set as a target or deadline ("đến năm 2030", "by 2030"): round years are likely. */
  deadline?: boolean;
  /** The words the number counts ("doanh nghiệp", "enterprises"). */
  counted?: string;
  style: NumberStyle;
  /** The exact text of the number (with % or date parts) and its offsets in the sentence;
   * the slots are offsets within `text`. */
  text: string;
  start: number;
  end: number;
  slots: NumberSlot[];
};

export type EntityKind = Exclude<GlossaryKind, "term">;

type FactBase = { id: string; sentenceIds: string[] };

export type NumberFact = FactBase & { type: "number"; vi: NumberMention; en: NumberMention };
export type EntityFact = FactBase & {
  type: "entity";
  kind: EntityKind;
  /** The entity named (a glossary id, or "name:…" for a name the glossary does not list). */
  entityId?: string;
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
/** A person's role as the article gives it ("Giám đốc Sở Y tế thành phố Huế"). */
export type RoleFact = FactBase & { type: "role"; person: { entityId: string; name: Bilingual }; role: Bilingual };

export type Fact = NumberFact | EntityFact | QuotationFact | EpithetFact | EnumerationFact | TermFact | RoleFact;

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

/** The value of a number, date or score key, for grading typed answers. `context` holds the
 * words the number counts and its unit as written, which a pupil may type after it. */
export type ExpectedValue =
  | { kind: "quantity"; amount: number; percent: boolean; unit?: string; per?: string; scale?: number; context?: string[] }
  | { kind: "date"; date: DateParts; to?: DateParts }
  | { kind: "score"; home: number; away: number }
  | { kind: "range"; low: number; high: number; unit?: string; scale?: number };

export type Answer =
  | { kind: "option"; optionId: string }
  | {
      kind: "text";
      display: string;
      accepted: string[];
      /** Quizzes stored before typed values were read: the number to accept. */
      numeric?: number;
      /** A number, date or score key: any way of writing it is accepted. */
      value?: ExpectedValue;
      /** Typo tolerance: none (numbers), a word's, or a name's (never its first letters). */
      typos?: "none" | "word" | "name";
      /** Why another accepted form is also right ("Hilton": the original's spelling). */
      variants?: { text: string; note: "source-spelling" }[];
    }
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
  /** 0 to 1: how good a teacher would find the question (lib/quiz/quality.ts). */
  quality: number;
  /** Why it scores less than 1. */
  flags: QualityFlag[];
};

export const QUALITY_FLAGS = [
  "cut-prompt",
  "long-prompt",
  "copied-statement",
  "caption",
  "few-options",
  "outside-names",
  "mixed-options",
  "unrelated-options",
  "plain-list",
  "typed-words",
  "long-options",
  "loose-fit",
  "needs-context",
  "headline",
  "typed-name",
  "glossary-only",
  "inferred-false",
  "derivable",
  "minor-detail",
  "spot-the-change",
  "word-options",
] as const;
export type QualityFlag = (typeof QUALITY_FLAGS)[number];

export type Response =
  | { optionId: string }
  | { text: string }
  | { pairs: Record<string, string> }
  | { order: string[] };

export type GradeNote = "missing-diacritics" | "typo" | "repeated-item" | "source-spelling";
export type GradeResult = {
  correct: boolean;
  /** 0 to 1; partial credit for matching and ordering. */
  score: number;
  /** The right answer as the learner should see it. */
  expected: string;
  notes: GradeNote[];
};
