// Questions for each kind of fact. Every builder checks that the answer is written in its
// source sentence and that the prompt does not give it away; when a check fails it makes no
// question rather than a doubtful one. Pure.
import { entityDistractors, numberDistractors, sentenceDistractors, termDistractors } from "./distractors";
import { answerExplanation, choiceOptions, difficultyOf, directionFor, gapPrompt, makeQuestion, type Direction } from "./kit";
import { MONTHS_EN } from "./numbers";
import { seededRandom, shuffle, stableId } from "./random";
import { explain, INSTRUCTIONS, TRUE_FALSE, whoIsCalled, whoSaid } from "./templates";
import { clauseAround, clauseText, normalizeAnswer, wholeWordSpans, type Span } from "./text";
import type {
  Bilingual,
  Difficulty,
  EntityFact,
  EnumerationFact,
  EpithetFact,
  Lang,
  NumberFact,
  Question,
  QuestionType,
  QuizArticle,
  QuizLanguage,
  QuotationFact,
  TermFact,
} from "./types";

export type Context = { article: QuizArticle; language: QuizLanguage; numbers: NumberFact[]; entities: EntityFact[] };

const sentenceOf = (ctx: Context, id: string) => ctx.article.sentences.find((s) => s.id === id);

function trueFalse(ctx: Context, factId: string, d: Direction, sentenceId: string, span: Span, wrong: string | null): Question[] {
  const s = sentenceOf(ctx, sentenceId);
  if (!s) return [];
  const text = s[d.prompt];
  const clause = clauseAround(text, span);
  const labels = TRUE_FALSE[d.options];
  const variants: [boolean, string][] = [[true, clauseText(text, clause)]];
  if (wrong) variants.push([false, clauseText(text, clause, { span, with: wrong })]);
  return variants.map(([isTrue, statement]) => {
    const options = [
      { id: "true", text: labels.true },
      { id: "false", text: labels.false },
    ];
    return makeQuestion(ctx.article, {
      type: "true-false",
      language: ctx.language,
      direction: d,
      variant: isTrue ? "true" : "false",
      factId,
      instruction: INSTRUCTIONS.trueFalse,
      prompt: statement,
      input: "choice",
      options,
      answer: { kind: "option", optionId: isTrue ? "true" : "false" },
      sourceSentenceIds: [sentenceId],
      explanation: { vi: explain.verdict(isTrue, s.vi, "vi"), en: explain.verdict(isTrue, s.en, "en") },
      difficulty: difficultyOf("easy", d),
    });
  });
}

/** Other ways a number may be typed: 27/7, 27 July, July 27; 26-28/7, 26 to 28 July… */
function acceptedNumberForms(fact: NumberFact): string[] {
  const m = fact.vi;
  if (m.kind === "date" && m.date) {
    const month = MONTHS_EN[m.date.month - 1] ?? "";
    return [`${m.date.day}/${m.date.month}`, `${m.date.day} ${month}`, `${month} ${m.date.day}`];
  }
  if (m.kind === "date-range" && m.date) {
    const { day, toDay, month } = m.date;
    const name = MONTHS_EN[month - 1] ?? "";
    return [`${day}-${toDay}/${month}`, `${day} đến ${toDay}/${month}`, `${day}-${toDay} ${name}`, `${day} to ${toDay} ${name}`];
  }
  return [fact.vi.text, fact.en.text];
}

/** What a gap question needs: the gap (a span of the sentence in the prompt's language), the
 * answer and its distractors in the options' language, and how each kind is worded. */
type Gap = {
  factId: string;
  d: Direction;
  sentenceId: string;
  span: Span;
  answer: string;
  distractors: string[];
  explanation: Bilingual;
  choice: { type: QuestionType; instruction: Bilingual; difficulty: Difficulty };
  typed: { accepted: string[]; numeric?: number };
  /** A plausible wrong value in the prompt's language for a false statement; null: no true/false. */
  wrongInPrompt?: string | null;
};

/** A gap asked three ways: by choice, by typing, and as true/false statements. */
function gapQuestions(ctx: Context, gap: Gap): Question[] {
  const { d, factId, sentenceId, span } = gap;
  const s = sentenceOf(ctx, sentenceId);
  if (!s) return [];
  const prompt = gapPrompt(s[d.prompt], span, s[d.prompt].slice(span.start, span.end));
  if (!prompt) return [];
  const common = { language: ctx.language, direction: d, factId, prompt, sourceSentenceIds: [sentenceId], explanation: gap.explanation };
  const questions: Question[] = [];
  const choice = choiceOptions(stableId("k", factId, d.prompt, d.options), gap.answer, gap.distractors);
  if (choice) {
    questions.push(
      makeQuestion(ctx.article, {
        ...common,
        type: gap.choice.type,
        variant: gap.choice.type === "cloze" ? "choice" : "gap",
        instruction: gap.choice.instruction,
        input: "choice",
        options: choice.options,
        answer: { kind: "option", optionId: choice.answerId },
        difficulty: difficultyOf(gap.choice.difficulty, d),
      }),
    );
  }
  const { numeric } = gap.typed;
  questions.push(
    makeQuestion(ctx.article, {
      ...common,
      type: "cloze",
      variant: "typed",
      instruction: d.prompt === d.options || numeric !== undefined ? INSTRUCTIONS.typeIt : INSTRUCTIONS.typeItOther,
      input: "text",
      answer: { kind: "text", display: gap.answer, accepted: gap.typed.accepted, ...(numeric !== undefined ? { numeric } : {}) },
      difficulty: "hard",
    }),
  );
  if (gap.wrongInPrompt !== undefined) questions.push(...trueFalse(ctx, factId, d, sentenceId, span, gap.wrongInPrompt));
  return questions;
}

export function numberQuestions(ctx: Context, fact: NumberFact): Question[] {
  const d = directionFor(ctx.language, fact.id);
  const numeric = fact.vi.kind === "count" || fact.vi.kind === "measure" || fact.vi.kind === "percent" ? fact.vi.value : undefined;
  return gapQuestions(ctx, {
    factId: fact.id,
    d,
    sentenceId: fact.sentenceIds[0] ?? "",
    span: fact[d.prompt],
    answer: fact[d.options].text,
    distractors: numberDistractors(fact, ctx.numbers, d.options),
    explanation: answerExplanation(ctx.article, fact.sentenceIds[0] ?? "", { vi: fact.vi.text, en: fact.en.text }),
    choice: { type: "multiple-choice", instruction: INSTRUCTIONS.numberChoice, difficulty: "easy" },
    typed: { accepted: acceptedNumberForms(fact), ...(numeric !== undefined ? { numeric } : {}) },
    wrongInPrompt: numberDistractors(fact, ctx.numbers, d.prompt, 1)[0] ?? null,
  });
}

/** The name as the sentence writes it must be the name itself (not "Chinese" for China). */
function writtenAsName(text: string, span: Span, name: string): boolean {
  return normalizeAnswer(text.slice(span.start, span.end)) === normalizeAnswer(name);
}

export function entityQuestions(ctx: Context, fact: EntityFact): Question[] {
  const d = directionFor(ctx.language, fact.id);
  const s = sentenceOf(ctx, fact.sentenceIds[0] ?? "");
  const span = fact.spans[d.prompt];
  if (!s || !writtenAsName(s[d.prompt], span, fact.name[d.prompt]) || wholeWordSpans(s[d.options], fact.name[d.options]).length === 0) return [];
  const others = entityDistractors(fact.name, fact.kind, ctx.entities);
  return gapQuestions(ctx, {
    factId: fact.id,
    d,
    sentenceId: s.id,
    span,
    answer: fact.name[d.options],
    distractors: others.map((o) => o[d.options]),
    explanation: answerExplanation(ctx.article, s.id, fact.name),
    choice: { type: "multiple-choice", instruction: INSTRUCTIONS.nameChoice, difficulty: "easy" },
    typed: { accepted: [fact.name[d.options]] },
    wrongInPrompt: others[0]?.[d.prompt] ?? null,
  });
}

function personChoice(ctx: Context, fact: QuotationFact | EpithetFact, d: Direction, prompt: string, person: { name: { vi: string; en: string } }): Question[] {
  // Too few people in the article? Organisations also speak in news ("According to the Department…").
  const people = entityDistractors(person.name, "person", ctx.entities);
  const others = people.length >= 2 ? people : [...people, ...entityDistractors(person.name, "organization", ctx.entities)].slice(0, 3);
  const key = stableId("k", fact.id, d.prompt, d.options);
  const choice = choiceOptions(key, person.name[d.options], others.map((o) => o[d.options]));
  if (!choice) return [];
  const sentenceId = fact.sentenceIds.at(-1) ?? "";
  return [
    makeQuestion(ctx.article, {
      type: fact.type === "quotation" ? "who-said-it" : "multiple-choice",
      language: ctx.language,
      direction: d,
      variant: fact.type,
      factId: fact.id,
      instruction: INSTRUCTIONS.chooseAnswer,
      prompt,
      input: "choice",
      options: choice.options,
      answer: { kind: "option", optionId: choice.answerId },
      sourceSentenceIds: fact.sentenceIds,
      explanation: answerExplanation(ctx.article, sentenceId, person.name),
      difficulty: difficultyOf("easy", d),
    }),
  ];
}

export function quotationQuestions(ctx: Context, fact: QuotationFact): Question[] {
  const d = directionFor(ctx.language, fact.id);
  return personChoice(ctx, fact, d, whoSaid(fact.quote[d.prompt], d.prompt), fact.speaker);
}

export function epithetQuestions(ctx: Context, fact: EpithetFact): Question[] {
  const d = directionFor(ctx.language, fact.id);
  return personChoice(ctx, fact, d, whoIsCalled(fact.epithet[d.prompt], d.prompt), fact.person);
}

/** The lead of a list, short enough to read: its last clause when it is long. */
function shortLead(lead: string): string {
  if (lead.length <= 120) return lead;
  const clause = clauseAround(lead, { start: lead.length - 1, end: lead.length });
  return clauseText(lead, clause);
}

export function enumerationQuestions(ctx: Context, fact: EnumerationFact): Question[] {
  const d = directionFor(ctx.language, fact.id);
  const items = fact.items.map((item, i) => ({ id: stableId("i", fact.id, i), text: item[d.options] }));
  if (new Set(items.map((i) => normalizeAnswer(i.text))).size !== items.length) return [];
  const random = seededRandom(fact.id);
  let shown = shuffle(items, random);
  for (let tries = 0; tries < 5 && shown.every((item, i) => item.id === items[i]?.id); tries++) shown = shuffle(items, random);
  return [
    makeQuestion(ctx.article, {
      type: "ordering",
      language: ctx.language,
      direction: d,
      variant: "order",
      factId: fact.id,
      instruction: INSTRUCTIONS.ordering,
      prompt: shortLead(fact.lead[d.prompt]),
      input: "order",
      items: shown,
      answer: { kind: "order", itemIds: items.map((i) => i.id) },
      sourceSentenceIds: fact.sentenceIds,
      explanation: { vi: explain.order(fact.items.map((i) => i.vi), "vi"), en: explain.order(fact.items.map((i) => i.en), "en") },
      difficulty: difficultyOf(items.length >= 4 ? "hard" : "medium", d),
    }),
  ];
}

export function termQuestions(ctx: Context, fact: TermFact): Question[] {
  const d = directionFor(ctx.language, fact.id);
  const s = sentenceOf(ctx, fact.sentenceIds[0] ?? "");
  const span = s && wholeWordSpans(s[d.prompt], fact.term[d.prompt])[0];
  if (!s || !span || wholeWordSpans(s[d.options], fact.term[d.options]).length === 0) return [];
  return gapQuestions(ctx, {
    factId: fact.id,
    d,
    sentenceId: s.id,
    span,
    answer: fact.term[d.options],
    distractors: termDistractors(fact.termId, ctx.article).map((t) => t[d.options]),
    explanation: answerExplanation(ctx.article, s.id, fact.term),
    choice: { type: "cloze", instruction: INSTRUCTIONS.termChoice, difficulty: "medium" },
    typed: { accepted: [fact.term[d.options]] },
  });
}

/** Matching: Vietnamese terms on the left, English on the right, five at a time. */
export function matchingQuestions(ctx: Context, facts: TermFact[], size = 5): Question[] {
  const questions: Question[] = [];
  for (let start = 0; start + size <= facts.length; start += size) {
    const group = facts.slice(start, start + size);
    const factId = `match:${group.map((f) => f.termId).join(",")}`;
    const d = directionFor(ctx.language, factId);
    const left = group.map((f, i) => ({ id: stableId("l", factId, i), text: f.term.vi }));
    const right = group.map((f, i) => ({ id: stableId("r", factId, i), text: f.term.en }));
    if (new Set(right.map((r) => normalizeAnswer(r.text))).size !== right.length) continue;
    const pairs = Object.fromEntries(left.map((l, i) => [l.id, right[i]?.id ?? ""]));
    const instructionLang: Lang = d.prompt;
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
        explanation: {
          vi: explain.pairs(group.map((f) => `${f.term.vi} = ${f.term.en}`), "vi"),
          en: explain.pairs(group.map((f) => `${f.term.vi} = ${f.term.en}`), "en"),
        },
        difficulty: "medium",
      }),
    );
  }
  return questions;
}

/** Pick the right translation of a sentence among other sentences of the article. */
export function translationQuestions(ctx: Context): Question[] {
  const seen = new Set<string>();
  return ctx.article.sentences.flatMap((s) => {
    if (seen.has(s.vi) || s.vi.split(/\s+/).length < 6) return [];
    seen.add(s.vi);
    const factId = `sentence:${s.id}`;
    const base = directionFor(ctx.language, factId);
    const d: Direction = ctx.language === "cross" ? base : { prompt: ctx.language, options: ctx.language === "vi" ? "en" : "vi" };
    const key = stableId("k", factId, d.prompt, d.options);
    const choice = choiceOptions(key, s[d.options], sentenceDistractors(s.id, ctx.article, d.options));
    if (!choice) return [];
    return [
      makeQuestion(ctx.article, {
        type: "translation-match",
        language: ctx.language,
        direction: d,
        variant: "sentence",
        factId,
        instruction: INSTRUCTIONS.translation,
        prompt: s[d.prompt],
        input: "choice",
        options: choice.options,
        answer: { kind: "option", optionId: choice.answerId },
        sourceSentenceIds: [s.id],
        explanation: { vi: `Câu trong bài: “${s.vi}” — “${s.en}”`, en: `In the article: “${s.en}” — “${s.vi}”` },
        difficulty: "medium",
      }),
    ];
  });
}
