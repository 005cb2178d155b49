// Which names of an article denote the same thing, or must never stand in for one another:
// an acronym and its full name ("Full Name (ACRONYM)" is the strongest cue), other names of
// the same event or body, a person and the short forms of their name, a city and its
// country, a capital and the government it stands for. Built from the text, the glossary
// (`aliases`, `sameAs`) and the small world list. Pure.
import { stripDiacritics } from "./text";
import { PLACES, RIVER_BRANCHES } from "./world";
import type { Lang, QuizArticle } from "./types";

export type NamedSpan = { start: number; end: number; name: { vi: string; en: string }; kind: string };

export type Referents = {
  /** The two names denote the same thing (in any language). */
  same(a: string, b: string): boolean;
  /** The two names must never be a false swap or a wrong option for one another. */
  related(a: string, b: string): boolean;
  /** Every name of the same thing written in `lang` (the name itself included). */
  forms(name: string, lang: Lang): string[];
};

/** Names compared without case, marks or punctuation: "Trần Văn Hùng" is "Tran Van Hung". */
const keys = new Map<string, string>();
function nameKey(name: string): string {
  let key = keys.get(name);
  if (key === undefined) {
    key = stripDiacritics(name)
      .replace(/[“”"'’.,()]/g, "")
      .replace(/\s*&\s*/g, "&")
      .replace(/\s+/g, " ")
      .trim();
    if (keys.size > 50_000) keys.clear();
    keys.set(name, key);
  }
  return key;
}

const STOP = new Set(["and", "of", "the", "for", "on", "in", "at", "to", "a", "an", "ve", "va", "cua", "cac", "tai", "cho"]);
const contentWords = (name: string) =>
  nameKey(name)
    .split(/[\s-]+/)
    .filter((w) => w && !STOP.has(w) && !/^\d+$/.test(w));

/** Whether `short` is an acronym of `full`: its capitals are the initials of the full
 * name's words, in order, with "and"/"và" free to be "&" or skipped ("KH&CN", "WAIC",
 * "TP HCM"); words written out in the short form must be in the full one ("Bộ KH&CN"). */
function isAcronymOf(short: string, full: string): boolean {
  if (!/[A-ZĐ]{2,}/u.test(short) || short.length >= full.length) return false;
  const words = nameKey(full).split(/[\s-]+/).filter(Boolean);
  const tokens = nameKey(short).split(" ").filter(Boolean);
  // Quick refusal: the short form's first letter must start one of the full name's words.
  const initial = tokens[0]?.[0];
  if (tokens.length === 0 || !initial || !words.some((w) => w[0] === initial)) return false;
  const match = (t: number, w: number): boolean => {
    if (t === tokens.length) return w === words.length || words.slice(w).every((x) => /^\d+$/.test(x));
    const token = tokens[t] ?? "";
    if (token === words[w] && match(t + 1, w + 1)) return true;
    // Expand a run of capitals into initials.
    const letters = token.replace(/[^a-z&\d]/g, "");
    const expand = (i: number, at: number): boolean => {
      if (i === letters.length) return match(t + 1, at);
      const c = letters[i] ?? "";
      const word = words[at];
      if (word === undefined) return false;
      if (c === "&") return (word === "va" || word === "and") && expand(i + 1, at + 1);
      if (/\d/.test(c)) return word.startsWith(letters.slice(i).replace(/\D.*$/, "")) && expand(i + letters.slice(i).replace(/\D.*$/, "").length, at + 1);
      if (word[0] === c && expand(i + 1, at + 1)) return true;
      // "and", "of", "the", "và" may be skipped by the acronym.
      return STOP.has(word) && expand(i, at + 1);
    };
    return letters.length >= 2 && expand(0, w);
  };
  return match(0, 0);
}

/** Union-find over name keys, with the original spellings per language. */
class Groups {
  private parent = new Map<string, string>();
  private spellings = new Map<string, { vi: Set<string>; en: Set<string> }>();
  /** Members by root, built on first use after the last union. */
  private byRoot: Map<string, string[]> | null = null;
  find(key: string): string {
    let root = key;
    while (this.parent.has(root) && this.parent.get(root) !== root) root = this.parent.get(root) ?? root;
    if (!this.parent.has(key)) this.parent.set(key, key);
    else if (root !== key) this.parent.set(key, root);
    return root;
  }
  add(name: string, lang: Lang | "both"): string {
    const key = nameKey(name);
    if (!key) return key;
    this.find(key);
    const s = this.spellings.get(key) ?? { vi: new Set(), en: new Set() };
    if (lang !== "en") s.vi.add(name);
    if (lang !== "vi") s.en.add(name);
    this.spellings.set(key, s);
    return key;
  }
  union(a: string, b: string) {
    const [ra, rb] = [this.find(a), this.find(b)];
    if (ra !== rb) {
      this.parent.set(ra, rb);
      this.byRoot = null;
    }
  }
  members(key: string): string[] {
    if (!this.byRoot) {
      this.byRoot = new Map();
      for (const k of this.spellings.keys()) {
        const root = this.find(k);
        this.byRoot.set(root, [...(this.byRoot.get(root) ?? []), k]);
      }
    }
    return this.byRoot.get(this.find(key)) ?? [key];
  }
  spelled(key: string, lang: Lang): string[] {
    return [...(this.spellings.get(key)?.[lang] ?? [])];
  }
}

const PLACE_BY_KEY = new Map(PLACES.flatMap((p) => [[nameKey(p.vi), p] as const, [nameKey(p.en), p] as const]));
const COUNTRY_KEYS = new Map(PLACES.filter((p) => p.role === "country").map((p) => [p.en, [nameKey(p.vi), nameKey(p.en)]]));

/**
 * The referents of an article. `spans` are its named spans (entities and glossary terms)
 * per sentence and language, which the parentheses after them are read against.
 */
export function buildReferents(article: QuizArticle, spans: Map<string, { vi: NamedSpan[]; en: NamedSpan[] }>): Referents {
  const groups = new Groups();
  const related = new Set<string>();
  const relate = (a: string, b: string) => {
    if (a && b && a !== b) related.add(`${a}|${b}`).add(`${b}|${a}`);
  };
  const byId = new Map(article.glossary.map((t) => [t.id, t]));
  for (const t of article.glossary) {
    const key = groups.add(t.vi, "vi");
    for (const form of [t.en, ...t.enForms, ...(t.aliases?.en ?? [])]) groups.union(key, groups.add(form, "en"));
    for (const form of t.aliases?.vi ?? []) groups.union(key, groups.add(form, "vi"));
  }
  for (const t of article.glossary) for (const id of t.sameAs ?? []) if (byId.has(id)) groups.union(nameKey(t.vi), nameKey(byId.get(id)?.vi ?? ""));

  const named: NamedSpan[] = [];
  for (const sentence of article.sentences) {
    const found = spans.get(sentence.id) ?? { vi: [], en: [] };
    for (const lang of ["vi", "en"] as const) {
      const text = sentence[lang];
      for (const span of found[lang]) {
        named.push(span);
        groups.union(groups.add(span.name.vi, "vi"), groups.add(span.name.en, "en"));
        groups.union(nameKey(span.name.vi), groups.add(text.slice(span.start, span.end), lang));
        // "X của Y", "X, Y", "Y's X", "X of Y": a part and what it belongs to (a centre of a
        // hospital, a stadium in a city) must not stand in for one another.
        const joined = /^(\s*,\s*|\s+(?:của|thuộc|ở|tại|in|of|at)\s+(?:the\s+)?)/u.exec(text.slice(span.end));
        const next = joined && found[lang].find((o) => o.start === span.end + (joined[0]?.length ?? 0));
        // "Campuchia, Lào và Timor-Leste": names in a list are items side by side, not a part
        // and its whole.
        const listed = next && /,/u.test(joined?.[0] ?? "") && /^\s*(?:,|và|and|hoặc|or)\s/u.test(text.slice(next.end));
        if (next && !listed && (next.kind === span.kind || (span.kind === "place") === (next.kind === "place"))) relate(nameKey(span.name.vi), nameKey(next.name.vi));
        // "A (ACRONYM) và B", "A and B": two events held together (a conference and the
        // summit beside it) share their place, dates and crowds; a statement about one, made
        // about the other, cannot be called false.
        if (span.kind === "event") {
          const together = /^(\s*\([^()]{1,60}\))?\s+(?:và|cùng|cùng với|song song với|bên cạnh|and|along with|alongside)\s+(?:the\s+)?/u.exec(text.slice(span.end));
          const partner = together && found[lang].find((o) => o.start === span.end + together[0].length && o.kind === "event");
          if (partner) relate(nameKey(span.name.vi), nameKey(partner.name.vi));
        }
        // "Full Name (SHORT)": the parentheses right after a name.
        const after = /^\s*\(([^()]{1,60})\)/u.exec(text.slice(span.end));
        if (!after) continue;
        const inner = (after[1] ?? "").trim();
        const innerKey = groups.add(inner, lang);
        const innerSpan = found[lang].find((o) => o.start === span.end + after[0].indexOf(inner));
        const isShort = !inner.includes(" ") || /^[\p{Lu}\d&\s-]+$/u.test(inner) || isAcronymOf(inner, span.name[lang]) || /^\S+ \d{4}$/u.test(inner);
        if (isShort && !(innerSpan && innerSpan.kind === "place")) groups.union(nameKey(span.name.vi), innerKey);
        else relate(nameKey(span.name.vi), innerKey);
      }
    }
  }
  // Acronyms written elsewhere in the article ("Bộ KH&CN" after the full name).
  const names = [...new Map(named.map((n) => [nameKey(n.name.vi), n])).values()];
  const acronymLike = names.filter((n) => /\p{Lu}{2}/u.test(n.name.vi) || /\p{Lu}{2}/u.test(n.name.en));
  for (const a of acronymLike) {
    for (const b of names) {
      if (a === b) continue;
      if (isAcronymOf(a.name.vi, b.name.vi) || isAcronymOf(a.name.en, b.name.en)) groups.union(nameKey(a.name.vi), nameKey(b.name.vi));
    }
  }
  // Another name of the same event or body: every content word of one is in the other
  // ("World AI Conference and Exhibition" ⊇ "World Artificial Intelligence Conference 2025").
  const expand = (words: string[]) =>
    words.flatMap((w) => {
      const long = groups
        .members(w)
        .flatMap((k) => k.split(" "))
        .filter((x) => x.length > w.length);
      return long.length > 0 && groups.members(w).length > 1 ? [...new Set(long)] : [w];
    });
  const bodies = names.filter((n) => n.kind !== "person" && n.kind !== "place" && n.kind !== "term");
  const words = new Map(bodies.map((n) => [n, new Set(expand(contentWords(n.name.en)))]));
  for (const a of bodies) {
    for (const b of bodies) {
      const [wa, wb] = [words.get(a) ?? new Set<string>(), words.get(b) ?? new Set<string>()];
      if (a === b || a.kind !== b.kind) continue;
      if (wa.size >= 2 && wa.size <= wb.size && [...wa].every((w) => wb.has(w))) relate(nameKey(a.name.vi), nameKey(b.name.vi));
    }
  }
  // A unit of a body ("khoa Nhi", "Trung tâm Sản - Nhi", "the paediatrics department") is
  // part of the article's institutions: never a stand-in for one.
  const UNIT = /^(khoa|phòng|ban|trung tâm|đơn vị|bộ phận|tổ)\s/iu;
  const units = names.filter((n) => n.kind === "organization" && UNIT.test(n.name.vi));
  for (const unit of units) for (const body of names) if (body !== unit && body.kind === "organization") relate(nameKey(unit.name.vi), nameKey(body.name.vi));
  // A place and what contains it; a capital and its country; the other names of a country.
  for (const a of names.filter((n) => n.kind === "place")) {
    const place = PLACE_BY_KEY.get(nameKey(a.name.vi)) ?? PLACE_BY_KEY.get(nameKey(a.name.en));
    if (!place) continue;
    for (const alias of place.aliases?.vi ?? []) groups.union(nameKey(a.name.vi), groups.add(alias, "vi"));
    for (const alias of place.aliases?.en ?? []) groups.union(nameKey(a.name.vi), groups.add(alias, "en"));
    for (const k of place.in ? (COUNTRY_KEYS.get(place.in) ?? []) : []) relate(nameKey(a.name.vi), k);
  }
  for (const [branch, river] of RIVER_BRANCHES) relate(nameKey(branch), nameKey(river));

  // Relations between groups, by root, computed once.
  const relatedRoots = new Set([...related].map((pair) => pair.split("|").map((k) => groups.find(k)).join("|")));
  const isRelated = (a: string, b: string) => relatedRoots.has(`${groups.find(nameKey(a))}|${groups.find(nameKey(b))}`);
  const answers = new Map<string, boolean>();
  const formsOf = new Map<string, string[]>();
  return {
    same: (a, b) => groups.find(nameKey(a)) === groups.find(nameKey(b)),
    related: (a, b) => {
      const key = `${a}\u0000${b}`;
      let answer = answers.get(key);
      if (answer === undefined) {
        answer = groups.find(nameKey(a)) === groups.find(nameKey(b)) || isRelated(a, b);
        answers.set(key, answer);
      }
      return answer;
    },
    forms: (name, lang) => {
      const key = `${lang}\u0000${name}`;
      let list = formsOf.get(key);
      if (!list) {
        const own = groups.members(nameKey(name)).flatMap((k) => groups.spelled(k, lang));
        list = [...new Set(own.length > 0 ? own : [name])];
        formsOf.set(key, list);
      }
      return [...list];
    },
  };
}
