// Wrong answers a learner could believe: numbers of the same kind and size (the article's
// own first), names of the same kind, terms and sentences of the same article. Never the
// answer, never twice. Deterministic: the same facts give the same distractors. Pure.
import { formatMention, numberWord, viNumberWord } from "./numbers";
import { hash32 } from "./random";
import { normalizeAnswer } from "./text";
import type { Bilingual, EntityFact, EntityKind, Lang, NumberFact, NumberMention, QuizArticle } from "./types";

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Rounds to two significant digits ("nice" numbers a writer would use). */
function nice(value: number): number {
  if (value === 0) return 0;
  const magnitude = 10 ** Math.max(0, Math.floor(Math.log10(Math.abs(value))) - 1);
  return Math.round(value / magnitude) * magnitude;
}

function isWordNumber(m: NumberMention): boolean {
  return /^\p{L}+$/u.test(m.text);
}

/** Values a number's distractors may take, best first. */
function candidateValues(fact: NumberFact, all: NumberFact[]): number[] {
  const m = fact.vi;
  const sameKind = all.filter(
    (f) => f.id !== fact.id && f.vi.kind === m.kind && f.vi.unit === m.unit && (m.kind.startsWith("date") ? f.vi.date?.month === m.date?.month : true),
  );
  const fromArticle = sameKind
    .map((f) => f.vi.value)
    .filter((v) => (m.kind === "count" || m.kind === "measure" ? v / m.value <= 5 && m.value / v <= 5 : true))
    .sort((a, b) => Math.abs(Math.log(a / m.value)) - Math.abs(Math.log(b / m.value)));
  let synthetic: number[];
  switch (m.kind) {
    case "percent":
      synthetic = [5, -5, 10, -10, 15, -15].map((d) => m.value + d).filter((v) => v > 0 && v < 100);
      break;
    case "date":
    case "date-range": {
      const last = DAYS_IN_MONTH[(m.date?.month ?? 1) - 1] ?? 28;
      const span = (m.date?.toDay ?? m.value) - m.value;
      synthetic = [1, -1, 2, -2, 3, -3, 5].map((d) => m.value + d).filter((v) => v >= 1 && v + span <= last);
      break;
    }
    default:
      synthetic = isWordNumber(fact.vi) || isWordNumber(fact.en)
        ? [1, -1, 2, -2, 3].map((d) => m.value + d).filter((v) => viNumberWord(v) !== null && numberWord(v) !== null)
        : [0.5, 1.5, 0.75, 2, 1.25, 0.25].map((k) => (Number.isInteger(m.value) ? Math.max(1, nice(m.value * k)) : Number((m.value * k).toFixed(1))));
  }
  return [...fromArticle, ...synthetic];
}

/** Three wrong values for a number fact, written in `lang` as the article writes numbers. */
export function numberDistractors(fact: NumberFact, all: NumberFact[], lang: Lang, count = 3): string[] {
  const mention = fact[lang];
  const answer = normalizeAnswer(mention.text);
  const out: string[] = [];
  for (const value of candidateValues(fact, all)) {
    if (value === fact.vi.value) continue;
    const text = formatMention(mention, lang, value);
    if (normalizeAnswer(text) === answer || out.some((o) => normalizeAnswer(o) === normalizeAnswer(text))) continue;
    out.push(text);
    if (out.length === count) break;
  }
  return out;
}

/** Well-known names used only when an article has too few of a kind to choose from. */
const FALLBACK: Record<EntityKind, Bilingual[]> = {
  person: [],
  place: [
    { vi: "Hà Nội", en: "Hanoi" },
    { vi: "Thâm Quyến", en: "Shenzhen" },
    { vi: "Singapore", en: "Singapore" },
    { vi: "Tokyo", en: "Tokyo" },
  ],
  organization: [
    { vi: "Liên Hợp Quốc", en: "United Nations" },
    { vi: "Ngân hàng Thế giới", en: "World Bank" },
    { vi: "Microsoft", en: "Microsoft" },
  ],
  event: [
    { vi: "Diễn đàn Kinh tế Thế giới", en: "World Economic Forum" },
    { vi: "Hội nghị Thượng đỉnh G20", en: "G20 Summit" },
  ],
  document: [
    { vi: "Tuyên bố Bletchley", en: "Bletchley Declaration" },
    { vi: "Đạo luật AI của EU", en: "EU AI Act" },
  ],
};

/** Names of the same kind as an entity (the article's own first), in both languages. */
export function entityDistractors(name: Bilingual, kind: EntityKind, entities: EntityFact[], count = 3): Bilingual[] {
  const seen = new Set([normalizeAnswer(name.vi), normalizeAnswer(name.en)]);
  const out: Bilingual[] = [];
  const pool = [
    ...entities.filter((e) => e.kind === kind).map((e) => e.name),
    ...(kind === "event" ? entities.filter((e) => e.kind === "document").map((e) => e.name) : []),
    ...FALLBACK[kind],
  ];
  for (const candidate of pool) {
    if (seen.has(normalizeAnswer(candidate.vi)) || seen.has(normalizeAnswer(candidate.en))) continue;
    seen.add(normalizeAnswer(candidate.vi));
    seen.add(normalizeAnswer(candidate.en));
    out.push(candidate);
    if (out.length === count) break;
  }
  return out;
}

/** Other glossary terms (not names) of about the same length, in a stable mixed order. */
export function termDistractors(termId: string, article: QuizArticle, count = 3): Bilingual[] {
  const term = article.glossary.find((t) => t.id === termId);
  if (!term) return [];
  const words = term.vi.split(/\s+/).length;
  return article.glossary
    .filter((t) => t.kind === "term" && t.id !== termId && Math.abs(t.vi.split(/\s+/).length - words) <= 1)
    .filter((t) => normalizeAnswer(t.en) !== normalizeAnswer(term.en) && normalizeAnswer(t.vi) !== normalizeAnswer(term.vi))
    .map((t) => ({ t, order: hash32(`${termId}|${t.id}`) }))
    .sort((a, b) => a.order - b.order)
    .slice(0, count)
    .map(({ t }) => ({ vi: t.vi, en: t.en }));
}

/** Other sentences of the article, of the closest lengths, as translation-match distractors. */
export function sentenceDistractors(sentenceId: string, article: QuizArticle, lang: Lang, count = 3): string[] {
  const sentence = article.sentences.find((s) => s.id === sentenceId);
  if (!sentence) return [];
  const length = sentence[lang].length;
  const seen = new Set([normalizeAnswer(sentence[lang])]);
  const out: string[] = [];
  for (const other of [...article.sentences].sort((a, b) => Math.abs(a[lang].length - length) - Math.abs(b[lang].length - length))) {
    const key = normalizeAnswer(other[lang]);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(other[lang]);
    if (out.length === count) break;
  }
  return out;
}
