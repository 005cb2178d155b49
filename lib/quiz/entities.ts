// Named entities in aligned sentence pairs: from the glossary (which says what each name is)
// and, for names it does not list, Latin-script proper names written alike in both languages.
import type { EntityKind, EntityFact, Lang, QuizArticle, QuizSentence, QuizTerm } from "./types";
import { overlaps, wholeWordSpans, type Span } from "./text";

export type Occurrence = Span & { entityId: string; kind: EntityKind; name: { vi: string; en: string }; termId: string | null };

/** Occurrences of glossary names in one side of a sentence, longest first where they nest
 * ("Thượng Hải" inside "Đồng thuận An toàn AI Thượng Hải" is not counted). */
function glossaryOccurrences(sentence: QuizSentence, terms: QuizTerm[], lang: Lang): Occurrence[] {
  const found: Occurrence[] = [];
  for (const term of terms) {
    if (term.kind === "term" || !term.sentenceIds.includes(sentence.id)) continue;
    const forms = lang === "vi" ? [term.vi] : [term.en, ...term.enForms];
    for (const form of forms) {
      for (const span of wholeWordSpans(sentence[lang], form, lang === "en")) {
        found.push({ ...span, entityId: term.id, kind: term.kind, name: { vi: term.vi, en: term.en }, termId: term.id });
      }
    }
  }
  return keepOutermost(found);
}

function keepOutermost<T extends Span>(spans: T[]): T[] {
  const sorted = [...spans].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: T[] = [];
  for (const s of sorted) if (!kept.some((k) => overlaps(k, s))) kept.push(s);
  return kept.sort((a, b) => a.start - b.start);
}

const LATIN_NAME = /(?<![\p{L}\p{N}])[A-Z][a-zA-Z]+(?:\s+[A-Z][a-zA-Z]+)*(?![\p{L}\p{N}])/gu;
const PERSON_BEFORE = /(ông|bà|thủ tướng|chủ tịch|tổng thống|bộ trưởng|ceo|giám đốc|nhà khoa học|giáo sư|tiến sĩ|ts\.|gs\.)\s*$/iu;
const PLACE_BEFORE = /(tại|ở|đến|từ thành phố|thành phố|tỉnh)\s*$/iu;

/** What an unlisted Latin name probably is, from the words before it. */
function guessKind(before: string, name: string): EntityKind {
  if (PERSON_BEFORE.test(before)) return "person";
  if (PLACE_BEFORE.test(before)) return "place";
  return name.includes(" ") ? "person" : "organization";
}

/** Proper names the glossary does not list but both sides write the same way ("Google"). */
function latinNames(sentence: QuizSentence, known: Occurrence[]): Occurrence[] {
  const found: Occurrence[] = [];
  for (const m of sentence.vi.matchAll(LATIN_NAME)) {
    const words = m[0].split(/\s+/);
    // Longest sub-sequence first that the English also has.
    for (let size = words.length; size >= 1; size--) {
      for (let from = 0; from + size <= words.length; from++) {
        const name = words.slice(from, from + size).join(" ");
        if (/^[A-Z]{1,5}$/.test(name)) continue; // acronyms (AI, CEO, LLM) are not names
        const start = m.index + m[0].indexOf(name);
        const span = { start, end: start + name.length };
        if (start === 0 && size === 1) continue; // a capitalised first word
        if ([...known, ...found].some((o) => overlaps(o, span))) continue;
        const en = wholeWordSpans(sentence.en, name)[0];
        if (!en) continue;
        const kind = guessKind(sentence.vi.slice(0, start), name);
        found.push({ ...span, entityId: `name:${name}`, kind, name: { vi: name, en: name }, termId: null });
      }
    }
  }
  return found;
}

export type SentenceEntities = { vi: Occurrence[]; en: Occurrence[] };

/** Every named-entity occurrence of every sentence, per language. */
export function findEntities(article: QuizArticle): Map<string, SentenceEntities> {
  const result = new Map<string, SentenceEntities>();
  for (const sentence of article.sentences) {
    const vi = glossaryOccurrences(sentence, article.glossary, "vi");
    const en = glossaryOccurrences(sentence, article.glossary, "en");
    const extra = latinNames(sentence, vi);
    for (const o of extra) {
      const span = wholeWordSpans(sentence.en, o.name.en).find((s) => !en.some((e) => overlaps(e, s)));
      if (span) {
        vi.push(o);
        en.push({ ...o, ...span });
      }
    }
    result.set(sentence.id, { vi: vi.sort((a, b) => a.start - b.start), en: en.sort((a, b) => a.start - b.start) });
  }
  return result;
}

/** One fact per entity and sentence where the name is written on both sides. */
export function entityFacts(article: QuizArticle, entities: Map<string, SentenceEntities>): EntityFact[] {
  const facts: EntityFact[] = [];
  for (const sentence of article.sentences) {
    const { vi, en } = entities.get(sentence.id) ?? { vi: [], en: [] };
    const seen = new Set<string>();
    for (const o of vi) {
      if (seen.has(o.entityId)) continue;
      const other = en.find((e) => e.entityId === o.entityId);
      if (!other) continue;
      seen.add(o.entityId);
      facts.push({
        id: `entity:${o.entityId}:${sentence.id}`,
        type: "entity",
        kind: o.kind,
        termId: o.termId,
        name: o.name,
        spans: { vi: { start: o.start, end: o.end }, en: { start: other.start, end: other.end } },
        sentenceIds: [sentence.id],
      });
    }
  }
  return facts;
}
