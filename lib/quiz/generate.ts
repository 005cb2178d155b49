// The question bank of an article and quizzes drawn from it. Pure and deterministic: the same
// article and options give the same quiz; another seed another selection and order.
import type { Context } from "./build-gaps";
import { entityQuestions, epithetQuestions, quotationQuestions, roleQuestions } from "./build-names";
import { comparisonQuestions, numberQuestions, refersToQuestions } from "./build-numbers";
import { enumerationQuestions, translationQuestions } from "./build-sentences";
import { matchingQuestions, termMeaningQuestions, termQuestions } from "./build-terms";
import { analyzeArticle } from "./facts";
import type { Built } from "./kit";
import { FLAG_THRESHOLD, scored } from "./quality";
import { seededRandom, shuffle } from "./random";
import { containsWhole, normalizeAnswer } from "./text";
import { QUESTION_TYPES, type EntityFact, type NumberFact, type Question, type QuestionType, type QuizArticle, type QuizLanguage, type RoleFact, type TermFact } from "./types";

// Banks are computed once per article object and language (generation is pure, the questions
// are never changed after), so drawing many quizzes from one article costs one bank.
const banks = new WeakMap<QuizArticle, Map<QuizLanguage, readonly Question[]>>();

/** Every question the engine can ask about the article in a language mode, each with its
 * quality score and flags. */
export function generateQuestionBank(article: QuizArticle, language: QuizLanguage): Question[] {
  const cached = banks.get(article)?.get(language);
  if (cached) return [...cached];
  const bank = buildBank(article, language);
  banks.set(article, (banks.get(article) ?? new Map()).set(language, bank));
  return [...bank];
}

function buildBank(input: QuizArticle, language: QuizLanguage): Question[] {
  const analysis = analyzeArticle(input);
  const { facts, article } = analysis;
  const ctx: Context = {
    article,
    language,
    analysis,
    numbers: facts.filter((f): f is NumberFact => f.type === "number"),
    entities: facts.filter((f): f is EntityFact => f.type === "entity"),
  };
  const terms = facts.filter((f): f is TermFact => f.type === "term");
  const roles = facts.filter((f): f is RoleFact => f.type === "role");
  const built: Built[] = [
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
        case "role":
          return roleQuestions(ctx, fact, roles);
        case "enumeration":
          return enumerationQuestions(ctx, fact);
        case "term":
          return [...termQuestions(ctx, fact), ...termMeaningQuestions(ctx, fact)];
      }
    }),
    ...refersToQuestions(ctx),
    ...comparisonQuestions(ctx),
    ...matchingQuestions(ctx, terms),
    ...translationQuestions(ctx),
  ];
  const seen = new Set<string>();
  return built.filter((b) => !seen.has(b.question.id) && seen.add(b.question.id) !== undefined).map((b) => scored(b, article));
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
  const fixedOrder = question.type === "true-false" || question.factId.startsWith("compare:");
  if (copy.options && !fixedOrder) copy.options = shuffle(copy.options, random);
  if (copy.items && question.type === "ordering") {
    const order = question.answer.kind === "order" ? question.answer.itemIds : [];
    let items = shuffle(copy.items, random);
    for (let tries = 0; tries < 5 && items.every((item, i) => item.id === order[i]); tries++) items = shuffle(copy.items, random);
    copy.items = items;
  }
  return copy;
}

/** The most any type may take of a quiz, so that no type crowds out the others. These are
 * ceilings, not quotas: a quiz follows the bank (by quality), so a type the bank has little
 * of (ordering, matching) comes now and then, not in every quiz. */
const TYPE_CEILING: Record<QuestionType, number> = {
  "multiple-choice": 0.5,
  "true-false": 0.35,
  cloze: 0.3,
  "who-said-it": 0.25,
  "translation-match": 0.15,
  matching: 0.1,
  ordering: 0.1,
};

/** The texts a question's answer shows; no other question of the quiz may show them. */
function answerTexts(q: Question): string[] {
  const a = q.answer;
  if (a.kind === "text") return [a.display];
  if (a.kind === "option" && q.type !== "true-false" && q.type !== "translation-match" && !q.factId.startsWith("compare:")) {
    return [q.options?.find((o) => o.id === a.optionId)?.text ?? ""];
  }
  return [];
}

const shows = (prompt: string, answer: string) => answer.trim().length > 0 && containsWhole(normalizeAnswer(prompt), normalizeAnswer(answer));
const visibleText = (q: Question) => [q.prompt, ...(q.items ?? []).map((i) => i.text), ...(q.type === "translation-match" ? [] : (q.options ?? []).map((o) => o.text))].join(" \n ");
/** Whether either question's text shows the other's answer (they may not share a quiz). */
export const clash = (q: Question, c: Question) => answerTexts(q).some((a) => shows(visibleText(c), a)) || answerTexts(c).some((a) => shows(visibleText(q), a));

/** The bank's questions are the same objects from call to call: what each shuts out is
 * worked out once per bank. */
const blockings = new WeakMap<Question, number>();
/**
 * How much of the bank a question shuts out, 0–1: an answer many other good questions show
 * ("trí tuệ nhân tạo") leaves them out of the quiz once drawn, so it counts for a little less
 * and a quiz does not run out of good questions.
 */
function blockingOf(bank: Question[]): (q: Question) => number {
  if (bank[0] && !blockings.has(bank[0])) {
    const good = bank.filter((q) => q.quality >= FLAG_THRESHOLD);
    const texts = good.map((q) => [q, visibleText(q)] as const);
    for (const q of bank) {
      const answers = answerTexts(q);
      const shut = answers.length === 0 ? 0 : texts.filter(([o, text]) => o.factId !== q.factId && answers.some((a) => shows(text, a))).length;
      blockings.set(q, Math.min(1, shut / Math.max(1, good.length / 4)));
    }
  }
  return (q) => blockings.get(q) ?? 0;
}

/**
 * A quiz of `count` questions, drawn by quality and variety: the best questions first (with
 * a seeded jitter so each seed draws its own), at most one per fact, no type beyond its share
 * and no sentence asked about more than twice while others are left, and no question whose
 * prompt shows another's answer. Flagged questions come only when nothing else is left.
 */
export function generateQuiz(article: QuizArticle, options: QuizOptions): Question[] {
  const types = options.types && options.types.length > 0 ? options.types : QUESTION_TYPES;
  const random = seededRandom(`${article.slug}|${options.seed}|${options.language}`);
  const excluded = new Set(options.exclude ?? []);
  const bank = generateQuestionBank(article, options.language).filter((q) => types.includes(q.type) && !excluded.has(q.id));
  // Quality weighs more than the jitter: a clean question goes before one with a flaw in most
  // seeds (raters mark down cuts, details and headlines even when they are not flagged).
  const ranked = bank.map((q) => ({ q, rank: (q.quality >= FLAG_THRESHOLD ? 1 : 0) + q.quality + random() * 0.35 })).sort((a, b) => b.rank - a.rank);
  const chosen: Question[] = [];
  const facts = new Set<string>();
  const perType = new Map<QuestionType, number>();
  const perSentence = new Map<string, number>();
  // Ceilings of the types asked for: when they leave no room for the count (a quiz of only
  // true/false and who-said-it), they widen together.
  const room = types.reduce((sum, t) => sum + TYPE_CEILING[t], 0);
  const cap = (type: QuestionType) => Math.max(1, Math.ceil((options.count * TYPE_CEILING[type]) / Math.min(room, 1)));
  // A pass of the draw: whether types keep to their ceilings, and how many questions one
  // sentence may give (one while the bank allows it: two from one sentence often ask the same
  // fact twice).
  type Pass = { goodOnly: boolean; capped: boolean; perSentence: number };
  const fits = (q: Question, pass: Pass) => {
    if (facts.has(q.factId)) return false;
    if (pass.capped && (perType.get(q.type) ?? 0) >= cap(q.type)) return false;
    if (q.sourceSentenceIds.some((id) => (perSentence.get(id) ?? 0) >= pass.perSentence)) return false;
    return !chosen.some((c) => clash(q, c));
  };
  const good = bank.filter((q) => q.quality >= FLAG_THRESHOLD);
  const share = new Map(types.map((t) => [t, good.filter((q) => q.type === t).length / Math.max(1, good.length)]));
  const blocking = blockingOf(generateQuestionBank(article, options.language));
  // Each slot takes the best question that fits, so a quiz follows its bank by quality
  // without any type taking more than its share by chance (and without rotating types).
  const passes: Pass[] = [
    { goodOnly: true, capped: true, perSentence: 1 },
    { goodOnly: true, capped: true, perSentence: 2 },
    { goodOnly: true, capped: true, perSentence: Infinity },
    { goodOnly: true, capped: false, perSentence: 2 },
    { goodOnly: true, capped: false, perSentence: Infinity },
    { goodOnly: false, capped: false, perSentence: Infinity },
  ];
  for (const pass of passes) {
    while (chosen.length < options.count) {
      let best: { q: Question; rank: number } | null = null;
      for (const candidate of ranked) {
        const { q } = candidate;
        if (chosen.includes(q) || (pass.goodOnly && q.quality < FLAG_THRESHOLD) || !fits(q, pass)) continue;
        // Beyond the share of the bank its type has, a question counts for a little less.
        const over = (perType.get(q.type) ?? 0) - (chosen.length + 1) * (share.get(q.type) ?? 0);
        // A type the quiz does not have yet counts a little in its favour: variety.
        const rank = candidate.rank - 0.1 * Math.max(0, over) + (perType.has(q.type) ? 0 : 0.08) - 0.15 * blocking(q);
        if (!best || rank > best.rank) best = { q, rank };
      }
      if (!best) break;
      const q = best.q;
      chosen.push(q);
      facts.add(q.factId);
      perType.set(q.type, (perType.get(q.type) ?? 0) + 1);
      for (const id of q.sourceSentenceIds) perSentence.set(id, (perSentence.get(id) ?? 0) + 1);
    }
  }
  return shuffle(chosen, random).map((q) => reshuffle(q, random));
}

/**
 * Questions for an assignment's retakes, fixed with its first quiz (`first`, bank ids): retake k
 * asks the same facts as the first quiz, slot by slot, so the class's results still compare
 * fact with fact, but in another question of the bank where it has one — a learner who saw the
 * first quiz's answers cannot score by remembering which option was right. Each slot takes the
 * question of its fact used least so far in earlier quizzes (good ones before flagged ones,
 * then by quality) that shows no other answer of its quiz; a fact the bank asks only one way
 * keeps its question. Returns `retakes` lists of ids, each as long as `first`.
 */
export function retakeQuestions(article: QuizArticle, language: QuizLanguage, first: readonly string[], retakes: number, exclude: readonly string[] = []): string[][] {
  const bank = generateQuestionBank(article, language);
  const byId = new Map(bank.map((q) => [q.id, q]));
  const off = new Set(exclude);
  const slots = first.map((id) => byId.get(id)).filter((q): q is Question => q !== undefined);
  const variants = slots.map((q) => bank.filter((o) => o.factId === q.factId && (o.id === q.id || !off.has(o.id))));
  const used = new Map<string, number>(slots.map((q) => [q.id, 1]));
  // The prompts each slot has shown: the same gap asked again, typed instead of chosen, is
  // hardly another question to a learner who remembers it.
  const shownPrompts = slots.map((q) => new Set([q.prompt]));
  const out: string[][] = [];
  for (let k = 0; k < retakes; k++) {
    const chosen: Question[] = [];
    slots.forEach((slot, i) => {
      const seen = (q: Question) => Number(shownPrompts[i]!.has(q.prompt));
      const ranked = [...variants[i]!].sort(
        (a, b) =>
          (used.get(a.id) ?? 0) - (used.get(b.id) ?? 0) ||
          seen(a) - seen(b) ||
          Number(b.quality >= FLAG_THRESHOLD) - Number(a.quality >= FLAG_THRESHOLD) ||
          b.quality - a.quality,
      );
      chosen.push(ranked.find((q) => !chosen.some((c) => clash(q, c))) ?? slot);
    });
    // A slot that found nothing fitting kept its first question, which may show a new answer
    // of an earlier slot: put changed questions back to the first quiz's (which shows no
    // answer of its own) until no two clash.
    for (let repaired = true; repaired; ) {
      repaired = false;
      for (let i = 0; i < chosen.length && !repaired; i++) {
        for (let j = 0; j < chosen.length && !repaired; j++) {
          if (i === j || !clash(chosen[i]!, chosen[j]!)) continue;
          const back = chosen[j] !== slots[j] ? j : chosen[i] !== slots[i] ? i : -1;
          if (back < 0) continue; // two of the first quiz's own: nothing to put back
          chosen[back] = slots[back]!;
          repaired = true;
        }
      }
    }
    chosen.forEach((q, i) => shownPrompts[i]?.add(q.prompt));
    for (const q of chosen) used.set(q.id, (used.get(q.id) ?? 0) + 1);
    out.push(chosen.map((q) => q.id));
  }
  return out;
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
