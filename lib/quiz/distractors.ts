// Wrong names a pupil could believe: of the same kind and the same role as the key (a city
// for a city, a ministry for a ministry, a speaker for a speaker), the article's own first,
// never another name of the key or of what contains it, never one the sentence already
// shows, never two names of one thing. Deterministic. Pure.
import type { Referents } from "./referents";
import { hash32 } from "./random";
import { normalizeAnswer, stripDiacritics } from "./text";
import { DOCUMENTS, EVENTS, ORGANIZATIONS, PLACES } from "./world";
import type { Bilingual, EntityFact, EntityKind, Lang, QuizArticle } from "./types";

const PLACE_BY_NAME = new Map(PLACES.flatMap((p) => [[stripDiacritics(p.vi), p] as const, [stripDiacritics(p.en), p] as const]));
const PLACE_HEADS = /^(sông|sân|trạm|chùa|phố|xã|phường|huyện|tỉnh|chợ|cầu|núi|hồ|đảo|vịnh|bãi biển|khu|vùng|làng|bến|cảng)\s/iu;

/** What kind of place, body or person a name is, for choosing distractors of the same role. */
export function roleOf(name: Bilingual, kind: EntityKind): string {
  if (kind === "place") {
    const head = PLACE_HEADS.exec(name.vi)?.[1]?.toLowerCase();
    if (head) return `place:${head}`;
    return `place:${PLACE_BY_NAME.get(stripDiacritics(name.vi))?.role ?? PLACE_BY_NAME.get(stripDiacritics(name.en))?.role ?? "other"}`;
  }
  if (kind === "organization") {
    const both = `${name.vi} | ${name.en}`;
    if (/^(Bộ|Sở|Cục|Tổng cục|Ủy ban|UBND|Chính phủ|Quốc hội)\b|\b(Ministry|Department|Committee|Agency|Government)\b/u.test(both)) return "organization:government";
    if (/\b(Thế giới|Quốc tế|Liên Hợp Quốc|châu Á|châu Âu|Đông Nam Á)\b|\b(World|International|United Nations|Asian|European|ASEAN)\b/u.test(both)) return "organization:international";
    if (/^(Hiệp hội|Liên đoàn|Hội)\b|\b(Association|Federation|Union|Chamber)\b/u.test(both)) return "organization:association";
    if (/^(Trường|Bệnh viện|Viện|Trung tâm|Đại học|Học viện|khoa)\b|\b(University|Hospital|Institute|School|Centre|Center|College|department)\b/u.test(both)) return "organization:institution";
    return "organization:company";
  }
  return kind;
}

type Pool = { name: Bilingual; outside: boolean };

function worldPool(kind: EntityKind, role: string): Bilingual[] {
  if (kind === "place") {
    const wanted = role.split(":")[1];
    return PLACES.filter((p) => p.role === wanted);
  }
  if (kind === "organization") return ORGANIZATIONS[(role.split(":")[1] ?? "company") as keyof typeof ORGANIZATIONS] ?? [];
  if (kind === "event") return EVENTS;
  if (kind === "document") return DOCUMENTS;
  return [];
}

export type NameChoice = { names: Bilingual[]; outside: number; mixedRoles: boolean };

/**
 * Up to `count` names for wrong options or a false statement. `shown` are texts the prompt
 * already holds (a name in it would be ruled out at a glance). `articleOnly` keeps to the
 * article's own names (false statements must stay plausible to someone who read it).
 */
export function nameDistractors(
  key: Bilingual,
  kind: EntityKind,
  entities: EntityFact[],
  referents: Referents,
  options: { count?: number; shown?: string[]; articleOnly?: boolean; sameRoleOnly?: boolean; order?: string } = {},
): NameChoice {
  const count = options.count ?? 3;
  const role = roleOf(key, kind);
  const shown = (options.shown ?? []).map(normalizeAnswer);
  const inPrompt = (n: Bilingual) => shown.some((s) => s.includes(normalizeAnswer(n.vi)) || s.includes(normalizeAnswer(n.en)));
  const article: Pool[] = [];
  const seen = new Set<string>();
  for (const e of entities) {
    const k = normalizeAnswer(e.name.vi);
    if (e.kind === kind && !seen.has(k)) {
      seen.add(k);
      article.push({ name: e.name, outside: false });
    }
  }
  const sameRole = article.filter((p) => roleOf(p.name, kind) === role);
  const otherRole = options.sameRoleOnly ? [] : article.filter((p) => roleOf(p.name, kind) !== role && kind !== "place");
  const world = options.articleOnly ? [] : worldPool(kind, role).map((name) => ({ name, outside: true }));
  // The article's names in a stable order of their own (not always the first ones named).
  const stable = (list: Pool[]) => [...list].sort((a, b) => hash32(`${options.order ?? ""}|${a.name.vi}`) - hash32(`${options.order ?? ""}|${b.name.vi}`));
  const chosen: Pool[] = [];
  for (const candidate of [...stable(sameRole), ...world, ...stable(otherRole)]) {
    const { name } = candidate;
    if (referents.related(name.vi, key.vi) || referents.related(name.en, key.en) || normalizeAnswer(name.vi) === normalizeAnswer(key.vi)) continue;
    if (inPrompt(name)) continue;
    if (chosen.some((c) => referents.related(c.name.vi, name.vi) || normalizeAnswer(c.name.vi) === normalizeAnswer(name.vi) || normalizeAnswer(c.name.en) === normalizeAnswer(name.en))) continue;
    chosen.push(candidate);
    if (chosen.length === count) break;
  }
  return {
    names: chosen.map((c) => c.name),
    outside: chosen.filter((c) => c.outside).length,
    mixedRoles: chosen.some((c) => roleOf(c.name, kind) !== role),
  };
}

/** The part of speech an English glossary form suggests, where its ending says so. */
export function partOfSpeech(en: string, forms: string[] = []): "noun" | "verb" | "adjective" | "adverb" | null {
  const head = en.trim().split(/\s+/).at(-1)?.toLowerCase() ?? "";
  if (forms.some((f) => /(ed|ing)$/.test(f) && !/(ed|ing)$/.test(en))) return "verb";
  if (/ly$/.test(head) && !/(ply|ally)$/.test(head)) return "adverb";
  if (/(tion|sion|ment|ness|ity|ance|ence|ship|ure|ism|ist|er|or|ge|cy|ry|ty|th|ume|ite|ics|work|game|race|era|core|chip|scale|model|device|robot|record|theme|product|defect|company|area|plan|point|access|source)$/.test(head)) return "noun";
  if (/(ous|ful|able|ible|al|ic|ive|less|ent|ant|ary|ary|ish|ward|ern|est)$/.test(head) || /-/.test(head)) return "adjective";
  return null;
}

/** Other glossary terms (not names) of the same part of speech and about the same length. */
export function termDistractors(termId: string, article: QuizArticle, count = 3): { terms: Bilingual[]; unknownPos: boolean } {
  const term = article.glossary.find((t) => t.id === termId);
  if (!term) return { terms: [], unknownPos: true };
  const pos = partOfSpeech(term.en, term.enForms);
  const words = term.vi.split(/\s+/).length;
  const candidates = article.glossary
    .filter((t) => t.kind === "term" && t.id !== termId && Math.abs(t.vi.split(/\s+/).length - words) <= 1)
    .filter((t) => normalizeAnswer(t.en) !== normalizeAnswer(term.en) && normalizeAnswer(t.vi) !== normalizeAnswer(term.vi))
    .filter((t) => !normalizeAnswer(t.vi).includes(normalizeAnswer(term.vi)) && !normalizeAnswer(term.vi).includes(normalizeAnswer(t.vi)));
  const same = pos ? candidates.filter((t) => partOfSpeech(t.en, t.enForms) === pos) : [];
  const pick = (same.length >= count ? same : candidates)
    .map((t) => ({ t, order: hash32(`${termId}|${t.id}`) }))
    .sort((a, b) => a.order - b.order)
    .slice(0, count)
    .map(({ t }) => ({ vi: t.vi, en: t.en }));
  return { terms: pick, unknownPos: !pos || same.length < count };
}

/** Languages of a bilingual name, for "in the options' language" lookups. */
export const inLang = (names: Bilingual[], lang: Lang) => names.map((n) => n[lang]);
