// Fact extraction: what an aligned article states that a quiz can ask about — numbers paired
// across the languages, named entities, quotations and who said them, epithets,
// enumerations, and glossary terms in context. Pure.
import { entityFacts, findEntities, type Occurrence, type SentenceEntities } from "./entities";
import { findNumbers } from "./numbers";
import { wholeWordSpans, overlaps, type Span } from "./text";
import type {
  Bilingual,
  EnumerationFact,
  EpithetFact,
  Fact,
  NumberFact,
  NumberMention,
  QuizArticle,
  QuizSentence,
  QuotationFact,
  TermFact,
  EntityFact,
} from "./types";

const sameNumber = (a: NumberMention, b: NumberMention) =>
  (a.kind === b.kind || (a.kind !== "percent" && b.kind !== "percent" && a.kind.startsWith("date") === b.kind.startsWith("date"))) &&
  a.value === b.value &&
  a.date?.month === b.date?.month &&
  a.date?.toDay === b.date?.toDay;

/** A glossary term's occurrences in one side of a sentence, with the term. */
type TermSpan = Span & { termId: string };

function termSpans(sentence: QuizSentence, article: QuizArticle, lang: "vi" | "en"): TermSpan[] {
  return article.glossary
    .filter((t) => t.sentenceIds.includes(sentence.id))
    .flatMap((t) =>
      (lang === "vi" ? [t.vi] : [t.en, ...t.enForms]).flatMap((f) => wholeWordSpans(sentence[lang], f, lang === "en").map((sp) => ({ ...sp, termId: t.id }))),
    );
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
      const j = en.findIndex((e, k) => !used.has(k) && sameNumber(v, e));
      const e = en[j];
      if (!e) return;
      used.add(j);
      const [viMention, enMention] = pairCounted(sentence, article, v, e);
      facts.push({ id: `number:${sentence.id}:${i}`, type: "number", vi: viMention, en: enMention, sentenceIds: [sentence.id] });
    });
  }
  return facts;
}

type Quote = Span & { text: string };
const QUOTE = /"([^"]+)"|“([^”]+)”/g;
const quotesIn = (text: string): Quote[] =>
  [...text.matchAll(QUOTE)].map((m) => ({ start: m.index + 1, end: m.index + m[0].length - 1, text: m[1] ?? m[2] ?? "" }));

const TITLE_CUE = /(chủ đề|công bố|ký vào|mang tên|tên là|khẩu hiệu)\s*$/iu;
const isTitle = (quote: string, before: string) => {
  const words = quote.split(/\s+/);
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return TITLE_CUE.test(before) || capitalised / words.length >= 0.5;
};

/** Quotations (and who said them), epithets ("Cha đẻ của AI" Geoffrey Hilton) and quoted
 * titles not already in the glossary. Quotes pair up by their order in the two sides. */
function quoteFacts(article: QuizArticle, entities: Map<string, SentenceEntities>): (QuotationFact | EpithetFact | EntityFact)[] {
  const facts: (QuotationFact | EpithetFact | EntityFact)[] = [];
  // The last person named so far: "Ông…" (he) in a later sentence refers to them.
  let lastPerson: { occurrence: Occurrence; sentenceId: string } | null = null;
  for (const sentence of article.sentences) {
    const names = entities.get(sentence.id) ?? { vi: [], en: [] };
    const vi = quotesIn(sentence.vi);
    const en = quotesIn(sentence.en);
    if (vi.length === en.length) {
      vi.forEach((q, i) => {
        const other = en[i];
        if (!other || names.vi.some((n) => overlaps(n, q))) return;
        const quote = { vi: q.text, en: other.text };
        const after = names.vi.find((n) => n.kind === "person" && n.start > q.end && n.start <= q.end + 3);
        if (after) {
          facts.push({ id: `epithet:${sentence.id}:${i}`, type: "epithet", epithet: quote, person: { entityId: after.entityId, name: after.name }, sentenceIds: [sentence.id] });
        } else if (isTitle(q.text, sentence.vi.slice(0, q.start - 1))) {
          facts.push({
            id: `entity:title:${sentence.id}:${i}`,
            type: "entity",
            kind: "document",
            termId: null,
            name: quote,
            spans: { vi: { start: q.start, end: q.end }, en: { start: other.start, end: other.end } },
            sentenceIds: [sentence.id],
          });
        } else {
          const inSentence = names.vi.filter((n) => n.kind === "person" && n.end <= q.start).at(-1);
          const speaker = inSentence ? { occurrence: inSentence, sentenceId: sentence.id } : lastPerson;
          if (speaker) {
            const { entityId, name } = speaker.occurrence;
            const sentenceIds = speaker.sentenceId === sentence.id ? [sentence.id] : [speaker.sentenceId, sentence.id];
            facts.push({ id: `quote:${sentence.id}:${i}`, type: "quotation", quote, speaker: { entityId, name }, sentenceIds });
          }
        }
      });
    }
    const person = names.vi.filter((n) => n.kind === "person").at(-1);
    if (person) lastPerson = { occurrence: person, sentenceId: sentence.id };
  }
  return facts;
}

const LIST_CUE = { vi: /(?::\s*|\bbao gồm\s+|\bgồm\s+|\bnhấn mạnh\s+)/giu, en: /(?::\s*|\bincluding\s+|\bemphasi[sz]ing\s+|\bsuch as\s+)/giu };
const SPLIT = { vi: /,\s+|\s+(?:và|hoặc)\s+/u, en: /,\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+/u };

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

/** Everything the article states that a question can be built on, in reading order. A
 * sentence repeated word for word (a caption restating the text) is read once. */
export function extractFacts(input: QuizArticle): Fact[] {
  const seenText = new Set<string>();
  const article = {
    ...input,
    sentences: input.sentences.filter((s) => !seenText.has(s.vi) && seenText.add(s.vi) !== undefined),
  };
  const entities = findEntities(article);
  return [
    ...numberFacts(article, entities),
    ...capPerEntity(entityFacts(article, entities)),
    ...quoteFacts(article, entities),
    ...enumerationFacts(article),
    ...termFacts(article, entities),
  ];
}

export type { Bilingual };
