// Questions on the glossary's terms: the word that fills a gap (options of the same part of
// speech), what a marked word means in the other language, and matching. Pure.
import { gapQuestions, sentenceOf, type Context } from "./build-gaps";
import { termDistractors } from "./distractors";
import { answerExplanation, choiceOptions, directionFor, makeQuestion, sameLanguage, type Built } from "./kit";
import { seededRandom, shuffle, stableId } from "./random";
import { explain, INSTRUCTIONS } from "./templates";
import { normalizeAnswer, wholeWordSpans } from "./text";
import type { Lang, TermFact } from "./types";

/** The term removed from its sentence; the options are other terms in the same language. */
export function termQuestions(ctx: Context, fact: TermFact): Built[] {
  const d = sameLanguage(ctx.language, fact.id);
  const lang = d.prompt;
  const s = sentenceOf(ctx, fact.sentenceIds[0] ?? "");
  const span = s && wholeWordSpans(s[lang], fact.term[lang], lang === "en")[0];
  if (!s || !span) return [];
  const { terms, unknownPos } = termDistractors(fact.termId, ctx.article);
  const { referents } = ctx.analysis;
  const otherNames = [...referents.forms(fact.term.vi, "vi"), ...referents.forms(fact.term.en, "en")];
  return gapQuestions(ctx, {
    otherNames,
    factId: fact.id,
    d,
    sentenceId: s.id,
    span,
    answer: s[lang].slice(span.start, span.end),
    distractors: terms.map((t) => t[lang]),
    explanation: answerExplanation(ctx.article, s.id, fact.term),
    choice: { type: "cloze", instruction: INSTRUCTIONS.termChoice, difficulty: "medium" },
    typed: null,
    making: { unknownPos },
  });
}

/** In a cross quiz: what the marked term of a sentence means in the other language. */
export function termMeaningQuestions(ctx: Context, fact: TermFact): Built[] {
  if (ctx.language !== "cross") return [];
  const d = directionFor(ctx.language, `meaning:${fact.id}`);
  const s = sentenceOf(ctx, fact.sentenceIds[0] ?? "");
  const span = s && wholeWordSpans(s[d.prompt], fact.term[d.prompt], d.prompt === "en")[0];
  if (!s || !span) return [];
  const { terms, unknownPos } = termDistractors(fact.termId, ctx.article);
  const choice = choiceOptions(stableId("k", "meaning", fact.id), fact.term[d.options], terms.map((t) => t[d.options]));
  if (!choice) return [];
  const text = s[d.prompt];
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

/** Matching: Vietnamese terms on the left, English on the right, five at a time. */
export function matchingQuestions(ctx: Context, facts: TermFact[], size = 5): Built[] {
  const questions: Built[] = [];
  for (let start = 0; start + size <= facts.length; start += size) {
    const group = facts.slice(start, start + size);
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
