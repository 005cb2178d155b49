// Questions on whole sentences and lists: the right translation of a sentence among near
// misses of it (a number or a name changed; a neighbouring sentence that shares
// its words), and the order of a list. Pure.
import { ROLE_BEFORE, sameGenderAs, sentenceOf, type Context } from "./build-gaps";
import { nameDistractors } from "./distractors";
import { choiceOptions, difficultyOf, directionFor, makeQuestion, type Built, type Direction } from "./kit";
import { countsItsList } from "./build-numbers";
import { numberOptions, scaleCeiling } from "./number-options";
import { seededRandom, shuffle, stableId } from "./random";
import { explain, INSTRUCTIONS } from "./templates";
import { clauseAround, clauseText, inCaseOf, normalizeAnswer, stripDiacritics, withoutRepeatedHead } from "./text";
import type { EnumerationFact, Lang, QuizSentence } from "./types";

const wordSets = new Map<string, Set<string>>();
const contentWords = (text: string) => {
  let words = wordSets.get(text);
  if (!words) {
    words = new Set(stripDiacritics(text).split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 3));
    if (wordSets.size > 5_000) wordSets.clear();
    wordSets.set(text, words);
  }
  return words;
};

/** Wrong translations that differ from the right one in one fact a pupil must read for: a
 * number (two ways) or a name. One of each kind first, then more of the same. */
function nearMisses(ctx: Context, s: QuizSentence, lang: Lang): string[] {
  const text = s[lang];
  const replace = (start: number, end: number, by: string) => text.slice(0, start) + by + text.slice(end);
  const numbers: string[] = [];
  const peers = ctx.numbers.map((f) => f[lang]);
  const own = ctx.numbers.filter((f) => f.sentenceIds[0] === s.id);
  for (const fact of own) {
    if (countsItsList(ctx, fact)) continue;
    const m = fact[lang];
    const beside = own.map((f) => f[lang]);
    for (const wrong of numberOptions({ mention: m, lang, peers, purpose: "false", count: 2, ceiling: scaleCeiling(text, m), beside })) numbers.push(replace(m.start, m.end, inCaseOf(text.slice(m.start, m.end), wrong)));
  }
  const names: string[] = [];
  const occurrences = ctx.analysis.entities.bySentence.get(s.id)?.[lang] ?? [];
  for (const o of occurrences) {
    // A name before its own short form ("the Asian Development Bank (ADB)") cannot be swapped alone.
    // Nor a short form in the parentheses after its full name ("… Nations (ASEAN)").
    if (o.short || normalizeAnswer(text.slice(o.start, o.end)) !== normalizeAnswer(o.name[lang]) || /^\s*\(/u.test(text.slice(o.end)) || /\(\s*$/u.test(text.slice(0, o.start))) continue;
    // "Chinese Premier ___": another person beside someone's role makes an absurd sentence.
    if (o.kind === "person" && ROLE_BEFORE.test(text.slice(0, o.start))) continue;
    const sameGender = o.kind === "person" ? { sameGender: sameGenderAs(ctx, o.entityId, text.slice(0, o.start)) } : {};
    const swap = nameDistractors(o.name, o.kind, ctx.entities, ctx.analysis.referents, { count: 1, shown: [text], articleOnly: true, sameRoleOnly: true, sameShape: true, order: `tm|${s.id}`, ...sameGender }).names[0];
    if (swap) names.push(replace(o.start, o.end, withoutRepeatedHead(text.slice(0, o.start), inCaseOf(text.slice(o.start, o.end), swap[lang]))));
  }
  // A term swapped into a sentence, or a "not" put into it, reads as nonsense more often than
  // as a plausible mistranslation: only facts change.
  const kinds = [numbers, names];
  const out: string[] = [];
  for (let round = 0; round < 3; round++) for (const list of kinds) if (list[round] !== undefined) out.push(list[round] ?? "");
  return [...new Set(out)].filter((t) => t !== text);
}

/** Other sentences that share the most words with this one (a pupil skimming names and
 * numbers could take them for it). */
function neighbours(ctx: Context, s: QuizSentence, lang: Lang): string[] {
  const own = contentWords(s[lang]);
  return ctx.article.sentences
    .filter((x) => x.id !== s.id && x.blockKind !== "headline" && x[lang] !== s[lang])
    .map((x) => ({ text: x[lang], shared: [...contentWords(x[lang])].filter((w) => own.has(w)).length }))
    .filter((x) => x.shared >= 2)
    .sort((a, b) => b.shared - a.shared)
    .map((x) => x.text);
}

/** Pick the right translation of a sentence among near misses of it. */
export function translationQuestions(ctx: Context): Built[] {
  return ctx.article.sentences.flatMap((s) => {
    if (s.vi.split(/\s+/).length < 6 || s.blockKind === "headline") return [];
    const factId = `sentence:${s.id}`;
    const base = directionFor(ctx.language, factId);
    const d: Direction = ctx.language === "cross" ? base : { prompt: ctx.language, options: ctx.language === "vi" ? "en" : "vi" };
    const misses = nearMisses(ctx, s, d.options).slice(0, 3);
    const wrong = [...misses, ...neighbours(ctx, s, d.options)].slice(0, 3);
    const choice = choiceOptions(stableId("k", factId, d.prompt, d.options), s[d.options], wrong);
    if (!choice || wrong.length < 3) return [];
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
        making: { nearMisses: misses.length },
      }),
    ];
  });
}

/** The lead of a list, short enough to read: its last clause when it is long. */
function shortLead(lead: string): string {
  if (lead.length <= 120) return lead;
  const clause = clauseAround(lead, { start: lead.length - 1, end: lead.length });
  return clauseText(lead, clause);
}

/** Items whose order can be read off them: numbers that only go up, or first/second/third. */
function readableOrder(items: string[]): boolean {
  const leading = items.map((i) => /^(\d+(?:[.,]\d+)?)/.exec(i)?.[1]);
  if (leading.every((n) => n !== undefined)) {
    const values = leading.map((n) => Number((n ?? "").replace(",", ".")));
    if (values.every((v, i) => i === 0 || v >= (values[i - 1] ?? 0))) return true;
  }
  return items.some((i) => /^(thứ nhất|thứ hai|first|second|third)(?![\p{L}\p{N}])/iu.test(i));
}

export function enumerationQuestions(ctx: Context, fact: EnumerationFact): Built[] {
  const d = directionFor(ctx.language, fact.id);
  const lang: Lang = d.prompt;
  const own: Direction = { prompt: lang, options: lang };
  const items = fact.items.map((item, i) => ({ id: stableId("i", fact.id, i), text: item[lang] }));
  if (new Set(items.map((i) => normalizeAnswer(i.text))).size !== items.length || readableOrder(items.map((i) => i.text))) return [];
  const random = seededRandom(fact.id);
  let shown = shuffle(items, random);
  for (let tries = 0; tries < 5 && shown.every((item, i) => item.id === items[i]?.id); tries++) shown = shuffle(items, random);
  const acrossSentences = fact.id.startsWith("list:ordinal:");
  return [
    makeQuestion(ctx.article, {
      type: "ordering",
      language: ctx.language,
      direction: own,
      variant: "order",
      factId: fact.id,
      instruction: INSTRUCTIONS.ordering,
      prompt: shortLead(fact.lead[lang]),
      input: "order",
      items: shown,
      answer: { kind: "order", itemIds: items.map((i) => i.id) },
      sourceSentenceIds: fact.sentenceIds.filter((id) => sentenceOf(ctx, id)),
      explanation: { vi: explain.order(fact.items.map((i) => i.vi), "vi"), en: explain.order(fact.items.map((i) => i.en), "en") },
      difficulty: difficultyOf(items.length >= 4 ? "hard" : "medium", own),
      making: { plainList: !acrossSentences },
    }),
  ];
}
