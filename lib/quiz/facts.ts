// Fact extraction: what an aligned article states that a quiz can ask about — numbers paired
// across the languages, named entities, quotations and who said them, epithets,
// enumerations, and glossary terms in context. Pure.
import { entityFacts, findEntities, type ArticleEntities, type SentenceEntities } from "./entities";
import { quoteFacts } from "./quotes";
import { buildReferents, type NamedSpan, type Referents } from "./referents";
import { roleFacts } from "./roles";
import { findNumbers, sameNumber } from "./number-find";
import { wholeWordSpans, overlaps, type Span } from "./text";
import type { EntityFact, EnumerationFact, Fact, NumberFact, NumberMention, QuizArticle, QuizSentence, TermFact } from "./types";

/** A glossary term's occurrences in one side of a sentence, with the term. */
type TermSpan = Span & { termId: string };

const spansMemo = new WeakMap<QuizSentence, Record<"vi" | "en", TermSpan[] | undefined>>();

function termSpans(sentence: QuizSentence, article: QuizArticle, lang: "vi" | "en"): TermSpan[] {
  const memo = spansMemo.get(sentence) ?? { vi: undefined, en: undefined };
  spansMemo.set(sentence, memo);
  memo[lang] ??= article.glossary
    .filter((t) => t.sentenceIds.includes(sentence.id))
    .flatMap((t) =>
      (lang === "vi" ? [t.vi] : [t.en, ...t.enForms]).flatMap((f) => wholeWordSpans(sentence[lang], f, lang === "en").map((sp) => ({ ...sp, termId: t.id }))),
    );
  return memo[lang];
}

/** Where a number's counted words end: the words findNumbers took, stretched to the end of
 * a glossary term that starts among them ("50 thiết bị AI đầu" → "… đầu cuối"). */
function countedEnd(text: string, mention: NumberMention, terms: TermSpan[]): { end: number; terms: TermSpan[] } | null {
  if (!mention.counted) return null;
  const start = text.indexOf(mention.counted, mention.end);
  if (start === -1) return null;
  const end = start + mention.counted.length;
  const inside = terms.filter((t) => t.start >= start && t.start < end);
  return { end: Math.max(end, ...inside.map((t) => t.end)), terms: inside };
}

/** The counted words of a Vietnamese number and of its English partner. The English ones
 * follow the Vietnamese: if those are a glossary term, its English form within five words
 * after the number ("800 doanh nghiệp" ↔ "800 domestic and foreign enterprises"). */
function pairCounted(sentence: QuizSentence, article: QuizArticle, vi: NumberMention, en: NumberMention): [NumberMention, NumberMention] {
  const viTerms = termSpans(sentence, article, "vi");
  const enTerms = termSpans(sentence, article, "en");
  const viEnd = countedEnd(sentence.vi, vi, viTerms);
  const viCounted = viEnd ? sentence.vi.slice(vi.end, viEnd.end).trim() : undefined;
  let enCounted: string | undefined;
  if (viEnd && viEnd.terms.length > 0) {
    const window = sentence.en.slice(en.end).match(/^(\s*\S+){1,5}/u)?.[0] ?? "";
    const ids = new Set(viEnd.terms.map((t) => t.termId));
    const ends = enTerms.filter((t) => ids.has(t.termId) && t.start >= en.end && t.end <= en.end + window.length).map((t) => t.end);
    if (ends.length > 0) enCounted = sentence.en.slice(en.end, Math.max(...ends)).replace(/^[\s-]+/, "");
  }
  if (!enCounted) {
    const enEnd = countedEnd(sentence.en, en, enTerms);
    enCounted = enEnd ? sentence.en.slice(en.end, enEnd.end).replace(/^[\s-]+/, "") : undefined;
  }
  return [viCounted ? { ...vi, counted: viCounted } : vi, enCounted ? { ...en, counted: enCounted } : en];
}

function numberFacts(article: QuizArticle, entities: Map<string, SentenceEntities>): NumberFact[] {
  const facts: NumberFact[] = [];
  for (const sentence of article.sentences) {
    const names = entities.get(sentence.id) ?? { vi: [], en: [] };
    const vi = findNumbers(sentence.vi, "vi", names.vi);
    const en = findNumbers(sentence.en, "en", names.en);
    const used = new Set<number>();
    vi.forEach((v, i) => {
      // "9 trên 10 vật", "nine out of 10 items": the 10 is the whole the 9 is counted against.
      if (/\d\s+trên\s*$/u.test(sentence.vi.slice(0, v.start))) return;
      const j = en.findIndex((e, k) => !used.has(k) && sameNumber(v, e) && !/\bout of\s*$/iu.test(sentence.en.slice(0, e.start)));
      const e = en[j];
      if (!e) return;
      used.add(j);
      const [viMention, enMention] = pairCounted(sentence, article, v, e);
      facts.push({ id: `number:${sentence.id}:${i}`, type: "number", vi: viMention, en: enMention, sentenceIds: [sentence.id] });
    });
  }
  return facts;
}

const LIST_CUE = { vi: /(?::\s*|(?<![\p{L}\p{N}])bao gồm\s+|(?<![\p{L}\p{N}])gồm\s+|(?<![\p{L}\p{N}])nhấn mạnh\s+)/giu, en: /(?::\s*|(?<![\p{L}\p{N}])including\s+|(?<![\p{L}\p{N}])emphasi[sz]ing\s+|(?<![\p{L}\p{N}])such as\s+)/giu };
// "trái cây hoặc sữa" is one item (fruit or milk): lists are split at commas and "và"/"and".
const SPLIT = { vi: /,\s+|\s+và\s+/u, en: /,\s+(?:and\s+)?|\s+and\s+/u };

/** The items of a list that closes a sentence after a cue ("ba chủ đề cốt lõi: A, B và C."). */
function listAtEnd(text: string, lang: "vi" | "en"): { lead: string; items: string[] } | null {
  // The cue nearest the end opens the list ("…gồm 13 điểm, nhấn mạnh A, B và C.").
  const cues = [...text.matchAll(LIST_CUE[lang])].reverse();
  for (const cue of cues) {
    const body = text.slice(cue.index + cue[0].length).replace(/[.!?]\s*$/, "");
    const items = body.split(SPLIT[lang]).map((s) => s.trim());
    if (items.length >= 3 && items.every((item) => item.length > 0 && item.split(/\s+/).length <= 10)) {
      return { lead: text.slice(0, cue.index + cue[0].length).trim(), items };
    }
  }
  // No cue: a sentence that ends "…A, B và C." lists short, parallel items; the first one is
  // as long as the longest of the others (its own words are where the sentence runs into it).
  const segments = text.replace(/[.!?]\s*$/, "").split(/,\s+/);
  const lastTwo = (segments.at(-1) ?? "").split(lang === "vi" ? /\s+(?:và|hoặc)\s+/u : /\s+(?:and|or)\s+/u);
  if (lastTwo.length !== 2) return null;
  const items = [...lastTwo];
  let at = segments.length - 2;
  for (; at > 0 && (segments[at] ?? "").split(/\s+/).length <= 3; at--) items.unshift(segments[at] ?? "");
  const size = Math.max(...items.map((p) => p.split(/\s+/).length));
  const firstWords = (segments[at] ?? "").split(/\s+/);
  if (items.length >= 2 && size <= 3 && firstWords.length > size) {
    const first = firstWords.slice(-size).join(" ");
    const lead = [...segments.slice(0, at), firstWords.slice(0, -size).join(" ")].join(", ");
    if (items.length + 1 >= 3 && /\p{Ll}/u.test(first)) return { lead: lead.trim(), items: [first, ...items].map((x) => x.trim()) };
  }
  return null;
}

const ORDINALS = { vi: ["Thứ nhất", "Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm"], en: ["First", "Second", "Third", "Fourth", "Fifth"] };

/** Lists within a sentence, and "Thứ nhất… Thứ hai… Thứ ba…" across sentences. */
function enumerationFacts(article: QuizArticle): EnumerationFact[] {
  const facts: EnumerationFact[] = [];
  for (const sentence of article.sentences) {
    const vi = listAtEnd(sentence.vi, "vi");
    const en = listAtEnd(sentence.en, "en");
    if (vi && en && vi.items.length === en.items.length) {
      facts.push({
        id: `list:${sentence.id}`,
        type: "enumeration",
        lead: { vi: vi.lead, en: en.lead },
        items: vi.items.map((item, i) => ({ vi: item, en: en.items[i] ?? "" })),
        sentenceIds: [sentence.id],
      });
    }
  }
  const sentences = article.sentences;
  for (let i = 0; i < sentences.length; i++) {
    if (!sentences[i]?.vi.startsWith(`${ORDINALS.vi[0]},`)) continue;
    const run: QuizSentence[] = [];
    for (let k = 0; k < ORDINALS.vi.length; k++) {
      const s = sentences.slice(i).find((x) => x.vi.startsWith(`${ORDINALS.vi[k]},`) && x.en.startsWith(`${ORDINALS.en[k]},`));
      if (!s) break;
      run.push(s);
    }
    if (run.length < 3) continue;
    const topic = (text: string, lang: "vi" | "en") => {
      const afterOrdinal = text.slice(text.indexOf(",") + 1).trim();
      const clause = afterOrdinal.split(",")[0]?.trim() ?? afterOrdinal;
      return clause.replace(lang === "vi" ? /^về\s+/u : /^on\s+/u, "");
    };
    const leadSentence = sentences[i - 1];
    facts.push({
      id: `list:ordinal:${run[0]?.id}`,
      type: "enumeration",
      lead: { vi: leadSentence?.vi ?? "", en: leadSentence?.en ?? "" },
      items: run.map((s) => ({ vi: topic(s.vi, "vi"), en: topic(s.en, "en") })),
      sentenceIds: [...(leadSentence ? [leadSentence.id] : []), ...run.map((s) => s.id)],
    });
  }
  return facts;
}

/** Each glossary term (not a name) in the first sentence where both sides write it plainly. */
function termFacts(article: QuizArticle, entities: Map<string, SentenceEntities>): TermFact[] {
  const facts: TermFact[] = [];
  for (const term of article.glossary) {
    if (term.kind !== "term") continue;
    const sentence = article.sentences.find((s) => {
      if (!term.sentenceIds.includes(s.id)) return false;
      const names = entities.get(s.id) ?? { vi: [], en: [] };
      const vi = wholeWordSpans(s.vi, term.vi).filter((sp) => !names.vi.some((n) => overlaps(n, sp)));
      const en = wholeWordSpans(s.en, term.en, true).filter((sp) => !names.en.some((n) => overlaps(n, sp)));
      return vi.length > 0 && en.length > 0;
    });
    if (sentence) facts.push({ id: `term:${term.id}`, type: "term", termId: term.id, term: { vi: term.vi, en: term.en }, sentenceIds: [sentence.id] });
  }
  return facts;
}

/** An entity named in many sentences (the country of the story) is asked about in its first few. */
const MAX_SENTENCES_PER_ENTITY = 3;

function capPerEntity(facts: EntityFact[]): EntityFact[] {
  const seen = new Map<string, number>();
  return facts.filter((f) => {
    const key = f.termId ?? f.id;
    seen.set(key, (seen.get(key) ?? 0) + 1);
    return (seen.get(key) ?? 0) <= MAX_SENTENCES_PER_ENTITY;
  });
}

/** What the engine knows of an article: its facts, its names and which of them denote
 * the same thing. Computed once per article object. */
export type ArticleAnalysis = { article: QuizArticle; facts: Fact[]; entities: ArticleEntities; referents: Referents };

const analyses = new WeakMap<QuizArticle, ArticleAnalysis>();

/** Named spans (entities and glossary terms) per sentence, for reading parentheses. */
function namedSpans(article: QuizArticle, entities: ArticleEntities): Map<string, { vi: NamedSpan[]; en: NamedSpan[] }> {
  const result = new Map<string, { vi: NamedSpan[]; en: NamedSpan[] }>();
  for (const sentence of article.sentences) {
    const found = entities.bySentence.get(sentence.id) ?? { vi: [], en: [] };
    const spans = { vi: [] as NamedSpan[], en: [] as NamedSpan[] };
    for (const lang of ["vi", "en"] as const) {
      spans[lang].push(...found[lang].map((o) => ({ start: o.start, end: o.end, name: o.name, kind: o.kind })));
      for (const t of termSpans(sentence, article, lang)) {
        const term = article.glossary.find((g) => g.id === t.termId);
        if (term && term.kind === "term" && !spans[lang].some((o) => overlaps(o, t))) spans[lang].push({ start: t.start, end: t.end, name: { vi: term.vi, en: term.en }, kind: "term" });
      }
    }
    result.set(sentence.id, spans);
  }
  return result;
}

/** Everything the article states that a question can be built on, in reading order. A
 * sentence repeated word for word (a caption restating the text) is read once. */
export function analyzeArticle(input: QuizArticle): ArticleAnalysis {
  const cached = analyses.get(input);
  if (cached) return cached;
  const seenText = new Set<string>();
  const article = {
    ...input,
    sentences: input.sentences.filter((s) => !seenText.has(s.vi) && seenText.add(s.vi) !== undefined),
  };
  const entities = findEntities(article);
  const referents = buildReferents(article, namedSpans(article, entities));
  // A name the glossary does not list takes the kind of the entry naming the same thing
  // ("ADGMIN" is the meeting, not a company).
  const named = entityFacts(article, entities).map((f) => {
    if (f.termId) return f;
    const entry = article.glossary.find((t) => t.kind !== "term" && referents.same(t.vi, f.name.vi));
    return entry ? { ...f, kind: entry.kind as EntityFact["kind"] } : f;
  });
  const facts: Fact[] = [
    ...numberFacts(article, entities.bySentence),
    ...capPerEntity(named),
    ...quoteFacts(article, entities),
    ...roleFacts(article, entities),
    ...enumerationFacts(article),
    ...termFacts(article, entities.bySentence),
  ];
  const analysis = { article, facts, entities, referents };
  analyses.set(input, analysis);
  return analysis;
}

/** The article's facts (see analyzeArticle). */
export function extractFacts(input: QuizArticle): Fact[] {
  return analyzeArticle(input).facts;
}
