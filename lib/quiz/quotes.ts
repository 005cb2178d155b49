// Quotations and who said them, epithets ("Cha đẻ của AI" Geoffrey Hilton) and quoted
// titles. A quotation is given a speaker only when the sentence names one, or refers back to
// one with a pronoun that fits ("bà nói" is the last woman named): an unnamed speaker ("HLV
// trưởng Thái Lan") gets no question rather than a wrong key. Pure.
import type { ArticleEntities, Gender, Occurrence } from "./entities";
import { overlaps, type Span } from "./text";
import type { EntityFact, EpithetFact, QuizArticle, QuotationFact } from "./types";

type Quote = Span & { text: string };
const QUOTE = /"([^"]+)"|“([^”]+)”/g;
const quotesIn = (text: string): Quote[] =>
  [...text.matchAll(QUOTE)].map((m) => ({ start: m.index + 1, end: m.index + m[0].length - 1, text: m[1] ?? m[2] ?? "" }));

const TITLE_CUE = /(chủ đề|công bố|ký vào|mang tên|tên là|khẩu hiệu|cuốn sách|bộ phim|bài hát|chương trình|dự án)\s*$/iu;
const isTitle = (quote: string, before: string) => {
  const words = quote.split(/\s+/);
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return TITLE_CUE.test(before) || (capitalised / words.length >= 0.5 && words.length <= 10);
};

const CALLED = /(gọi(?: vui)? là|được gọi là|biệt danh(?: là)?|nicknamed|called|known as)\s*$/iu;
const SAY = "(nói|kể|cho biết|chia sẻ|khẳng định|nhấn mạnh|cho hay|bày tỏ|nhận xét|thừa nhận|nhớ lại|giải thích|tâm sự|phát biểu)";
const PRONOUN_AFTER = new RegExp(`^[”"]?\\s*,?\\s*(ông|bà|anh|chị|em|thầy|cô)\\s+(?:[\\p{Ll}]+\\s+)?${SAY}`, "u");
const PRONOUN_OPENS = /^(Ông|Bà|Anh|Chị|Em|Thầy|Cô)\s+(?!\p{Lu})/u;
const EN_PRONOUN = /\b(he|she)\s+(said|added|recalled|explained|stressed|told|warned|noted)\b|^(He|She)\s/u;

const genderOf = (pronoun: string): Gender | null => (/^(ông|anh|thầy)$/iu.test(pronoun) ? "male" : /^(bà|chị|cô)$/iu.test(pronoun) ? "female" : null);

/** Who a pronoun refers to: the most recent person named whose gender fits. */
function resolve(history: Occurrence[], gender: Gender | null, genders: Map<string, Gender>): Occurrence | null {
  for (const person of [...history].reverse()) {
    const known = genders.get(person.entityId);
    if (!gender || !known || known === gender) return person;
  }
  return null;
}

export function quoteFacts(article: QuizArticle, entities: ArticleEntities): (QuotationFact | EpithetFact | EntityFact)[] {
  const facts: (QuotationFact | EpithetFact | EntityFact)[] = [];
  const history: (Occurrence & { sentenceId: string })[] = [];
  const firstNamed = new Map<string, string>();
  for (const sentence of article.sentences) {
    const names = entities.bySentence.get(sentence.id) ?? { vi: [], en: [] };
    const vi = quotesIn(sentence.vi);
    const en = quotesIn(sentence.en);
    const outside = names.vi.filter((n) => !vi.some((q) => overlaps(n, q)));
    const people = outside.filter((n) => n.kind === "person");
    if (vi.length === en.length) {
      vi.forEach((q, i) => {
        const other = en[i];
        if (!other || names.vi.some((n) => !n.short && n.start === q.start && n.end === q.end)) return;
        const quote = { vi: q.text, en: other.text };
        const after = people.find((n) => n.start > q.end && n.start <= q.end + 3 && !n.short);
        // "Được học trò gọi vui là “thầy Robot”, người đàn ông 36 tuổi…": a nickname of the
        // person the sentence (or the one before) is about.
        if (!after && CALLED.test(sentence.vi.slice(0, q.start - 1))) {
          const person = people.find((n) => !n.short) ?? [...history].reverse().find((h) => h.kind === "person");
          if (person) {
            const full = history.find((h) => h.entityId === person.entityId && !h.short) ?? person;
            const from = "sentenceId" in person && typeof person.sentenceId === "string" ? person.sentenceId : sentence.id;
            facts.push({ id: `epithet:${sentence.id}:${i}`, type: "epithet", epithet: quote, person: { entityId: full.entityId, name: full.name }, sentenceIds: [...new Set([firstNamed.get(full.entityId) ?? from, sentence.id])] });
            return;
          }
        }
        if (after) {
          facts.push({ id: `epithet:${sentence.id}:${i}`, type: "epithet", epithet: quote, person: { entityId: after.entityId, name: after.name }, sentenceIds: [sentence.id] });
          return;
        }
        if (isTitle(q.text, sentence.vi.slice(0, q.start - 1))) {
          if (names.vi.some((n) => overlaps(n, q))) return;
          facts.push({
            id: `entity:title:${sentence.id}:${i}`,
            type: "entity",
            kind: "document",
            termId: null,
            name: quote,
            spans: { vi: { start: q.start, end: q.end }, en: { start: other.start, end: other.end } },
            sentenceIds: [sentence.id],
          });
          return;
        }
        const before = people.filter((n) => n.end <= q.start).at(-1);
        const next = people.find((n) => n.start >= q.end && n.start <= q.end + 40);
        let speaker: (Occurrence & { sentenceId?: string }) | null = before ?? next ?? null;
        if (!speaker) {
          const rest = sentence.vi.slice(q.end);
          const pronoun = PRONOUN_AFTER.exec(rest)?.[1] ?? (PRONOUN_OPENS.test(sentence.vi) ? (sentence.vi.split(/\s+/)[0] ?? null) : null);
          const enPronoun = EN_PRONOUN.exec(sentence.en);
          if (pronoun || enPronoun) {
            const word = (enPronoun?.[1] ?? enPronoun?.[3] ?? "").toLowerCase();
            const gender = (pronoun ? genderOf(pronoun) : null) ?? (word === "he" ? "male" : word === "she" ? "female" : null);
            speaker = resolve(history, gender, entities.genders);
          }
        }
        if (!speaker) return;
        const full = history.find((h) => h.entityId === speaker?.entityId && !h.short) ?? speaker;
        const from = "sentenceId" in speaker && speaker.sentenceId ? speaker.sentenceId : sentence.id;
        // The evidence names the speaker in full: the sentence that first does, the one that
        // refers to them, and the quotation.
        const named = speaker.short ? (firstNamed.get(speaker.entityId) ?? from) : from;
        const sentenceIds = [...new Set([named, from, sentence.id])];
        facts.push({ id: `quote:${sentence.id}:${i}`, type: "quotation", quote, speaker: { entityId: full.entityId, name: full.name }, sentenceIds });
      });
    }
    for (const person of people) {
      history.push({ ...person, sentenceId: sentence.id });
      if (!person.short && !firstNamed.has(person.entityId)) firstNamed.set(person.entityId, sentence.id);
    }
  }
  return facts;
}
