// Questions on the article's numbers: fill the gap (choose or type), true/false, what a figure
// refers to, and which of two figures is larger (often from two sentences). Pure.
import { gapQuestions, sentenceOf, type Context } from "./build-gaps";
import { answerExplanation, choiceOptions, makeQuestion, sameLanguage, type Built } from "./kit";
import { endsAPeriod, numberOptions, scaleCeiling } from "./number-options";
import { stableId } from "./random";
import { explain, INSTRUCTIONS, numberOf, whatCounts, whichIsLarger } from "./templates";
import { normalizeAnswer } from "./text";
import { expectedValueOf } from "./typed";
import type { EnumerationFact, Lang, NumberFact, NumberMention } from "./types";

const typedInstruction = (m: NumberMention) =>
  m.kind === "year" || (m.kind === "date-range" && m.date?.day === undefined && m.date?.month === undefined)
    ? INSTRUCTIONS.typeYear
    : m.kind === "date-range"
      ? INSTRUCTIONS.typeDates
      : m.kind === "date"
        ? INSTRUCTIONS.typeDate
        : m.kind === "score"
          ? INSTRUCTIONS.typeScore
          : m.kind === "range"
            ? INSTRUCTIONS.typeRange
            : INSTRUCTIONS.typeNumber;

/** The list of the same sentence that a small count counts (three themes, then the three). */
function countingList(ctx: Context, fact: NumberFact): EnumerationFact | null {
  if (fact.vi.kind !== "count" || fact.vi.value > 12) return null;
  const list = ctx.analysis.facts.find(
    (f): f is EnumerationFact => f.type === "enumeration" && f.sentenceIds.length === 1 && f.sentenceIds[0] === fact.sentenceIds[0] && f.items.length === fact.vi.value,
  );
  // Only when the number comes before the list (its lead holds it).
  return list && list.lead.vi.length > fact.vi.end && list.lead.en.length > fact.en.end ? list : null;
}

/** A list of the same sentence with as many items as the count ("Germany, Italy and Spain
 * remained the three biggest buyers"): the count can be read off the list, before or after it. */
export function countsItsList(ctx: Context, fact: NumberFact): boolean {
  if (fact.vi.kind !== "count" || fact.vi.value < 2 || fact.vi.value > 12) return false;
  const sentenceId = fact.sentenceIds[0] ?? "";
  if (ctx.analysis.facts.some((f) => f.type === "enumeration" && f.sentenceIds.length === 1 && f.sentenceIds[0] === sentenceId && f.items.length === fact.vi.value)) return true;
  const text = sentenceOf(ctx, sentenceId)?.vi ?? "";
  return nameRuns(text, ctx.analysis.entities.bySentence.get(sentenceId)?.vi ?? []).includes(fact.vi.value);
}

/** The lengths of the runs of names joined by commas and "và"/"hoặc" ("Đức, Italy và Tây Ban Nha": 3). */
function nameRuns(text: string, names: { start: number; end: number }[]): number[] {
  const sorted = [...names].sort((a, b) => a.start - b.start);
  const runs: number[] = [];
  let run = 0;
  sorted.forEach((n, i) => {
    const previous = sorted[i - 1];
    if (previous !== undefined && /^\s*(?:,|và|hoặc|,\s*và)\s*$/u.test(text.slice(previous.end, n.start))) run++;
    else {
      if (run >= 2) runs.push(run);
      run = 1;
    }
  });
  if (run >= 2) runs.push(run);
  return runs;
}

/** Whether the key is the sum or the difference of two other counts the sentence shows ("12
 * stations: 8 elevated and 4 underground"): a pupil works it out without having read. */
export function derivable(key: NumberMention, others: NumberMention[]): boolean {
  if (key.kind !== "count" || key.value < 3) return false;
  const values = others.filter((o) => o.kind === "count" && o.unit === key.unit && o.end !== key.end).map((o) => o.value);
  return values.some((a, i) => values.some((b, j) => i !== j && (a + b === key.value || (i < j && Math.abs(a - b) === key.value))));
}

/** Whether a day is the day before or after another day the sentence shows ("late on 27
 * October or in the early hours of 28 October"): the prompt itself gives it away. */
export function nextToAnotherDay(key: NumberMention, others: NumberMention[]): boolean {
  const day = (m: NumberMention) => (m.kind === "date" && m.date?.day !== undefined && m.date.month !== undefined ? Date.UTC(2000, m.date.month - 1, m.date.day) : null);
  const at = day(key);
  if (at === null) return false;
  return others.some((o) => o.end !== key.end && day(o) !== null && Math.abs(day(o)! - at) === 86_400_000);
}

/** An age ("29 tuổi", "a 29-year-old"): a detail of who someone is, not of the story. */
const isAge = (fact: NumberFact) => /^tuổi\b/iu.test(fact.vi.counted ?? "") || /^tuổi/iu.test(fact.vi.unitText ?? "") || /\byears?[- ]old\b/iu.test(fact.en.counted ?? "");

/** A day or a span of days told outside the headline and the lead ("measured on 12 March", "from
 * 15 November to 3 January"): a detail of when, which teachers rate as trivial; the story's own
 * dates are in its first lines. */
function peripheralDate(ctx: Context, fact: NumberFact): boolean {
  if (fact.vi.kind !== "date" && fact.vi.kind !== "date-range") return false;
  const lead = ctx.article.sentences.find((s) => s.blockKind === "paragraph")?.blockId;
  const sentence = ctx.article.sentences.find((s) => s.id === fact.sentenceIds[0]);
  return sentence !== undefined && sentence.blockKind !== "headline" && sentence.blockId !== lead;
}

/** A number fills a gap in its own sentence, so its options are written in that sentence's
 * language and number style, in every mode (70.000 under Vietnamese, 70,000 under English). */
export function numberQuestions(ctx: Context, fact: NumberFact): Built[] {
  const d = sameLanguage(ctx.language, fact.id);
  const lang = d.prompt;
  const mention = fact[lang];
  const sentenceId = fact.sentenceIds[0] ?? "";
  // The figures of the same sentence are never options: the pupil sees them beside the gap.
  const neighbours = ctx.numbers.filter((f) => f.id !== fact.id && f.sentenceIds[0] === sentenceId).map((f) => f[lang].value);
  const peers = ctx.numbers.filter((f) => f.id !== fact.id && f.sentenceIds[0] !== sentenceId).map((f) => f[lang]);
  const dates = ctx.numbers.filter((f) => f.id !== fact.id && (f.vi.kind === "date" || f.vi.kind === "date-range")).map((f) => f[lang]);
  const context = [fact.vi.counted, fact.en.counted, fact.vi.unitText, fact.en.unitText].filter((w): w is string => Boolean(w));
  // "_____ chủ đề cốt lõi: A, B và C": the list beside the gap counts its answer, so the
  // prompt stops before it.
  const list = countingList(ctx, fact);
  const limit = list ? list.lead[lang].length : undefined;
  const counted = countsItsList(ctx, fact);
  const sameSentence = ctx.numbers.filter((f) => f.id !== fact.id && f.sentenceIds[0] === sentenceId).map((f) => f[lang]);
  const text = sentenceOf(ctx, sentenceId)?.[lang] ?? "";
  const ceiling = scaleCeiling(text, mention);
  return gapQuestions(ctx, {
    factId: fact.id,
    d,
    sentenceId,
    span: mention,
    answer: mention.text,
    distractors: numberOptions({ mention, lang, peers, purpose: "choice", shown: neighbours, dates, ceiling, beside: sameSentence }),
    explanation: answerExplanation(ctx.article, sentenceId, { vi: fact.vi.text, en: fact.en.text }),
    choice: { type: "multiple-choice", instruction: INSTRUCTIONS.numberChoice(mention.kind, mention.date?.day !== undefined), difficulty: "easy" },
    typed: {
      instruction: typedInstruction(mention),
      answer: { kind: "text", display: mention.text, accepted: [fact.vi.text, fact.en.text], value: expectedValueOf(mention, context), typos: "none" },
    },
    // A year changed in a statement ("up from 4.78 in 2024") makes a claim about another year
    // the article says nothing of: only a target's year ("by 2030") is false when changed.
    // A count changed beside the list it counts ("… and Spain remained the two biggest") is
    // false at a glance.
    // Nor is one end of a period moved: a total to the end of January may be as true as to
    // the end of February.
    wrongInPrompt: (mention.kind === "year" && !mention.deadline) || counted || endsAPeriod(text, mention, sameSentence) ? null : (numberOptions({ mention, lang, peers, purpose: "false", count: 1, shown: neighbours, dates, ceiling, beside: sameSentence })[0] ?? null),
    ...(limit !== undefined ? { limit } : {}),
    making: { derivable: derivable(mention, sameSentence) || nextToAnotherDay(mention, sameSentence) || (!list && counted), minor: isAge(fact) || peripheralDate(ctx, fact) },
  });
}

/** A count with the words it counts, asked "what does it refer to". */
const countable = (f: NumberFact) => f.vi.kind === "count" && !f.vi.style.words && f.vi.counted !== undefined && f.en.counted !== undefined && f.vi.value >= 2;
/** "a 12-storey building", "a 200-bed hospital": the number describes what follows it, and
 * the words after it are not what it counts. */
const describes = (ctx: Context, f: NumberFact) => sentenceOf(ctx, f.sentenceIds[0] ?? "")?.en.charAt(f.en.end) === "-";
const countsOf = (ctx: Context) => ctx.numbers.filter((f) => countable(f) && !describes(ctx, f));
const shown = (m: NumberMention) => [m.qualifier, m.text].filter(Boolean).join(" ");
/** The thing counted without the words that only compare it ("15 trường THCS khác", "15 more
 * schools"): an option with "khác" would stand out among plain ones. */
const plainCounted = (counted: string) => counted.replace(/\s+(?:khác|nữa|mới)$/iu, "").replace(/^(?:more|other|additional|further|new)\s+/iu, "");
/** Words a phrase naming a thing does not end with: a verb's helper, an adverb, a linking
 * word ("primary schools have also"), read off a sentence where the counted words ran on. */
const RUNS_ON = {
  en: /\b(?:have|has|had|also|are|is|was|were|be|been|will|would|can|could|to|of|the|a|an|and|or|in|on|at|with|for|by|from|than|that|which|who|each|per)$/iu,
  vi: /(?:^|\s)(?:đã|cũng|được|sẽ|là|và|của|có|các|những|với|cho|để|đều|vẫn|mới|trong|từ|kể)$/iu,
};
/** A lone describing word ("public", "national", "quốc gia" is a noun): not a thing counted. */
const LONE_ADJECTIVE = /^\p{L}+(?:ic|al|ous|ive|ful|able|ible|ary|ern)$/iu;
/** Whether counted words name a thing a figure can refer to. */
const namesAThing = (counted: string, lang: Lang) => counted.trim() !== "" && !RUNS_ON[lang].test(counted.trim()) && !(lang === "en" && LONE_ADJECTIVE.test(counted.trim()));
const overlapping = (a: string, b: string) => normalizeAnswer(a).includes(normalizeAnswer(b)) || normalizeAnswer(b).includes(normalizeAnswer(a));

/** "What does the figure “more than 800” refer to?" — the other counts' words as options. */
export function refersToQuestions(ctx: Context): Built[] {
  const counts = countsOf(ctx);
  return counts.flatMap((fact) => {
    const d = sameLanguage(ctx.language, `refers:${fact.id}`);
    const lang = d.prompt;
    // The figure must point at one thing only: no other count of the same value.
    if (ctx.numbers.some((f) => f.id !== fact.id && f[lang].value === fact[lang].value)) return [];
    const answer = plainCounted(fact[lang].counted ?? "");
    if (!namesAThing(answer, lang)) return [];
    const others = counts
      .filter((f) => f.id !== fact.id)
      .map((f) => plainCounted(f[lang].counted ?? ""))
      .filter((c) => namesAThing(c, lang))
      .filter((c, i, list) => c && !overlapping(c, answer) && list.findIndex((x) => overlapping(x, c)) === i)
      .slice(0, 3);
    const key = stableId("k", "refers", fact.id, lang);
    const choice = others.length === 3 ? choiceOptions(key, answer, others) : null;
    if (!choice) return [];
    const sentenceId = fact.sentenceIds[0] ?? "";
    return [
      makeQuestion(ctx.article, {
        type: "multiple-choice",
        language: ctx.language,
        direction: d,
        variant: "refers-to",
        factId: `refers:${fact.id}`,
        instruction: INSTRUCTIONS.chooseAnswer,
        prompt: whatCounts(shown(fact[lang]), lang),
        input: "choice",
        options: choice.options,
        answer: { kind: "option", optionId: choice.answerId },
        sourceSentenceIds: [sentenceId],
        explanation: answerExplanation(ctx.article, sentenceId, { vi: fact.vi.counted ?? "", en: fact.en.counted ?? "" }),
        difficulty: "medium",
      }),
    ];
  });
}

/** Whether "a is larger than b" holds for any values the qualifiers allow ("hơn 800" may be
 * 900, so it is only surely below "hơn 3.000" when far enough below). */
function surelyLarger(a: NumberMention, b: NumberMention): boolean {
  const ratio = a.value / b.value;
  const loose = Boolean(a.qualifier || b.qualifier);
  return ratio >= (loose ? 2 : 1.25);
}

const LIST_START = { vi: /(bao gồm|gồm|trong đó|:)\s*$/iu };

/**
 * "Which number is the largest?" among the counts of one sentence — the items of a list when
 * it has one ("bao gồm 40 LLM, 50 thiết bị, 60 robot và 80 sản phẩm"), not the total before it.
 * The figures are not shown: the pupil must have read them. Counts of one sentence are of one
 * kind, so the comparison means something.
 */
export function comparisonQuestions(ctx: Context): Built[] {
  const built: Built[] = [];
  for (const s of ctx.article.sentences) {
    const counts = countsOf(ctx).filter((f) => f.sentenceIds[0] === s.id);
    const listAt = counts.findIndex((f) => LIST_START.vi.test(s.vi.slice(0, f.vi.start)));
    const items = listAt > 0 ? counts.slice(listAt) : counts;
    const values = items.map((f) => f.vi.value);
    // Three figures at least: between two, a guess is right half the time.
    if (items.length < 3 || new Set(values).size !== values.length) continue;
    const sorted = [...items].sort((a, b) => b.vi.value - a.vi.value);
    const [big, second] = sorted;
    if (!big || !second || !surelyLarger(big.vi, second.vi) || items.some((f, i) => items.some((g, j) => i < j && overlapping(f.vi.counted ?? "", g.vi.counted ?? "")))) continue;
    // "80 products" beside "3,000 products on display": "the number of products" is either.
    const outside = ctx.numbers.filter((f) => f.sentenceIds[0] === s.id && !items.includes(f) && f.vi.counted);
    if (items.some((f) => outside.some((o) => overlapping(f.vi.counted ?? "", o.vi.counted ?? "") || overlapping(f.en.counted ?? "", o.en.counted ?? "")))) continue;
    const factId = `compare:${s.id}`;
    const d = sameLanguage(ctx.language, factId);
    const lang: Lang = d.prompt;
    const chosen = items.slice(0, 4);
    if (!chosen.includes(big)) continue;
    const options = chosen.map((f) => ({ id: stableId("o", factId, f.id), text: numberOf(f[lang].counted ?? "", lang) }));
    const line = (l: Lang) => chosen.map((f) => `${shown(f[l])} ${f[l].counted}`).join("; ");
    built.push(
      makeQuestion(ctx.article, {
        type: "multiple-choice",
        language: ctx.language,
        direction: d,
        variant: "compare",
        factId,
        instruction: INSTRUCTIONS.chooseAnswer,
        prompt: whichIsLarger[lang],
        input: "choice",
        options,
        answer: { kind: "option", optionId: options[chosen.indexOf(big)]?.id ?? "" },
        sourceSentenceIds: [s.id],
        explanation: { vi: explain.compare(line("vi"), "vi"), en: explain.compare(line("en"), "en") },
        difficulty: "hard",
      }),
    );
  }
  return built;
}
