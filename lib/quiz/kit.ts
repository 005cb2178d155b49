// Shared pieces for building questions: language directions, options, prompts with a gap,
// explanations and the stable id. Pure.
import { hash32, seededRandom, shuffle, stableId } from "./random";
import { BLANK, explain } from "./templates";
import { clauseAround, clauseText, normalizeAnswer, type Span } from "./text";
import type { Answer, Bilingual, Difficulty, Lang, Option, Question, QuestionType, QuizArticle, QuizLanguage } from "./types";

export type Direction = { prompt: Lang; options: Lang };

/** Which language the prompt and the options are in. Cross-language questions go one way or
 * the other, by the fact (so a cross quiz mixes both directions, the same way every time). */
export function directionFor(language: QuizLanguage, key: string): Direction {
  if (language !== "cross") return { prompt: language, options: language };
  return hash32(key) % 2 === 0 ? { prompt: "vi", options: "en" } : { prompt: "en", options: "vi" };
}

/** Choice options from texts (the first is the answer), with stable ids and a stable order. */
export function choiceOptions(questionKey: string, answer: string, distractors: string[]): { options: Option[]; answerId: string } | null {
  const texts = [answer, ...distractors];
  const normalized = texts.map(normalizeAnswer);
  if (texts.length < 3 || new Set(normalized).size !== texts.length) return null;
  const options = texts.map((text, i) => ({ id: stableId("o", questionKey, i), text }));
  const answerId = options[0]?.id ?? "";
  return { options: shuffle(options, seededRandom(questionKey)), answerId };
}

/** The clause around a span with the span replaced by a gap, or null when the answer
 * would still show elsewhere in the prompt. */
export function gapPrompt(text: string, span: Span, answer: string): string | null {
  const clause = clauseAround(text, span);
  const prompt = clauseText(text, clause, { span, with: BLANK });
  return normalizeAnswer(prompt).includes(normalizeAnswer(answer)) ? null : prompt;
}

export function sourcesOf(article: QuizArticle, ids: string[]): Question["sources"] {
  return ids.flatMap((id) => {
    const s = article.sentences.find((x) => x.id === id);
    return s ? [{ id: s.id, vi: s.vi, en: s.en }] : [];
  });
}

/** "Answer: X. In the article: “…”" in both languages, quoting the first source sentence. */
export function answerExplanation(article: QuizArticle, sentenceId: string, answer: Bilingual): Bilingual {
  const s = article.sentences.find((x) => x.id === sentenceId);
  return { vi: explain.answer(answer.vi, s?.vi ?? "", "vi"), en: explain.answer(answer.en, s?.en ?? "", "en") };
}

type Draft = {
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
};

/** A finished question; its id depends on what is asked and how, never on a seed. */
export function makeQuestion(article: QuizArticle, d: Draft): Question {
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
  };
  if (d.options) question.options = d.options;
  if (d.items) question.items = d.items;
  return question;
}

/** Harder when the options are in the other language, hardest to type. */
export function difficultyOf(base: Difficulty, direction: Direction): Difficulty {
  if (direction.prompt === direction.options) return base;
  return base === "easy" ? "medium" : "hard";
}
