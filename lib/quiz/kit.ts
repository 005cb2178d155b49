// Shared pieces for building questions: language directions, options, prompts, explanations
// and the stable id. Pure.
import { hash32, seededRandom, shuffle, stableId } from "./random";
import { BLANK, explain } from "./templates";
import { containsWhole, inCaseOf, normalizeAnswer, withoutRepeatedHead, wordCount, type Span } from "./text";
import type { Answer, Bilingual, Difficulty, Lang, Option, Question, QuestionType, QuizArticle, QuizLanguage } from "./types";

export type Direction = { prompt: Lang; options: Lang };

/** Which language the prompt and the options are in. Cross-language questions go one way or
 * the other, by the fact (so a cross quiz mixes both directions, the same way every time). */
export function directionFor(language: QuizLanguage, key: string): Direction {
  if (language !== "cross") return { prompt: language, options: language };
  return hash32(key) % 2 === 0 ? { prompt: "vi", options: "en" } : { prompt: "en", options: "vi" };
}

/** One language for both prompt and options: in a cross quiz, the one the fact's direction
 * starts from (a number or a name fills a gap in its own sentence's language). */
export function sameLanguage(language: QuizLanguage, key: string): Direction {
  const lang = directionFor(language, key).prompt;
  return { prompt: lang, options: lang };
}

/** Choice options from texts (the first is the answer), with stable ids and a stable order. */
export function choiceOptions(questionKey: string, answer: string, distractors: string[], minimum = 3): { options: Option[]; answerId: string } | null {
  const texts = [answer, ...distractors];
  const normalized = texts.map(normalizeAnswer);
  if (texts.length < minimum || new Set(normalized).size !== texts.length) return null;
  const options = texts.map((text, i) => ({ id: stableId("o", questionKey, i), text }));
  const answerId = options[0]?.id ?? "";
  return { options: shuffle(options, seededRandom(questionKey)), answerId };
}


/** Prompts are whole sentences up to this many words; longer ones are cut at a clause. */
const FULL_SENTENCE_WORDS = 45;

/** Where a sentence may be cut: after ", ", "; " or ": ", or at a dash between two clauses
 * (four words or more on each side: "phần mềm - phần cứng" is one compound). */
function cutPoints(text: string): number[] {
  const cuts: number[] = [];
  for (const m of text.matchAll(/[,;:]\s+|\s+[-–]\s+/g)) {
    const at = m.index + m[0].length;
    if (/[-–]/.test(m[0]) && (wordCount(text.slice(0, m.index).split(/[,;:]/).at(-1) ?? "") < 4 || wordCount(text.slice(at).split(/[,;:]/)[0] ?? "") < 4)) continue;
    cuts.push(at);
  }
  return cuts;
}

export type Prompt = { text: string; cut: boolean };

/**
 * A sentence as a prompt with a span replaced: the whole sentence when it is short enough,
 * otherwise its beginning (which holds the subject) up to the end of the clause holding the
 * span, and only as a last resort a clause from the middle.
 */
export function sentencePrompt(text: string, span: Span, given: string): Prompt {
  const replacement = withoutRepeatedHead(text.slice(0, span.start), inCaseOf(text.slice(span.start, span.end), given));
  // A sentence that opens a list ("…ba đề xuất lớn:") ends as a sentence when it stands alone.
  const replaced = (from: number, to: number) => (text.slice(from, span.start) + replacement + text.slice(span.end, to)).replace(/:\s*$/u, ".");
  if (wordCount(text) <= FULL_SENTENCE_WORDS) return { text: replaced(0, text.length), cut: false };
  const cuts = cutPoints(text);
  const end = cuts.find((c) => c >= span.end && wordCount(text.slice(0, c)) >= 8) ?? text.length;
  let start = 0;
  if (wordCount(text.slice(0, end)) > FULL_SENTENCE_WORDS) {
    start = cuts.filter((c) => c <= span.start && wordCount(text.slice(c, end)) >= 12).at(-1) ?? 0;
  }
  const body = replaced(start, end).replace(/[,;:]\s*$/, "").trim();
  return { text: `${start > 0 ? "…" : ""}${body}${end < text.length ? "…" : ""}`, cut: start > 0 || end < text.length };
}

/**
 * The sentence with a gap for the answer, or null when the prompt would still give the
 * answer away: the answer itself, or another name of it ("WAIC 2025" beside its full name).
 * A short name in parentheses right after the gap is dropped ("_____ (WAIC 2025)").
 */
export function gapPrompt(text: string, span: Span, answer: string, otherNames: readonly string[] = []): Prompt | null {
  const after = /^\s*\(([^()]{1,40})\)/u.exec(text.slice(span.end));
  const names = [answer, ...otherNames].map(normalizeAnswer).filter((n) => n.length > 0);
  const dropped = after && names.includes(normalizeAnswer(after[1] ?? "")) ? after[0].length : 0;
  const source = text.slice(0, span.end) + text.slice(span.end + dropped);
  const prompt = sentencePrompt(source, span, BLANK);
  const body = normalizeAnswer(prompt.text);
  return names.some((name) => containsWhole(body, name)) ? null : prompt;
}

const sentenceMaps = new WeakMap<QuizArticle, Map<string, QuizArticle["sentences"][number]>>();
function sourcesOf(article: QuizArticle, ids: string[]): Question["sources"] {
  let map = sentenceMaps.get(article);
  if (!map) {
    map = new Map(article.sentences.map((s) => [s.id, s]));
    sentenceMaps.set(article, map);
  }
  return ids.flatMap((id) => {
    const s = map.get(id);
    return s ? [{ id: s.id, vi: s.vi, en: s.en }] : [];
  });
}

/** "Answer: X. In the article: “…”" in both languages, quoting the first source sentence. */
export function answerExplanation(article: QuizArticle, sentenceId: string, answer: Bilingual): Bilingual {
  const s = article.sentences.find((x) => x.id === sentenceId);
  return { vi: explain.answer(answer.vi, s?.vi ?? "", "vi"), en: explain.answer(answer.en, s?.en ?? "", "en") };
}

/** What quality scoring needs to know about how a question was made. */
export type Making = {
  /** The prompt was cut from a longer sentence. */
  cut?: boolean;
  /** A true statement copied word for word from the article. */
  verbatim?: boolean;
  /** Distractors taken from the world list rather than the article. */
  outsideNames?: number;
  /** Distractors of another role than the key (a company among international bodies). */
  mixedRoles?: boolean;
  /** Translation-match distractors that are near misses of the key. */
  nearMisses?: number;
  /** A list ordered by its position in the text only. */
  plainList?: boolean;
  /** A term gap whose distractors' part of speech is unknown. */
  unknownPos?: boolean;
  /** Options that are other glossary words: whether they fit the words around the gap is not
   * known (a typed answer with a hint asks the same word fairly). */
  wordOptions?: boolean;
  /** A typed answer cued by its meaning in the other language: it has one answer. */
  hinted?: boolean;
  /** The answer can be worked out from the other figures the prompt shows (8 + 4 = 12). */
  derivable?: boolean;
  /** A detail a teacher would not test for (an interviewee's age, a player's position). */
  minor?: boolean;
};

export type Draft = {
  type: QuestionType;
  language: QuizLanguage;
  direction: Direction;
  variant: string;
  factId: string;
  instruction: Bilingual;
  prompt: string;
  input: Question["input"];
  answer: Answer;
  options?: Option[];
  items?: Option[];
  sourceSentenceIds: string[];
  explanation: Bilingual;
  difficulty: Difficulty;
  making?: Making;
};

/** A question and how it was made (for its quality score). */
export type Built = { question: Question; making: Making };

/** A finished question; its id depends on what is asked and how, never on a seed. */
export function makeQuestion(article: QuizArticle, d: Draft): Built {
  const question: Question = {
    id: stableId("q", article.slug, d.type, d.factId, d.variant, d.direction.prompt, d.direction.options),
    type: d.type,
    language: d.language,
    promptLanguage: d.direction.prompt,
    optionsLanguage: d.direction.options,
    instruction: d.instruction[d.direction.prompt],
    prompt: d.prompt,
    input: d.input,
    answer: d.answer,
    factId: d.factId,
    sourceSentenceIds: d.sourceSentenceIds,
    sources: sourcesOf(article, d.sourceSentenceIds),
    explanation: d.explanation,
    difficulty: d.difficulty,
    quality: 1,
    flags: [],
  };
  if (d.options) question.options = d.options;
  if (d.items) question.items = d.items;
  return { question, making: d.making ?? {} };
}

/** Harder when the options are in the other language, hardest to type. */
export function difficultyOf(base: Difficulty, direction: Direction): Difficulty {
  if (direction.prompt === direction.options) return base;
  return base === "easy" ? "medium" : "hard";
}
