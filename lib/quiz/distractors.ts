// Wrong names a pupil could believe: of the same kind and the same role as the key (a city
// for a city, a ministry for a ministry, a speaker for a speaker), the article's own first,
// never another name of the key or of what contains it, never one the sentence already
// shows, never two names of one thing. Deterministic. Pure.
import type { Referents } from "./referents";
import { hash32 } from "./random";
import { containsWhole, lower, normalizeAnswer, stripDiacritics } from "./text";
import { DOCUMENTS, EVENTS, eventKind, ORGANIZATIONS, PLACES } from "./world";
import type { Bilingual, EntityFact, EntityKind, Lang, QuizArticle } from "./types";

const PLACE_BY_NAME = new Map(PLACES.flatMap((p) => [[stripDiacritics(p.vi), p] as const, [stripDiacritics(p.en), p] as const]));
const PLACE_HEADS = /^(sông|sân|trạm|chùa|phố|xã|phường|huyện|tỉnh|chợ|cầu|núi|hồ|đảo|vịnh|bãi biển|khu|vùng|làng|bến|cảng|ga)\s/iu;

/** What kind of place, body or person a name is, for choosing distractors of the same role. */
const roles = new Map<string, string>();
function roleOf(name: Bilingual, kind: EntityKind): string {
  const key = `${kind}|${name.vi}|${name.en}`;
  let role = roles.get(key);
  if (role === undefined) {
    role = roleFor(name, kind);
    if (roles.size > 20_000) roles.clear();
    roles.set(key, role);
  }
  return role;
}

/** Companies news names without saying they are companies. */
const KNOWN_COMPANIES = new Set(["Google", "Alphabet", "Meta", "Apple", "Microsoft", "Samsung", "Amazon", "Nvidia", "Intel", "Huawei", "Alibaba", "Tencent", "Baidu", "OpenAI", "Tesla", "Sony", "Toyota", "Honda", "Viettel", "FPT", "Vingroup", "VinFast", "Vinamilk", "VNPT", "Petrolimex", "Vietnam Airlines", "Vietjet", "Grab", "Shopee"]);

function roleFor(name: Bilingual, kind: EntityKind): string {
  if (kind === "place") {
    const head = PLACE_HEADS.exec(name.vi)?.[1]?.toLowerCase();
    if (head) return `place:${head}`;
    return `place:${PLACE_BY_NAME.get(stripDiacritics(name.vi))?.role ?? PLACE_BY_NAME.get(stripDiacritics(name.en))?.role ?? "other"}`;
  }
  if (kind === "organization") {
    const both = `${name.vi} | ${name.en}`;
    if (/^(Bộ|Sở|Cục|Tổng cục|Ủy ban|UBND|Chính phủ|Quốc hội)(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])(Ministry|Department|Committee|Agency|Government)(?![\p{L}\p{N}])/u.test(both)) return "organization:government";
    if (/(?<![\p{L}\p{N}])(Thế giới|Quốc tế|Liên Hợp Quốc|châu Á|châu Âu|Đông Nam Á)(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])(World|International|United Nations|Asian|European|ASEAN)(?![\p{L}\p{N}])/u.test(both)) return "organization:international";
    if (/^(Hiệp hội|Liên đoàn|Hội)(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])(Association|Federation|Union|Chamber)(?![\p{L}\p{N}])/u.test(both)) return "organization:association";
    // A bank lends; a phone maker does not ("Samsung" for Agribank's credit package).
    if (/^(Ngân hàng)(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])Bank(?![\p{L}\p{N}])|bank$/u.test(both)) return "organization:bank";
    if (/^(Bệnh viện)(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])Hospital(?![\p{L}\p{N}])/u.test(both)) return "organization:hospital";
    if (/^(Trường|Đại học|Học viện)(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])(University|School|College|Academy)(?![\p{L}\p{N}])/u.test(both)) return "organization:school";
    if (/^(Viện)(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])Institute(?![\p{L}\p{N}])/u.test(both)) return "organization:institute";
    if (/^(Trung tâm|khoa|phòng)(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])(Centre|Center|department)(?![\p{L}\p{N}])/u.test(both)) return "organization:unit";
    // A company only where the name says so; a body of unknown kind gets no outside names
    // ("Samsung" as the source of salinity data).
    if (KNOWN_COMPANIES.has(name.en.trim()) || /^(Công ty|Tập đoàn|Tổng công ty)(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])(Company|Corporation|Group|JSC|Inc|Ltd|Co\.)(?![\p{L}\p{N}])/u.test(both)) return "organization:company";
    return "organization:other";
  }
  return kind;
}

type Pool = { name: Bilingual; outside: boolean };

/** A name written as an acronym ("ASEAN", "NCHMF"), which English uses without "the". */
const isAcronym = (name: string) => /^[\p{Lu}\d&-]{2,}$/u.test(name.trim());

/** Whether one name is written inside the other, in either language (asked of the same
 * pairs in every mode: remembered). */
const insides = new Map<string, boolean>();
function within(a: Bilingual, b: Bilingual): boolean {
  const key = `${a.vi}\u0000${a.en}\u0000${b.vi}\u0000${b.en}`;
  let answer = insides.get(key);
  if (answer === undefined) {
    answer = (["vi", "en"] as const).some((l) => {
      const [x, y] = [normalizeAnswer(a[l]), normalizeAnswer(b[l])];
      return x !== y && (containsWhole(x, y) || containsWhole(y, x));
    });
    if (insides.size > 50_000) insides.clear();
    insides.set(key, answer);
  }
  return answer;
}

function worldPool(kind: EntityKind, role: string, key: Bilingual): Bilingual[] {
  if (kind === "place") {
    const wanted = role.split(":")[1];
    const self = PLACE_BY_NAME.get(stripDiacritics(key.vi)) ?? PLACE_BY_NAME.get(stripDiacritics(key.en));
    // A city among the cities of its own country first (a capital too: fans in the streets of
    // central Hanoi are not in Paris), then, for a capital, other capitals.
    const rank = (p: (typeof PLACES)[number]) =>
      self?.in && p.in === self.in ? 0 : self?.capital && p.capital ? 1 : self?.region && p.region === self.region ? 1 : 2;
    // A stable order of the key's own, so three provinces are not always the first three listed.
    const mix = (p: (typeof PLACES)[number]) => hash32(`${key.vi}|${p.vi}`);
    return PLACES.filter((p) => p.role === wanted).sort((a, b) => rank(a) - rank(b) || mix(a) - mix(b));
  }
  if (kind === "organization") return ORGANIZATIONS[(role.split(":")[1] ?? "company") as keyof typeof ORGANIZATIONS] ?? [];

  // An event only among events of its kind (no summit in place of a typhoon); none when the
  // kind is unknown: no outside name beats an absurd one.
  if (kind === "event") {
    const wanted = eventKind(key);
    return wanted ? EVENTS.filter((e) => e.kind === wanted).map(({ vi, en }) => ({ vi, en })) : [];
  }
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
  options: { count?: number; shown?: string[]; articleOnly?: boolean; sameRoleOnly?: boolean; order?: string; sameGender?: (name: Bilingual) => boolean; sameShape?: boolean } = {},
): NameChoice {
  const count = options.count ?? 3;
  // An acronym is known by its full name ("SIWRR", the Southern Institute of Water Resources
  // Research): the longest name of the same thing says what it is.
  const longest = (lang: "vi" | "en") => referents.forms(key[lang], lang).reduce((a, b) => (b.length > a.length ? b : a), key[lang]);
  const role = roleOf({ vi: longest("vi"), en: longest("en") }, kind);
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
  const world = options.articleOnly ? [] : worldPool(kind, role, key).map((name) => ({ name, outside: true }));
  // The article's names in a stable order of their own (not always the first ones named).
  const stable = (list: Pool[]) => [...list].sort((a, b) => hash32(`${options.order ?? ""}|${a.name.vi}`) - hash32(`${options.order ?? ""}|${b.name.vi}`));
  const chosen: Pool[] = [];
  for (const candidate of [...stable(sameRole), ...world, ...stable(otherRole)]) {
    const { name } = candidate;
    if (referents.related(name.vi, key.vi) || referents.related(name.en, key.en) || normalizeAnswer(name.vi) === normalizeAnswer(key.vi)) continue;
    if (inPrompt(name) || (options.sameGender && !options.sameGender(name))) continue;
    if (chosen.some((c) => referents.related(c.name.vi, name.vi) || normalizeAnswer(c.name.vi) === normalizeAnswer(name.vi) || normalizeAnswer(c.name.en) === normalizeAnswer(name.en))) continue;
    // "Liên Hợp Quốc" inside "Tổ chức Giáo dục, Khoa học và Văn hóa Liên Hợp Quốc": a part of
    // the key, or what holds it, is loosely true.
    if (within(key, name)) continue;
    // In a sentence, "ASEAN's newest member" takes another acronym, not "European Union's".
    if (options.sameShape && isAcronym(name.en) !== isAcronym(key.en)) continue;
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
const speechParts = new Map<string, ReturnType<typeof partOfSpeechOf>>();
function partOfSpeech(en: string, forms: string[] = []): ReturnType<typeof partOfSpeechOf> {
  const key = `${en}|${forms.join("|")}`;
  if (!speechParts.has(key)) speechParts.set(key, partOfSpeechOf(en, forms));
  return speechParts.get(key) ?? null;
}

function partOfSpeechOf(en: string, forms: string[]): "noun" | "verb" | "adjective" | "adverb" | null {
  const head = en.trim().split(/\s+/).at(-1)?.toLowerCase() ?? "";
  if (forms.some((f) => /(ed|ing)$/.test(f) && !/(ed|ing)$/.test(en))) return "verb";
  // "on display", "in person": a phrase that works as an adverb.
  if (/^(on|in|at|under|by|for|from)\s/iu.test(en.trim())) return "adverb";
  if (/ly$/.test(head) && !/(ply|ally)$/.test(head)) return "adverb";
  if (/(tion|sion|ment|ness|ity|ance|ence|ship|ure|ism|ist|er|or|ge|cy|ry|ty|th|ume|ite|ics|work|game|race|era|core|chip|scale|model|device|robot|record|theme|product|defect|company|area|plan|point|access|source|talent)$/.test(head)) return "noun";
  if (/(ous|ful|able|ible|ive|less|ish)$/.test(head) || /-/.test(head)) return "adjective";
  // A participle alone ("recycled", "programmed") is a verb form.
  if (/(ed|ing)$/.test(head) && !en.includes(" ")) return "verb";
  return null;
}

/** Other glossary terms (not names) of the same part of speech and about the same length. */
// Every gap, meaning and translation question asks for a term's distractors: once per term.
const termChoices = new WeakMap<QuizArticle, Map<string, { terms: Bilingual[]; unknownPos: boolean }>>();

export function termDistractors(termId: string, article: QuizArticle, count = 3): { terms: Bilingual[]; unknownPos: boolean } {
  const memo = termChoices.get(article) ?? new Map<string, { terms: Bilingual[]; unknownPos: boolean }>();
  termChoices.set(article, memo);
  const key = `${termId}|${count}`;
  const known = memo.get(key);
  if (known) return known;
  const result = chooseTerms(termId, article, count);
  memo.set(key, result);
  return result;
}

type Pos = "noun" | "verb" | "adjective" | "adverb";
type TermFeatures = { t: QuizArticle["glossary"][number]; words: number; vi: string; en: string; pos: Pos; sure: boolean };

const BEFORE: Record<"vi" | "en", [RegExp, Pos][]> = {
  vi: [
    [/(?:^|\s)(các|những|một|mỗi|sự|việc|cuộc|nền|cái|chiếc|của|về|với|bằng|trong|ngoài|tại|theo|giữa|nhiều|mọi)\s*$/iu, "noun"],
    [/(?:^|\s)(đã|sẽ|đang|vừa|mới|cần|muốn|để|nhằm|phải|hãy|không|được|bị|có thể|cùng|tiếp tục|bắt đầu|giúp|cho phép)\s*$/iu, "verb"],
    [/(?:^|\s)(rất|khá|quá|hơi|càng)\s*$/iu, "adjective"],
  ],
  en: [
    [/\b(a|an|the|its|their|his|her|our|this|these|those|some|many|of|in|on|for|with|from|by|about|into|such)\s*$/iu, "noun"],
    // "to" before a verb only after a word that takes one ("forecast to make landfall"); after
    // others it is a preposition ("vulnerable to landslides").
    [/\b(will|can|could|should|would|must|may|might|not|helps?|let)\s*$|\b(expected|forecast|set|plans?|planned|wants?|wanted|needs?|needed|aims?|aimed|able|likely|going|continues?|continued|tries|tried|try|began|begin|decided|agreed|hopes?|order|used|have|has|had|is|are|was|were)\s+to\s*$/iu, "verb"],
    [/\b(is|are|was|were|be|been|very|so|too|more|most)\s*$/iu, "adjective"],
  ],
};

/** The part of speech a term has where the article uses it: from the word before it in either
 * language ("các doanh nghiệp", "to host"), else from the English ending. */
function contextPos(t: QuizArticle["glossary"][number], article: QuizArticle): Pos | null {
  const sentence = article.sentences.find((s) => t.sentenceIds.includes(s.id));
  const found: Pos[] = [];
  if (sentence) {
    for (const lang of ["vi", "en"] as const) {
      const forms = lang === "vi" ? [t.vi] : [t.en, ...t.enForms];
      const at = forms.map((f) => lower(sentence[lang]).indexOf(lower(f))).find((i) => i >= 0);
      if (at === undefined) continue;
      const before = sentence[lang].slice(Math.max(0, at - 24), at);
      const hit = BEFORE[lang].find(([re]) => re.test(before));
      if (hit) found.push(hit[1]);
    }
  }
  if (found.length === 2 && found[0] !== found[1]) return partOfSpeech(t.en, t.enForms);
  return found[0] ?? partOfSpeech(t.en, t.enForms);
}

/** The part of speech choosing goes by: a glossary term with no sign of being anything else
 * is a noun (most are: "spring tide", "nurse"); `sure` says whether anything showed it. */
function posOf(t: QuizArticle["glossary"][number], article: QuizArticle): { pos: Pos; sure: boolean } {
  const pos = contextPos(t, article);
  return pos ? { pos, sure: true } : { pos: "noun", sure: false };
}
const features = new WeakMap<QuizArticle, TermFeatures[]>();

/** What choosing among the glossary's terms compares, computed once per article. */
function termFeatures(article: QuizArticle): TermFeatures[] {
  let list = features.get(article);
  if (!list) {
    // A title ("President", "Thủ tướng") is a name's part, not vocabulary to fill a gap with.
    list = article.glossary
      .filter((t) => t.kind === "term" && !/^\p{Lu}/u.test(t.en))
      .map((t) => ({ t, words: t.vi.split(/\s+/).length, vi: normalizeAnswer(t.vi), en: normalizeAnswer(t.en), ...posOf(t, article) }));
    features.set(article, list);
  }
  return list;
}

function chooseTerms(termId: string, article: QuizArticle, count: number): { terms: Bilingual[]; unknownPos: boolean } {
  const all = termFeatures(article);
  const term = all.find((f) => f.t.id === termId) ?? (() => {
    const t = article.glossary.find((g) => g.id === termId);
    return t ? { t, words: t.vi.split(/\s+/).length, vi: normalizeAnswer(t.vi), en: normalizeAnswer(t.en), ...posOf(t, article) } : undefined;
  })();
  if (!term) return { terms: [], unknownPos: true };
  const candidates = all.filter((f) => f.t.id !== termId && Math.abs(f.words - term.words) <= 1 && f.en !== term.en && f.vi !== term.vi && !f.vi.includes(term.vi) && !term.vi.includes(f.vi));
  // Only terms of the key's part of speech: a verb among nouns is ruled out at a glance; and of
  // its kind where the English shows one (a place among places, a person among people): "total"
  // or "resident" as the meaning of «ven sông» are ruled out as fast.
  const same = candidates.filter((f) => f.pos === term.pos);
  const kind = meaningKind(term.en);
  const order = (list: TermFeatures[]) => list.map((f) => ({ f, order: hash32(`${termId}|${f.t.id}`) })).sort((a, b) => a.order - b.order).map(({ f }) => f);
  const alike = kind ? order(same.filter((f) => meaningKind(f.en) === kind)) : [];
  const unknown = order(same.filter((f) => !alike.includes(f) && (!kind || meaningKind(f.en) === null)));
  // Terms of another kind come last (a gap's other words must still fit "a"/"an").
  const other = order(same.filter((f) => !alike.includes(f) && !unknown.includes(f)));
  const ranked = [...alike, ...unknown, ...other];
  const pick = ranked.slice(0, count).map((f) => ({ vi: f.t.vi, en: f.t.en }));
  const mixed = kind !== null && alike.length < Math.min(3, pick.length);
  return { terms: pick, unknownPos: mixed || !term.sure || pick.some((p) => !all.find((f) => f.t.vi === p.vi)?.sure) };
}

/** What a term names, where its English head word says so: a person, a place, an amount, an
 * event. Null when it says nothing. */
function meaningKind(en: string): "person" | "place" | "amount" | "event" | null {
  const head = en.trim().split(/\s+/u).at(-1)?.toLowerCase() ?? "";
  if (/^(resident|architect|worker|teacher|pupil|student|farmer|official|nurse|doctor|player|coach|striker|midfielder|candidate|visitor|passenger|delegate|expert|scientist|engineer|minister|chairman|chairwoman|director|headteacher|fisherman|fishermen|people|children|parent|mother|father|volunteer|researcher|reporter|artisan|vendor|tourist)s?$/u.test(head) || /(?:ist|ian)s?$/u.test(head)) return "person";
  if (/^(market|area|zone|park|street|road|walkway|bridge|river|riverside|station|district|commune|ward|province|city|town|village|quarter|square|coast|shore|port|shelter|estuary|mouth|delta|field|stadium|site|centre|center|building|hall|campus|school|hospital|clinic|airport|tunnel|line|route|lane|path|pier|beach|island|mountain|hill|lake|sea)s?$/u.test(head) || /side$/u.test(head)) return "place";
  if (/^(total|number|rate|share|percentage|figure|amount|cost|price|budget|capital|fund|funds|revenue|turnover|output|volume|level|score|salary|fee|fare|tax|tariff|value|sum|average)s?$/u.test(head)) return "amount";
  if (/^(festival|ceremony|campaign|exam|examination|lesson|game|match|final|tournament|conference|summit|meeting|fair|exhibition|season|tide|storm|flood|drought)s?$/u.test(head)) return "event";
  return null;
}

/** Languages of a bilingual name, for "in the options' language" lookups. */
const HEADS = {
  vi: ["Tổ chức", "Hội đồng", "Liên minh", "Quỹ", "Ủy ban", "Trung tâm", "Mạng lưới", "Diễn đàn"],
  en: ["Organization", "Council", "Alliance", "Fund", "Commission", "Centre", "Network", "Forum"],
};
const SCOPES = { vi: ["Thế giới", "Quốc tế", "Toàn cầu", "Châu Á"], en: ["World", "International", "Global", "Asian"] };

/**
 * Names of bodies that do not exist, made from the key's own by changing its head or its
 * scope ("Tổ chức … Thế giới" → "Liên minh … Thế giới", "Tổ chức … Châu Á"): the wrong
 * options for something the article says is being set up, where a real body would be absurd.
 */
export function inventedNames(name: string, lang: Lang, count = 3): string[] {
  const heads = HEADS[lang];
  const scopes = SCOPES[lang];
  const head = lang === "vi" ? heads.find((h) => name.startsWith(`${h} `)) : heads.find((h) => name.endsWith(` ${h}`));
  const scope = scopes.find((x) => new RegExp(`(^|\\s)${x}(\\s|$)`, "u").test(name));
  const out: string[] = [];
  const withHead = (text: string, h: string) => (lang === "vi" ? text.replace(head ?? "", h) : text.replace(new RegExp(`${head ?? ""}$`, "u"), h));
  const otherHeads = heads.filter((h) => h !== head);
  const otherScopes = scopes.filter((x) => x !== scope);
  if (head) out.push(withHead(name, otherHeads[hash32(name) % otherHeads.length] ?? ""));
  if (scope) out.push(name.replace(scope, otherScopes[hash32(`${name}|scope`) % otherScopes.length] ?? ""));
  if (head && scope) out.push(withHead(name, otherHeads[(hash32(name) + 1) % otherHeads.length] ?? "").replace(scope, otherScopes[(hash32(`${name}|scope`) + 1) % otherScopes.length] ?? ""));
  if (head) out.push(withHead(name, otherHeads[(hash32(name) + 2) % otherHeads.length] ?? ""));
  return [...new Set(out)].filter((n) => n !== name).slice(0, count);
}
