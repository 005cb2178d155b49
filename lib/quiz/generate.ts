// The question bank of an article and quizzes drawn from it. Pure and deterministic: the same
// article and options give the same quiz; another seed another selection and order.
import {
  entityQuestions,
  enumerationQuestions,
  epithetQuestions,
  matchingQuestions,
  numberQuestions,
  quotationQuestions,
  termQuestions,
  translationQuestions,
  type Context,
} from "./builders";
import { extractFacts } from "./facts";
import { seededRandom, shuffle } from "./random";
import { QUESTION_TYPES, type EntityFact, type NumberFact, type Question, type QuestionType, type QuizArticle, type QuizLanguage, type TermFact } from "./types";

// Banks are computed once per article object and language (generation is pure, the questions
// are never changed after), so drawing many quizzes from one article costs one bank.
const banks = new WeakMap<QuizArticle, Map<QuizLanguage, readonly Question[]>>();

/** Every question the engine can ask about the article in a language mode. */
export function generateQuestionBank(article: QuizArticle, language: QuizLanguage): Question[] {
  const cached = banks.get(article)?.get(language);
  if (cached) return [...cached];
  const bank = buildBank(article, language);
  banks.set(article, (banks.get(article) ?? new Map()).set(language, bank));
  return [...bank];
}

function buildBank(article: QuizArticle, language: QuizLanguage): Question[] {
  const facts = extractFacts(article);
  const ctx: Context = {
    article,
    language,
    numbers: facts.filter((f): f is NumberFact => f.type === "number"),
    entities: facts.filter((f): f is EntityFact => f.type === "entity"),
  };
  const terms = facts.filter((f): f is TermFact => f.type === "term");
  return [
    ...facts.flatMap((fact) => {
      switch (fact.type) {
        case "number":
          return numberQuestions(ctx, fact);
        case "entity":
          return entityQuestions(ctx, fact);
        case "quotation":
          return quotationQuestions(ctx, fact);
        case "epithet":
          return epithetQuestions(ctx, fact);
        case "enumeration":
          return enumerationQuestions(ctx, fact);
        case "term":
          return termQuestions(ctx, fact);
      }
    }),
    ...matchingQuestions(ctx, terms),
    ...translationQuestions(ctx),
  ];
}

export type QuizOptions = {
  seed: number | string;
  language: QuizLanguage;
  count: number;
  /** Question types to use; all by default. */
  types?: readonly QuestionType[];
  /** Bank question ids never to ask (a teacher switched them off). */
  exclude?: readonly string[];
};

/** Options and items in a new order for this quiz (answers refer to ids, so they stay right). */
function reshuffle(question: Question, random: () => number): Question {
  const copy = { ...question };
  if (copy.options && question.type !== "true-false") copy.options = shuffle(copy.options, random);
  if (copy.items && question.type === "ordering") {
    const order = question.answer.kind === "order" ? question.answer.itemIds : [];
    let items = shuffle(copy.items, random);
    for (let tries = 0; tries < 5 && items.every((item, i) => item.id === order[i]); tries++) items = shuffle(copy.items, random);
    copy.items = items;
  }
  return copy;
}

/**
 * A quiz of `count` questions: types taken in turn (so a quiz mixes them), at most one
 * question per fact, then shuffled. Deterministic for a given seed.
 */
export function generateQuiz(article: QuizArticle, options: QuizOptions): Question[] {
  const types = options.types && options.types.length > 0 ? options.types : QUESTION_TYPES;
  const random = seededRandom(`${article.slug}|${options.seed}|${options.language}`);
  const excluded = new Set(options.exclude ?? []);
  const bank = generateQuestionBank(article, options.language).filter((q) => types.includes(q.type) && !excluded.has(q.id));
  const pools = new Map<QuestionType, Question[]>();
  for (const type of types) pools.set(type, shuffle(bank.filter((q) => q.type === type), random));
  const chosen: Question[] = [];
  const usedFacts = new Set<string>();
  let progress = true;
  while (chosen.length < options.count && progress) {
    progress = false;
    for (const type of shuffle(types, random)) {
      const pool = pools.get(type) ?? [];
      const index = pool.findIndex((q) => !usedFacts.has(q.factId));
      if (index === -1) continue;
      const [question] = pool.splice(index, 1);
      if (!question) continue;
      usedFacts.add(question.factId);
      chosen.push(question);
      progress = true;
      if (chosen.length === options.count) break;
    }
  }
  return shuffle(chosen, random).map((q) => reshuffle(q, random));
}

/**
 * The bank's questions with these ids (a class assignment's fixed questions), in an order and
 * with options shuffled by the seed, so each attempt looks fresh but asks the same things.
 * Ids no longer in the bank are left out.
 */
export function quizOfQuestions(article: QuizArticle, language: QuizLanguage, ids: readonly string[], seed: number | string): Question[] {
  const random = seededRandom(`${article.slug}|${seed}|${language}|fixed`);
  const wanted = new Set(ids);
  const chosen = generateQuestionBank(article, language).filter((q) => wanted.has(q.id));
  return shuffle(chosen, random).map((q) => reshuffle(q, random));
}
