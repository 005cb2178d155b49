// Named entities in aligned sentence pairs: from the glossary (which says what each name is),
// Vietnamese names written with their marks in Vietnamese and without in English (Trần Văn
// Hùng ↔ Tran Van Hung), Latin-script names written alike, and the short forms by which news
// refers to a person again ("bà Châu", "Mr Khai", "Tiến Linh"). Pure.
import { overlaps, stripDiacritics, wholeWordSpans, type Span } from "./text";
import { PLACES, VIETNAMESE_FAMILY_NAMES } from "./world";
import type { EntityFact, EntityKind, Lang, QuizArticle, QuizSentence, QuizTerm } from "./types";

export type Occurrence = Span & {
  entityId: string;
  kind: EntityKind;
  name: { vi: string; en: string };
  termId: string | null;
  /** A short form of a person's name ("Châu" for Tôn Nữ Minh Châu). */
  short?: boolean;
};
export type SentenceEntities = { vi: Occurrence[]; en: Occurrence[] };
export type Gender = "male" | "female";
export type ArticleEntities = {
  bySentence: Map<string, SentenceEntities>;
  genders: Map<string, Gender>;
  /** People the article shows to be young (a pupil, "em", "14 tuổi"): "Em", not "Bà". */
  young: Set<string>;
  /** The title the Vietnamese text gives a person ("Chị", "Ông", "Thầy"): a statement about
   * them uses it, not one guessed from their sex. */
  titles: Map<string, string>;
};

function keepOutermost<T extends Span>(spans: T[]): T[] {
  const sorted = [...spans].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: T[] = [];
  for (const s of sorted) if (!kept.some((k) => overlaps(k, s))) kept.push(s);
  return kept.sort((a, b) => a.start - b.start);
}

/** Occurrences of glossary names in one side of a sentence, longest first where they nest
 * ("Thượng Hải" inside "Đồng thuận An toàn AI Thượng Hải" is not counted). */
function glossaryOccurrences(sentence: QuizSentence, terms: QuizTerm[], lang: Lang): Occurrence[] {
  const found: Occurrence[] = [];
  for (const term of terms) {
    if (term.kind === "term" || !term.sentenceIds.includes(sentence.id)) continue;
    const forms = lang === "vi" ? [term.vi, ...(term.aliases?.vi ?? [])] : [term.en, ...term.enForms, ...(term.aliases?.en ?? [])];
    for (const form of forms) {
      for (const span of wholeWordSpans(sentence[lang], form, lang === "en")) {
        found.push({ ...span, entityId: term.id, kind: term.kind, name: { vi: term.vi, en: term.en }, termId: term.id });
      }
    }
  }
  return keepOutermost(found);
}

const PERSON_BEFORE = {
  vi: /(ông|bà|anh|chị|em|thầy|cô|thủ tướng|chủ tịch|tổng thống|bộ trưởng|thứ trưởng|ceo|giám đốc|nhà khoa học|giáo sư|tiến sĩ|ts\.|gs\.|pgs\.|bác sĩ|hlv|huấn luyện viên|tiền đạo|tiền vệ|hậu vệ|thủ môn|cầu thủ|kiến trúc sư|nghệ nhân|hiệu trưởng|nữ sinh|học sinh|phóng viên|trưởng khoa|viện trưởng)\s*$/iu,
  en: /(mr|ms|mrs|miss|dr|prof|president|premier|minister|chairman|chairwoman|ceo|director|coach|striker|midfielder|defender|goalkeeper|player|architect|artisan|craftsman|headteacher|principal|scientist)\.?\s*$/iu,
};
const PLACE_BEFORE = /(tại|ở|đến|từ|thành phố|tỉnh|xã|phường|huyện|quận|sông|trạm|sân|vùng|khu vực|thủ đô)\s*$/iu;
const ORG_HEAD = /^(Trường|Bệnh viện|Công ty|Tập đoàn|Ngân hàng|Sở|Bộ|Cục|Viện|Trung tâm|Hội|Hiệp hội|Liên đoàn|Ủy ban|UBND|Đại học|Báo|Đài|Quỹ|Tổ chức)(?![\p{L}\p{N}])/u;
const EVENT_OR_ORG_WORD = /\b(Cup|Games|Forum|Summit|Expo|Festival|Conference|Awards?|League|Bank|Group|Inc|Corp|University|Institute|Association|Federation|Council|Organization|Organisation|Fund|Agency|Ministry|Committee)\b/u;
const PLACE_KEYS = new Set(PLACES.flatMap((p) => [stripDiacritics(p.vi), stripDiacritics(p.en)]));

/** What a name probably is, from the words before it and the name itself; null when unsure. */
function guessKind(before: string, name: string, lang: Lang): EntityKind | null {
  if (PLACE_KEYS.has(stripDiacritics(name))) return "place";
  if (PERSON_BEFORE[lang].test(before)) return "person";
  if (ORG_HEAD.test(name)) return "organization";
  if (EVENT_OR_ORG_WORD.test(name)) return /\b(Cup|Games|Forum|Summit|Expo|Festival|Conference|Awards?)\b/u.test(name) ? "event" : "organization";
  if (lang === "vi" && PLACE_BEFORE.test(before)) return "place";
  const first = name.split(/\s+/)[0] ?? "";
  if (lang === "vi" && VIETNAMESE_FAMILY_NAMES.has(first) && name.includes(" ")) return "person";
  return null;
}

const VI_NAME = /(?<![\p{L}\p{M}])\p{Lu}[\p{Ll}\p{M}]*(?:[ -]\p{Lu}[\p{Ll}\p{M}]*)+/gu;
const LATIN_NAME = /(?<![\p{L}\p{N}])[A-Z][a-zA-Z]+(?:[\s-][A-Z][a-zA-Z]+)*(?![\p{L}\p{N}])/gu;
/** Runs of capitalised words, one or more (short forms: "Châu", "Tiến Linh", "Khai"). */
const VI_WORDS = /(?<![\p{L}\p{M}])\p{Lu}[\p{Ll}\p{M}]*(?:[ -]\p{Lu}[\p{Ll}\p{M}]*)*/gu;
const LATIN_WORDS = LATIN_NAME;

/** Names the glossary does not list, written in both sides: Vietnamese with marks and the
 * English without ("Nguyễn Tiến Linh" ↔ "Nguyen Tien Linh"), or alike ("Sundar Pichai"). */
function unlistedNames(sentence: QuizSentence, known: { vi: Occurrence[]; en: Occurrence[] }, commonWords: Set<string>): { vi: Occurrence[]; en: Occurrence[] } {
  const vi: Occurrence[] = [];
  const en: Occurrence[] = [];
  const enBare = stripDiacritics(sentence.en);
  const tryName = (name: string, start: number, isLatin: boolean) => {
    const span = { start, end: start + name.length };
    if ([...known.vi, ...vi].some((o) => overlaps(o, span))) return false;
    const bare = stripDiacritics(name);
    const enSpan = wholeWordSpans(enBare, bare).find((s) => ![...known.en, ...en].some((o) => overlaps(o, s)));
    if (!enSpan || enBare.length !== sentence.en.length) return false;
    // One word alone is never a person's full name (it is a short form, found later), and a
    // Vietnamese name is at least two syllables.
    if (!name.includes(" ") && (!isLatin || commonWords.has(name.toLowerCase()))) return false;
    const before = sentence.vi.slice(0, start);
    const words = name.split(/\s+/);
    let kind = guessKind(before, name, "vi") ?? guessKind(sentence.en.slice(0, enSpan.start), sentence.en.slice(enSpan.start, enSpan.end), "en");
    if (kind === "person" && !name.includes(" ")) return false;
    if (!kind && isLatin && words.length === 1) {
      // A single Latin word: an acronym or a brand, unless the article also writes it as a
      // common word ("thầy Robot" is a nickname: the article says "robot" everywhere).
      if (start === 0 || commonWords.has(name.toLowerCase())) return false;
      kind = "organization";
    }
    if (!kind) return false;
    const englishName = sentence.en.slice(enSpan.start, enSpan.end);
    const entityId = `name:${bare}`;
    vi.push({ ...span, entityId, kind, name: { vi: name, en: englishName }, termId: null });
    en.push({ ...enSpan, entityId, kind, name: { vi: name, en: englishName }, termId: null });
    return true;
  };
  for (const pattern of [VI_NAME, LATIN_NAME]) {
    for (const m of sentence.vi.matchAll(pattern)) {
      const words = m[0].split(/\s+/);
      // Longest run of words first that the English also writes.
      search: for (let size = words.length; size >= 1; size--) {
        for (let from = 0; from + size <= words.length; from++) {
          const name = words.slice(from, from + size).join(" ");
          if (/^[A-Z]{1,5}$/.test(name) && !/^[A-Z]{2,}$/.test(name)) continue;
          if (/^[A-Z]{1,2}$/.test(name) || /^(AI|CEO|LLM|GDP|USD|VND)$/.test(name)) continue; // common acronyms are not names
          const offset = m[0].split(/\s+/).slice(0, from).join(" ").length + (from > 0 ? 1 : 0);
          if (tryName(name, m.index + offset, pattern === LATIN_NAME)) break search;
        }
      }
    }
  }
  return { vi, en };
}

const TITLE_MALE = { vi: /(ông|anh|thầy|chú|cậu)\s*$/iu, en: /\b(mr|he)\.?\s*$/iu };
const TITLE_FEMALE = { vi: /(bà|chị|cô|nữ sinh|nữ)\s*$/iu, en: /\b(ms|mrs|miss|she)\.?\s*$/iu };

/** Short forms of a person's name as news repeats them: the given name ("Châu", "Tiến Linh")
 * for Vietnamese names, the family name for others ("Schmidt", "Li", "Kim"). */
function shortForms(name: string): string[] {
  const words = name.split(/\s+/);
  if (words.length < 2) return [];
  const vietnamese = VIETNAMESE_FAMILY_NAMES.has(words[0] ?? "") || VIETNAMESE_FAMILY_NAMES.has(stripDiacritics(words[0] ?? "").replace(/^./, (c) => c.toUpperCase()));
  const forms = [words.slice(-1).join(" "), words.slice(-2).join(" ")];
  if (!vietnamese) forms.push(words[0] ?? "");
  return [...new Set(forms)].filter((f) => f !== name && f.length >= 2);
}

/** Every named-entity occurrence of every sentence, per language, and what is known of the
 * people's gender (from "ông", "bà", "Mr", "Ms", "Thị"). */
export function findEntities(article: QuizArticle): ArticleEntities {
  const bySentence = new Map<string, SentenceEntities>();
  const commonWords = new Set(article.sentences.flatMap((s) => `${s.vi} ${s.en}`.match(/(?<![\p{L}])[a-z]+/gu) ?? []));
  for (const sentence of article.sentences) {
    const vi = glossaryOccurrences(sentence, article.glossary, "vi");
    const en = glossaryOccurrences(sentence, article.glossary, "en");
    const extra = unlistedNames(sentence, { vi, en }, commonWords);
    bySentence.set(sentence.id, { vi: [...vi, ...extra.vi], en: [...en, ...extra.en] });
  }
  // People's short forms, where the short form belongs to one person only.
  const people = new Map<string, Occurrence>();
  for (const { vi } of bySentence.values()) for (const o of vi) if (o.kind === "person" && !people.has(o.entityId)) people.set(o.entityId, o);
  const shorts: Record<Lang, Map<string, Occurrence | null>> = { vi: new Map(), en: new Map() };
  for (const person of people.values()) {
    for (const lang of ["vi", "en"] as const) {
      for (const form of shortForms(person.name[lang])) {
        const key = stripDiacritics(form);
        shorts[lang].set(key, shorts[lang].has(key) ? null : person);
      }
    }
  }
  // An unlisted one-word "name" that is the end of a person's name is that person ("Linh").
  for (const found of bySentence.values()) {
    for (const lang of ["vi", "en"] as const) {
      found[lang] = found[lang].filter((o) => o.termId !== null || o.kind === "person" || !shorts[lang].has(stripDiacritics(o.name[lang])));
    }
  }
  const genders = new Map<string, Gender>();
  const young = new Set<string>();
  const titles = new Map<string, string>();
  const noteGender = (id: string, before: string, lang: Lang) => {
    if (TITLE_MALE[lang].test(before)) genders.set(id, "male");
    else if (TITLE_FEMALE[lang].test(before)) genders.set(id, "female");
  };
  // "Thị" as a middle name is a woman's; "Thịnh" is not "Thị".
  for (const person of people.values()) if (/(?<![\p{L}])Thị(?![\p{L}])/u.test(person.name.vi)) genders.set(person.entityId, "female");
  for (const sentence of article.sentences) {
    const found = bySentence.get(sentence.id) ?? { vi: [], en: [] };
    for (const lang of ["vi", "en"] as const) {
      const text = sentence[lang];
      for (const m of text.matchAll(lang === "vi" ? VI_WORDS : LATIN_WORDS)) {
        const words = m[0].split(/\s+/);
        for (let size = Math.min(2, words.length); size >= 1; size--) {
          const form = words.slice(-size).join(" ");
          const start = m.index + m[0].length - form.length;
          const span = { start, end: start + form.length };
          const person = shorts[lang].get(stripDiacritics(form));
          if (!person || found[lang].some((o) => overlaps(o, span))) continue;
          if (start === 0 && !PERSON_BEFORE[lang].test(text.slice(0, start))) {
            // A sentence may open with a bare short name ("Hân kể…") only in Vietnamese.
            if (lang === "en") continue;
          }
          found[lang].push({ ...span, entityId: person.entityId, kind: "person", name: person.name, termId: person.termId, short: true });
          break;
        }
      }
      found[lang].sort((a, b) => a.start - b.start);
      for (const o of found[lang]) {
        if (o.kind !== "person") continue;
        noteGender(o.entityId, text.slice(0, o.start), lang);
        const title = lang === "vi" ? /(?:^|[\s,“"(])(ông|bà|anh|chị|em|thầy|cô)\s+$/iu.exec(text.slice(0, o.start))?.[1] : undefined;
        if (title && !titles.has(o.entityId)) titles.set(o.entityId, title.charAt(0).toLocaleUpperCase("vi") + title.slice(1).toLocaleLowerCase("vi"));
        const age = /^,\s*(\d{1,2})(?:\s*tuổi)?[,.]/u.exec(text.slice(o.end));
        if ((lang === "vi" && /(?:^|\s)(em|nữ sinh|nam sinh|học sinh|cậu bé|cô bé|bé)\s*$/iu.test(text.slice(0, o.start))) || (age && Number(age[1]) < 18)) young.add(o.entityId);
      }
      // "Ton Nu Minh Chau, Vice Chairwoman of…" names a woman.
      for (const o of found.en) if (o.kind === "person" && /^,?\s*(the\s+)?(vice\s+)?chairwoman\b/iu.test(sentence.en.slice(o.end))) genders.set(o.entityId, "female");
    }
  }
  return { bySentence, genders, young, titles };
}

/** One fact per entity and sentence where the full name is written on both sides. */
export function entityFacts(article: QuizArticle, entities: ArticleEntities): EntityFact[] {
  const facts: EntityFact[] = [];
  for (const sentence of article.sentences) {
    const { vi, en } = entities.bySentence.get(sentence.id) ?? { vi: [], en: [] };
    const seen = new Set<string>();
    for (const o of vi) {
      if (o.short || seen.has(o.entityId)) continue;
      const other = en.find((e) => e.entityId === o.entityId && !e.short);
      if (!other) continue;
      seen.add(o.entityId);
      facts.push({
        id: `entity:${o.entityId}:${sentence.id}`,
        type: "entity",
        kind: o.kind,
        entityId: o.entityId,
        termId: o.termId,
        name: o.name,
        spans: { vi: { start: o.start, end: o.end }, en: { start: other.start, end: other.end } },
        sentenceIds: [sentence.id],
      });
    }
  }
  return facts;
}
