// Questions on the glossary's terms: the word that fills a gap (options of the same part of
// speech), what a marked word means in the other language, and matching. Pure.
import { gapQuestions, sentenceOf, type Context, type Gap } from "./build-gaps";
import { termDistractors } from "./distractors";
import { answerExplanation, choiceOptions, directionFor, makeQuestion, sameLanguage, type Built } from "./kit";
import { seededRandom, shuffle, stableId } from "./random";
import { explain, INSTRUCTIONS } from "./templates";
import { containsWhole, inCaseOf, normalizeAnswer, stripDiacritics, wholeWordSpans } from "./text";
import type { Lang, TermFact } from "./types";

/** An English noun phrase in the plural: its last word ("technological capacities"). */
function pluralize(phrase: string): string {
  return phrase.replace(/(\w+)$/u, (word) => (/(s|x|ch|sh)$/i.test(word) ? `${word}es` : /[^aeiou]y$/i.test(word) ? `${word.slice(0, -1)}ies` : `${word}s`));
}

/** The term removed from its sentence; the options are other terms in the same language. */
/** A title ("Premier", "Thủ tướng") belongs to a name; it is not vocabulary to ask about. */
const isTitleTerm = (fact: TermFact) => /^\p{Lu}/u.test(fact.term.en);

export function termQuestions(ctx: Context, fact: TermFact): Built[] {
  if (isTitleTerm(fact)) return [];
  const d = sameLanguage(ctx.language, fact.id);
  const lang = d.prompt;
  const s = sentenceOf(ctx, fact.sentenceIds[0] ?? "");
  const span = s && wholeWordSpans(s[lang], fact.term[lang], lang === "en")[0];
  if (!s || !span) return [];
  // More than three, best first: those that do not fit the words around the gap drop out.
  const { terms, unknownPos } = termDistractors(fact.termId, ctx.article, 6);
  const { referents } = ctx.analysis;
  // The sentence may write the term in the plural ("large language models"): so are the options.
  const written = s[lang].slice(span.start, span.end);
  const plural = lang === "en" && written.toLowerCase() !== fact.term.en.toLowerCase() && /s$/i.test(written) && !/s$/i.test(fact.term.en);
  const inForm = (text: string) => (plural ? pluralize(text) : text);
  // The words around the gap: "a ___" takes one thing (and a consonant), "an ___" a vowel;
  // an option the sentence already shows is ruled out at a glance.
  const before = s[lang].slice(0, span.start);
  const article = lang === "en" ? /(?:^|\s)(a|an)\s+["“‘']?$/iu.exec(before)?.[1]?.toLowerCase() : undefined;
  const fits = (text: string) =>
    !containsWhole(normalizeAnswer(s[lang]), normalizeAnswer(text)) &&
    (article === undefined || (!/s$/iu.test(text) && (article === "an") === /^[aeiou]/iu.test(text)));
  const otherNames = [...referents.forms(fact.term.vi, "vi"), ...referents.forms(fact.term.en, "en")];
  return gapQuestions(ctx, {
    otherNames,
    factId: fact.id,
    d,
    sentenceId: s.id,
    span,
    answer: s[lang].slice(span.start, span.end),
    distractors: terms
      .map((t) => inCaseOf(written, inForm(t[lang]), true))
      .filter(fits)
      .slice(0, 3),
    explanation: answerExplanation(ctx.article, s.id, fact.term),
    choice: { type: "cloze", instruction: INSTRUCTIONS.termChoice, difficulty: "medium" },
    typed: typedTerm(ctx, fact, lang, written),
    making: { unknownPos, wordOptions: true },
  });
}

/** Words a pupil can be asked to type from memory: a short term, not a phrase. */
const MAX_TYPED_TERM_WORDS = 3;

/**
 * The term typed into its gap, with its meaning in the other language as the hint ("phần
 * cứng", hint "hardware"): recall of the word itself, which no choice of other glossary words
 * can test fairly (they rarely fit the words around the gap). The form the gap takes and the
 * glossary's other names are right, a hyphen or a space alike; a slip of one letter is
 * forgiven, a changed tone mark is not. The instruction says how many words. None when
 * the hint would give the answer away ("robot" / "robot") or the term is too long to recall.
 */
function typedTerm(ctx: Context, fact: TermFact, lang: Lang, written: string): Gap["typed"] {
  const other: Lang = lang === "vi" ? "en" : "vi";
  const hint = fact.term[other];
  const words = written.trim().split(/\s+/u).length;
  if (words > MAX_TYPED_TERM_WORDS || !hint) return null;
  const bare = (t: string) => stripDiacritics(normalizeAnswer(t));
  if (bare(hint).includes(bare(written)) || bare(written).includes(bare(hint))) return null;
  // Only the form the gap takes ("opened", not "open" or "opening") and the glossary's other
  // names for the term ("ICU").
  const entry = ctx.article.glossary.find((t) => t.id === fact.termId);
  const forms = [written, ...(entry?.aliases?.[lang] ?? [])];
  return {
    instruction: INSTRUCTIONS.typeTerm(hint, words, wordShape(written)),
    answer: { kind: "text", display: written, accepted: [...new Set(forms.filter((f) => f.trim() !== ""))], typos: "word" },
    hinted: true,
  };
}

/**
 * The answer's shape: each word's first letter and a dash for every other letter ("tuyến cơ
 * sở" → "t____ c_ s_", "carriages" → "c________"). A meaning has several words ("grassroots"
 * is "tuyến cơ sở" and "y tế cơ sở", "toa" is "carriages" and "cars"): with its shape, the
 * hint leads to the article's word and no other.
 */
export function wordShape(written: string): string {
  return written
    .trim()
    .split(/\s+/u)
    .map((word) => word.replace(/(?<=[\p{L}\p{N}][\p{L}\p{M}\p{N}]*)[\p{L}\p{N}]/gu, "_").replace(/\p{M}/gu, ""))
    .join(" ");
}

/** In a cross quiz: what the marked term of a sentence means in the other language. */
export function termMeaningQuestions(ctx: Context, fact: TermFact): Built[] {
  if (ctx.language !== "cross" || isTitleTerm(fact)) return [];
  const d = directionFor(ctx.language, `meaning:${fact.id}`);
  const s = sentenceOf(ctx, fact.sentenceIds[0] ?? "");
  const span = s && wholeWordSpans(s[d.prompt], fact.term[d.prompt], d.prompt === "en")[0];
  if (!s || !span) return [];
  const { terms, unknownPos } = termDistractors(fact.termId, ctx.article);
  const key = fact.term[d.options];
  const choice = choiceOptions(stableId("k", "meaning", fact.id), key, terms.map((t) => inCaseOf(key, t[d.options], true)));
  if (!choice) return [];
  // "«mô hình ngôn ngữ lớn» (LLM)": the short form beside the term spells out its meaning.
  const whole = s[d.prompt];
  const after = /^\s*\([^()]{1,30}\)/u.exec(whole.slice(span.end));
  const text = after ? whole.slice(0, span.end) + whole.slice(span.end + after[0].length) : whole;
  return [
    makeQuestion(ctx.article, {
      type: "multiple-choice",
      language: ctx.language,
      direction: d,
      variant: "meaning",
      factId: fact.id,
      instruction: INSTRUCTIONS.termMeaning,
      prompt: `${text.slice(0, span.start)}«${text.slice(span.start, span.end)}»${text.slice(span.end)}`,
      input: "choice",
      options: choice.options,
      answer: { kind: "option", optionId: choice.answerId },
      sourceSentenceIds: [s.id],
      explanation: answerExplanation(ctx.article, s.id, fact.term),
      difficulty: "medium",
      making: { unknownPos },
    }),
  ];
}

/** Matching sets an article gets: a few, of its most used terms (a glossary of seventy
 * would otherwise put a matching question in every quiz). */
const MAX_MATCHING = 3;

/** Matching: Vietnamese terms on the left, English on the right, five at a time. */
export function matchingQuestions(ctx: Context, facts: TermFact[], size = 5): Built[] {
  const questions: Built[] = [];
  const uses = (f: TermFact) => ctx.article.glossary.find((t) => t.id === f.termId)?.sentenceIds.length ?? 0;
  // "robusta = robusta" matches itself: only terms that change between the languages.
  const ranked = [...facts].filter((f) => normalizeAnswer(f.term.vi) !== normalizeAnswer(f.term.en)).sort((a, b) => uses(b) - uses(a)).slice(0, size * MAX_MATCHING);
  for (let start = 0; start + size <= ranked.length; start += size) {
    const group = ranked.slice(start, start + size);
    const factId = `match:${group.map((f) => f.termId).join(",")}`;
    const instructionLang: Lang = directionFor(ctx.language, factId).prompt;
    const left = group.map((f, i) => ({ id: stableId("l", factId, i), text: f.term.vi }));
    const right = group.map((f, i) => ({ id: stableId("r", factId, i), text: f.term.en }));
    if (new Set(right.map((r) => normalizeAnswer(r.text))).size !== right.length) continue;
    const pairs = Object.fromEntries(left.map((l, i) => [l.id, right[i]?.id ?? ""]));
    const lines = group.map((f) => `${f.term.vi} = ${f.term.en}`);
    questions.push(
      makeQuestion(ctx.article, {
        type: "matching",
        language: ctx.language,
        direction: { prompt: instructionLang, options: instructionLang === "vi" ? "en" : "vi" },
        variant: "terms",
        factId,
        instruction: INSTRUCTIONS.matching,
        prompt: "",
        input: "pairs",
        items: left,
        options: shuffle(right, seededRandom(factId)),
        answer: { kind: "pairs", pairs },
        sourceSentenceIds: [...new Set(group.flatMap((f) => f.sentenceIds))],
        explanation: { vi: explain.pairs(lines, "vi"), en: explain.pairs(lines, "en") },
        difficulty: "medium",
      }),
    );
  }
  return questions;
}
