// Aligning a Vietnamese text with its English version, sentence by sentence: the pairs a
// bilingual reading is made of. One dynamic programme over both texts' sentences allows the
// beads real translations have (1-1, 1-2, 2-1, 2-2, 1-0, 0-1). A bead's cost adds up its
// lengths (Gale & Church's model, calibrated on the team's vi/en articles), the anchors both
// sides share (numbers read in either language's style, names compared with Vietnamese
// marks folded away, quotations, known glossary terms) and the texts' structure (a headline
// pairs with a headline, a caption with a caption; paragraphs start together). Each pair's
// confidence is the probability of its bead among all alignments (forward-backward over the
// same lattice), so a weak pair is one the text leaves in doubt. Pure: no framework, no I/O.
import { withoutMarks } from "@/lib/content/fold";
import { findNumbers } from "@/lib/quiz/number-find";
import { PLACES } from "@/lib/quiz/world";
import type { BlockKind, Lang, SplitDocument } from "./split";

/** One sentence of a text with where it stands. */
type Unit = {
  text: string;
  block: number;
  kind: BlockKind;
  /** Whether it opens its block. */
  opens: boolean;
  chars: number;
  numbers: string[];
  names: string[];
  quoted: boolean;
  terms: number[];
};

/** An aligned pair: indices into each side's sentences (in reading order). */
export type Bead = { vi: number[]; en: number[]; confidence: number };

export type Alignment = { vi: Unit[]; en: Unit[]; beads: Bead[] };

export type AlignOptions = {
  /** Known term pairs (the glossary's, or a teacher's): each shared one is an anchor. */
  terms?: readonly { vi: string; en: string }[];
  /** Length only (Gale & Church): the baseline the benchmark compares with. */
  lengthOnly?: boolean;
};

/** English characters per Vietnamese character, and the variance of the difference per
 * character: measured on the team's 14 articles (234 pairs: 1.11 and 2.2), widened for
 * translations freer than ours. */
const RATIO = 1.11;
const VARIANCE = 3.2;

/** How often each bead occurs in news translations (Gale & Church's figures, with room for
 * the dropped sentences of news rewrites). */
const MOVES: { dv: number; de: number; prior: number }[] = [
  { dv: 1, de: 1, prior: 0.88 },
  { dv: 1, de: 0, prior: 0.012 },
  { dv: 0, de: 1, prior: 0.012 },
  { dv: 2, de: 1, prior: 0.045 },
  { dv: 1, de: 2, prior: 0.045 },
  { dv: 2, de: 2, prior: 0.006 },
];

/** How much each shared or unshared anchor weighs against the length cost. */
const WEIGHT = { numberShared: 2.2, numberAlone: 1.1, nameShared: 1.4, nameAlone: 0.45, quote: 0.8, term: 1.2, orphan: 2.5 };
/** What a 1-0 or 0-1 bead costs beyond its prior: the length model says nothing about it. */
const SKIP_COST = 3.5;

/** Standard normal upper tail, by Abramowitz & Stegun 26.2.17 (error below 7.5e-8). */
function upperTail(z: number): number {
  const t = 1 / (1 + 0.2316419 * z);
  const poly = t * (0.31938153 + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978 + t * 1.330274429))));
  return (Math.exp((-z * z) / 2) / Math.sqrt(2 * Math.PI)) * poly;
}

/** The length cost of pairing `vi` characters with `en` characters. */
function lengthCost(vi: number, en: number): number {
  const mean = (vi + en / RATIO) / 2;
  const delta = (en - vi * RATIO) / Math.sqrt(Math.max(mean, 1) * VARIANCE);
  const p = 2 * upperTail(Math.abs(delta));
  return -Math.log(Math.max(p, 1e-12));
}

/** Numbers of a sentence as values both languages share: "3.000" and "3,000" are 3000,
 * "1,9 triệu" and "1.9 million" are 1900000, "27/7" and "27 July" are day 27 of month 7. */
function numbersOf(text: string, lang: Lang): string[] {
  return findNumbers(text, lang).flatMap((m) => {
    if (m.date) return [`d${m.date.day ?? ""}/${m.date.month ?? ""}/${m.date.year ?? ""}`.replace(/\/+$/u, ""), ...(m.to ? [`d${m.to.day ?? ""}/${m.to.month ?? ""}`] : [])];
    const value = Math.round(m.value * (m.scale ?? 1) * 1000) / 1000;
    return [`n${value}`, ...(m.upper !== undefined ? [`n${Math.round(m.upper * (m.scale ?? 1) * 1000) / 1000}`] : []), ...(m.away !== undefined ? [`n${m.away}`] : [])];
  });
}

/** Capitalised words other than a sentence's first, marks folded ("Nguyễn" → "nguyen"), and
 * acronyms: what a translation writes alike. A run of them also counts joined ("Hà Nội" is
 * "hanoi"), and a place the world list knows counts by its one name ("Thái Lan", "Thailand"). */
function namesOf(text: string, lang: Lang): string[] {
  const words = text.match(/[\p{L}\p{M}\p{N}&'’-]+/gu) ?? [];
  const fold = (w: string) => withoutMarks(w).toLowerCase().replace(/['’]s$/u, "");
  const names: string[] = [];
  let run: string[] = [];
  const endRun = () => {
    if (run.length > 1) names.push(run.join(""));
    run = [];
  };
  words.forEach((w, i) => {
    const capital = /^\p{Lu}/u.test(w) && w.length > 1;
    if (capital && (i > 0 || /^\p{Lu}{2,}/u.test(w))) names.push(fold(w));
    if (capital) run.push(fold(w));
    else endRun();
  });
  endRun();
  return [...names, ...placesIn(text, lang)];
}

/** Every form of every place in the world list, longest first, with the place it names. */
const PLACE_FORMS = (["vi", "en"] as const).map((lang) =>
  PLACES.flatMap((p) => [p[lang], ...(p.aliases?.[lang] ?? [])].map((form) => ({ form, place: `@${p.en.toLowerCase()}` }))).sort((a, b) => b.form.length - a.form.length),
);
function placesIn(text: string, lang: Lang): string[] {
  const found: string[] = [];
  let rest = text;
  for (const { form, place } of PLACE_FORMS[lang === "vi" ? 0 : 1]!) {
    const at = rest.indexOf(form);
    if (at < 0 || /[\p{L}\p{M}]/u.test(rest[at - 1] ?? "") || /[\p{L}\p{M}]/u.test(rest[at + form.length] ?? "")) continue;
    found.push(place);
    rest = rest.slice(0, at) + " ".repeat(form.length) + rest.slice(at + form.length);
  }
  return found;
}

const QUOTE = /[“”"«»]/u;

function unitsOf(doc: SplitDocument, terms: readonly { vi: string; en: string }[]): Unit[] {
  const units: Unit[] = [];
  doc.blocks.forEach((block, b) =>
    block.sentences.forEach((text, s) => {
      const folded = text.toLocaleLowerCase(doc.lang);
      units.push({
        text,
        block: b,
        kind: block.kind,
        opens: s === 0,
        chars: [...text].length,
        numbers: numbersOf(text, doc.lang),
        names: namesOf(text, doc.lang),
        quoted: QUOTE.test(text),
        terms: terms.flatMap((t, k) => (folded.includes(t[doc.lang].toLocaleLowerCase(doc.lang)) ? [k] : [])),
      });
    }),
  );
  return units;
}

/** How many items two lists share, counting repeats ("3" twice matches "3" twice). */
function shared(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const x of a) counts.set(x, (counts.get(x) ?? 0) + 1);
  let n = 0;
  for (const y of b) {
    const c = counts.get(y) ?? 0;
    if (c > 0) {
      n++;
      counts.set(y, c - 1);
    }
  }
  return n;
}

/** The cost of one bead: the vi units [i, i+dv) with the en units [j, j+de). */
function beadCost(vi: Unit[], en: Unit[], i: number, j: number, dv: number, de: number, prior: number, lengthOnly: boolean): number {
  const a = dv === 1 ? [vi[i]!] : vi.slice(i, i + dv);
  const b = de === 1 ? [en[j]!] : en.slice(j, j + de);
  let cost = -Math.log(prior);
  if (dv === 0 || de === 0) {
    cost += SKIP_COST;
  } else {
    cost += lengthCost(
      a.reduce((n, u) => n + u.chars, 0),
      b.reduce((n, u) => n + u.chars, 0),
    );
  }
  if (lengthOnly) return cost;
  const joined = (units: Unit[], key: "numbers" | "names") => (units.length === 1 ? units[0]![key] : units.flatMap((u) => u[key]));
  const numbersA = joined(a, "numbers");
  const numbersB = joined(b, "numbers");
  const namesA = joined(a, "names");
  const namesB = joined(b, "names");
  const numbers = shared(numbersA, numbersB);
  const names = shared(namesA, namesB);
  cost -= WEIGHT.numberShared * numbers + WEIGHT.nameShared * names;
  cost += WEIGHT.numberAlone * (numbersA.length + numbersB.length - 2 * numbers);
  // Capped per sentence, so joining sentences never makes their unshared names cheaper.
  cost += WEIGHT.nameAlone * Math.min(3 * (dv + de), namesA.length + namesB.length - 2 * names);
  // A sentence joined into a bead that shares none of its anchors with the other side most
  // likely has no partner there (an explanation added for foreign readers, a sentence dropped).
  if (dv + de > 2) {
    for (const [own, other] of [[a, [...numbersB, ...namesB]], [b, [...numbersA, ...namesA]]] as const) {
      if (own.length < 2) continue;
      for (const u of own) if (u.numbers.length + u.names.length > 0 && shared([...u.numbers, ...u.names], other) === 0) cost += WEIGHT.orphan;
    }
  }
  if (dv > 0 && de > 0) {
    const quotedA = a.some((u) => u.quoted);
    const quotedB = b.some((u) => u.quoted);
    if (quotedA && quotedB) cost -= WEIGHT.quote;
    else if (quotedA !== quotedB) cost += WEIGHT.quote;
    cost -= WEIGHT.term * shared(a.flatMap((u) => u.terms.map(String)), b.flatMap((u) => u.terms.map(String)));
  }
  // Structure: one bead does not join two blocks of one side; a headline goes with a
  // headline and a caption with a caption; blocks usually open together.
  if (a.length === 2 && a[0]!.block !== a[1]!.block) cost += 4;
  if (b.length === 2 && b[0]!.block !== b[1]!.block) cost += 4;
  const kinds = new Set([...a, ...b].map((u) => u.kind));
  if (kinds.size > 1) cost += kinds.has("headline") ? 12 : 5;
  if (dv > 0 && de > 0 && a[0]!.opens !== b[0]!.opens) cost += 0.9;
  return cost;
}

/** log(e^x + e^y) without overflow. */
function logAdd(x: number, y: number): number {
  if (x === -Infinity) return y;
  if (y === -Infinity) return x;
  const m = Math.max(x, y);
  return m + Math.log(Math.exp(x - m) + Math.exp(y - m));
}

/** Aligns two split texts: the best beads in reading order, each with its confidence. */
export function alignDocuments(vi: SplitDocument, en: SplitDocument, options: AlignOptions = {}): Alignment {
  const terms = options.terms ?? [];
  const a = unitsOf(vi, terms);
  const b = unitsOf(en, terms);
  const n = a.length;
  const m = b.length;
  const lengthOnly = options.lengthOnly === true;
  const width = m + 1;
  // Paths stay near the diagonal: a translation drops or adds a few sentences, not half the
  // text. The band is wide enough for a dropped paragraph or two.
  // Its width is bounded, so the work grows with the text's length, not with its square.
  const band = Math.min(80, Math.max(12, Math.ceil(0.12 * Math.max(n, m)))) + Math.abs(n - m);
  const inBand = (i: number, j: number) => Math.abs(j - (n === 0 ? 0 : (i * m) / n)) <= band;
  // Every bead's cost, computed once: Viterbi and forward-backward both read them.
  const costs = MOVES.map(() => new Float64Array((n + 1) * width).fill(Infinity));
  for (let i = 0; i <= n; i++) {
    for (let j = 0; j <= m; j++) {
      if (!inBand(i, j)) continue;
      MOVES.forEach((move, k) => {
        if (i + move.dv <= n && j + move.de <= m && move.dv + move.de > 0 && inBand(i + move.dv, j + move.de)) costs[k]![i * width + j] = beadCost(a, b, i, j, move.dv, move.de, move.prior, lengthOnly);
      });
    }
  }
  // Best path (Viterbi), and the forward sums in log space for the posteriors.
  const best = new Float64Array((n + 1) * width).fill(Infinity);
  const back = new Int8Array((n + 1) * width).fill(-1);
  const forward = new Float64Array((n + 1) * width).fill(-Infinity);
  best[0] = 0;
  forward[0] = 0;
  for (let i = 0; i <= n; i++) {
    for (let j = 0; j <= m; j++) {
      const here = i * width + j;
      if (here === 0) continue;
      MOVES.forEach((move, k) => {
        const pi = i - move.dv;
        const pj = j - move.de;
        if (pi < 0 || pj < 0) return;
        const from = pi * width + pj;
        const cost = costs[k]![from]!;
        if (!Number.isFinite(cost)) return;
        if (best[from]! + cost < best[here]!) {
          best[here] = best[from]! + cost;
          back[here] = k;
        }
        forward[here] = logAdd(forward[here]!, forward[from]! - cost);
      });
    }
  }
  const backward = new Float64Array((n + 1) * width).fill(-Infinity);
  backward[n * width + m] = 0;
  for (let i = n; i >= 0; i--) {
    for (let j = m; j >= 0; j--) {
      const here = i * width + j;
      if (here === n * width + m) continue;
      MOVES.forEach((move, k) => {
        const ni = i + move.dv;
        const nj = j + move.de;
        if (ni > n || nj > m) return;
        const cost = costs[k]![here]!;
        if (!Number.isFinite(cost)) return;
        backward[here] = logAdd(backward[here]!, backward[ni * width + nj]! - cost);
      });
    }
  }
  const total = forward[n * width + m]!;
  const beads: Bead[] = [];
  for (let i = n, j = m; i > 0 || j > 0; ) {
    const k = back[i * width + j]!;
    const move = MOVES[k]!;
    const pi = i - move.dv;
    const pj = j - move.de;
    const from = pi * width + pj;
    const posterior = Math.exp(forward[from]! - costs[k]![from]! + backward[i * width + j]! - total);
    beads.push({
      vi: Array.from({ length: move.dv }, (_, x) => pi + x),
      en: Array.from({ length: move.de }, (_, x) => pj + x),
      confidence: Math.round(Math.min(1, Math.max(0, posterior)) * 1000) / 1000,
    });
    i = pi;
    j = pj;
  }
  beads.reverse();
  return { vi: a, en: b, beads };
}

/** Below this confidence a pair is flagged for the teacher to check. */
export const WEAK_PAIR = 0.75;

/** The pairs as text: one sentence as a string, several as an array, none as "". */
export function pairsAsText(alignment: Alignment): { vi: string | string[]; en: string | string[]; confidence: number }[] {
  const side = (units: Unit[], ids: number[]) => (ids.length === 0 ? "" : ids.length === 1 ? units[ids[0]!]!.text : ids.map((id) => units[id]!.text));
  return alignment.beads.map((bead) => ({ vi: side(alignment.vi, bead.vi), en: side(alignment.en, bead.en), confidence: bead.confidence }));
}
