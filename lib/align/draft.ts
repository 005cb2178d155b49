// A teacher's import as it is reviewed: the aligned pairs and every change made to them (merge,
// split, move a sentence, no translation, a typo fixed), each change undoable, and the article
// content it publishes as. Plain data in, plain data out; the server saves the state after
// every change. Pure: no framework, no I/O.
import { z } from "zod";
import type { ArticleContentInput } from "@/lib/content/schema";
import { alignDocuments, WEAK_PAIR } from "./align";
import { creditPair, slugFrom } from "./content";
import { splitDocument, type BlockKind } from "./split";

/** A sentence as pasted (up to a side's length) or as a teacher retyped it, without the
 * characters that draw nothing yet change what a reader sees. */
const INVISIBLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200b\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/gu;
const Sentence = z
  .string()
  .transform((s) => s.normalize("NFC").replace(INVISIBLE, "").replace(/\s+/gu, " ").trim())
  .pipe(z.string().min(1).max(40_000));
export const DraftPairSchema = z.object({
  id: z.string().min(1).max(40),
  /** The sentence key of a published article's pair, kept through edits; null for new ones. */
  key: z.string().max(60).nullable(),
  kind: z.enum(["headline", "paragraph", "figure"]),
  block: z.number().int().min(0),
  vi: z.array(Sentence).max(800),
  en: z.array(Sentence).max(800),
  confidence: z.number().min(0).max(1),
  /** The teacher looked at it (a flagged pair confirmed, or changed by hand). */
  checked: z.boolean(),
});
export type DraftPair = z.infer<typeof DraftPairSchema>;

const BlockInfo = z.object({ key: z.string().max(60).nullable(), creditVi: z.string().max(200).nullable(), creditEn: z.string().max(200).nullable(), imageUrl: z.string().max(2000).nullable() });

export const LEVELS = ["A2", "B1", "B2", "C1"] as const;
export const VISIBILITIES = ["site", "classes"] as const;

export const DraftDetailsSchema = z.object({
  sourceName: z.string().trim().max(200).nullable(),
  sourceUrl: z.url({ protocol: /^https?$/ }).max(2000).nullable(),
  publishedOn: z.iso.date().nullable(),
  credit: z.string().trim().max(300).nullable(),
  level: z.enum(LEVELS).nullable(),
  topics: z.array(z.string().trim().min(1).max(40)).max(8),
  visibility: z.enum(VISIBILITIES),
});
export type DraftDetails = z.infer<typeof DraftDetailsSchema>;

export const GLOSSARY_SUGGESTION_KINDS = ["person", "place", "organization", "event", "term"] as const;
export const DraftTermSchema = z.object({
  vi: z.string().trim().min(1).max(120),
  en: z.string().trim().min(1).max(120),
  kind: z.enum(GLOSSARY_SUGGESTION_KINDS),
  note: z.string().trim().max(300),
});
export type DraftTerm = z.infer<typeof DraftTermSchema>;

export const DraftStateSchema = z.object({
  version: z.literal(1),
  /** Fixed once published, so every id stays attached. */
  slug: z.string().max(80).nullable(),
  details: DraftDetailsSchema,
  pairs: z.array(DraftPairSchema).max(2000),
  blocks: z.array(BlockInfo).max(2000),
  glossary: z.array(DraftTermSchema).max(200),
  /** Earlier versions of `pairs`, newest last. */
  undo: z.array(z.array(DraftPairSchema)).max(30),
  /** The two texts as the teacher brought them, whatever is fixed in review afterwards. */
  original: z.object({ vi: z.string().max(40_000), en: z.string().max(40_000) }).optional(),
  nextId: z.number().int().min(0),
});
export type DraftState = z.infer<typeof DraftStateSchema>;

const MAX_UNDO = 30;

/** A draft from two texts: split, aligned, every pair flagged or not by its confidence. */
export function draftFromTexts(viText: string, enText: string, details: DraftDetails): DraftState {
  const vi = splitDocument(viText, "vi");
  const en = splitDocument(enText, "en");
  const alignment = alignDocuments(vi, en);
  const pairs: DraftPair[] = [];
  let lastBlock = 0;
  alignment.beads.forEach((bead, n) => {
    const first = bead.vi[0] !== undefined ? alignment.vi[bead.vi[0]] : undefined;
    const kind: BlockKind = first?.kind ?? (pairs.length === 0 ? "headline" : (pairs[pairs.length - 1]!.kind as BlockKind));
    const block = first?.block ?? lastBlock;
    lastBlock = block;
    pairs.push({ id: `p${n}`, key: null, kind, block, vi: bead.vi.map((i) => alignment.vi[i]!.text), en: bead.en.map((i) => alignment.en[i]!.text), confidence: bead.confidence, checked: false });
  });
  const blocks = vi.blocks.map((b, i) => {
    const enBlock = en.blocks.find((_, j) => alignment.beads.some((bead) => bead.vi.some((v) => alignment.vi[v]!.block === i) && bead.en.some((e) => alignment.en[e]!.block === j)));
    return { key: null, creditVi: b.credit, creditEn: enBlock?.credit ?? null, imageUrl: b.imageUrl ?? enBlock?.imageUrl ?? null };
  });
  return { version: 1, slug: null, details, pairs, blocks, glossary: [], undo: [], nextId: pairs.length, original: { vi: viText, en: enText } };
}

/** Whether the teacher should look at a pair: a weak one, or one side without the other. */
export const needsLook = (pair: DraftPair) => !pair.checked && (pair.confidence < WEAK_PAIR || pair.vi.length === 0 || pair.en.length === 0);

export type Side = "vi" | "en";
export type DraftChange =
  | { op: "merge-next"; pair: string }
  | { op: "split-pair"; pair: string; vi: number; en: number }
  | { op: "split-sentence"; pair: string; side: Side; sentence: number; before: string }
  | { op: "move"; pair: string; side: Side; to: "previous" | "next" }
  | { op: "no-translation"; pair: string }
  | { op: "edit"; pair: string; side: Side; sentence: number; text: string }
  | { op: "confirm"; pair: string }
  | { op: "undo" };

export const DraftChangeSchema: z.ZodType<DraftChange> = z.discriminatedUnion("op", [
  z.object({ op: z.literal("merge-next"), pair: z.string().max(40) }),
  z.object({ op: z.literal("split-pair"), pair: z.string().max(40), vi: z.number().int().min(0).max(20), en: z.number().int().min(0).max(20) }),
  z.object({ op: z.literal("split-sentence"), pair: z.string().max(40), side: z.enum(["vi", "en"]), sentence: z.number().int().min(0).max(20), before: z.string().trim().min(1).max(200) }),
  z.object({ op: z.literal("move"), pair: z.string().max(40), side: z.enum(["vi", "en"]), to: z.enum(["previous", "next"]) }),
  z.object({ op: z.literal("no-translation"), pair: z.string().max(40) }),
  z.object({ op: z.literal("edit"), pair: z.string().max(40), side: z.enum(["vi", "en"]), sentence: z.number().int().min(0).max(20), text: Sentence }),
  z.object({ op: z.literal("confirm"), pair: z.string().max(40) }),
  z.object({ op: z.literal("undo") }),
]);

/** A change that cannot apply (a pair that is gone, a split with nothing on one part). */
export class DraftChangeError extends Error {}

const fail = (why: string): never => {
  throw new DraftChangeError(why);
};

/** The draft after one change; the change before it can be undone. */
export function applyChange(state: DraftState, change: DraftChange): DraftState {
  if (change.op === "undo") {
    const previous = state.undo[state.undo.length - 1] ?? fail("nothing to undo");
    return { ...state, pairs: previous, undo: state.undo.slice(0, -1) };
  }
  const at = state.pairs.findIndex((p) => p.id === change.pair);
  if (at < 0) fail("no such pair");
  const pairs = state.pairs.map((p) => ({ ...p, vi: [...p.vi], en: [...p.en] }));
  const pair = pairs[at]!;
  let nextId = state.nextId;
  // "_" is in no sentence key, so a new id never meets an imported one.
  const fresh = (from: DraftPair, vi: string[], en: string[]): DraftPair => ({ ...from, id: `_${nextId++}`, key: null, vi, en, confidence: 1, checked: true });
  switch (change.op) {
    case "merge-next": {
      const next = pairs[at + 1] ?? fail("no pair after this one");
      pairs.splice(at, 2, { ...pair, vi: [...pair.vi, ...next.vi], en: [...pair.en, ...next.en], confidence: 1, checked: true, key: pair.key ?? next.key });
      break;
    }
    case "split-pair": {
      const [vi1, vi2, en1, en2] = [pair.vi.slice(0, change.vi), pair.vi.slice(change.vi), pair.en.slice(0, change.en), pair.en.slice(change.en)];
      if (vi1.length + en1.length === 0 || vi2.length + en2.length === 0) fail("each part needs a sentence");
      pairs.splice(at, 1, { ...pair, vi: vi1, en: en1, confidence: 1, checked: true }, fresh(pair, vi2, en2));
      break;
    }
    case "split-sentence": {
      const text = pair[change.side][change.sentence] ?? fail("no such sentence");
      // Before the words the teacher gave, as written after the sentence's start.
      const at = text.indexOf(change.before, 1);
      if (at < 1) fail("those words are not in the sentence");
      const [head, tail] = [text.slice(0, at).trim(), text.slice(at).trim()];
      if (head === "" || tail === "") fail("each part needs words");
      pair[change.side].splice(change.sentence, 1, head, tail);
      Object.assign(pair, { checked: true, confidence: 1 });
      break;
    }
    case "move": {
      const target = pairs[change.to === "previous" ? at - 1 : at + 1] ?? fail("no neighbouring pair");
      const moved = (change.to === "previous" ? pair[change.side].shift() : pair[change.side].pop()) ?? fail("nothing to move");
      if (change.to === "previous") target[change.side].push(moved);
      else target[change.side].unshift(moved);
      Object.assign(target, { checked: true, confidence: 1 });
      Object.assign(pair, { checked: true, confidence: 1 });
      if (pair.vi.length + pair.en.length === 0) pairs.splice(at, 1);
      break;
    }
    case "no-translation": {
      // Both sides present: they are not each other's translation, so each stands alone.
      if (pair.vi.length > 0 && pair.en.length > 0) pairs.splice(at, 1, { ...pair, en: [], checked: true }, fresh(pair, [], pair.en));
      else Object.assign(pair, { checked: true });
      break;
    }
    case "edit": {
      if (pair[change.side][change.sentence] === undefined) fail("no such sentence");
      pair[change.side][change.sentence] = change.text;
      pair.checked = true;
      break;
    }
    case "confirm":
      pair.checked = true;
      break;
  }
  return { ...state, pairs, nextId, undo: [...state.undo, state.pairs].slice(-MAX_UNDO) };
}

/** A draft from article content (an exported file, or a published article being edited):
 * every pair keeps its sentence key and its block. */
export function draftFromContent(content: ArticleContentInput, details: DraftDetails, slug: string | null): DraftState {
  const readable = content.blocks.filter((b) => b.kind !== "note");
  const pairs: DraftPair[] = readable.flatMap((b, block) =>
    b.sentences.map((s) => ({ id: s.key.slice(0, 40), key: s.key, kind: b.kind === "figure" ? "figure" : b.kind === "headline" ? "headline" : "paragraph", block, vi: [s.vi], en: [s.en], confidence: 1, checked: true })),
  );
  const blocks = readable.map((b) => ({ key: b.key, creditVi: b.kind === "figure" ? (b.credit?.vi ?? null) : null, creditEn: b.kind === "figure" ? (b.credit?.en ?? null) : null, imageUrl: b.kind === "figure" ? b.imageUrl : null }));
  const glossary = content.glossary.map((t) => ({ vi: t.vi, en: t.en, kind: t.kind === "document" || t.kind === undefined ? "term" : t.kind, note: t.note.vi }) as DraftTerm);
  return { version: 1, slug, details, pairs, blocks, glossary, undo: [], nextId: pairs.length };
}

/** The draft as article content (the seed format), ready to validate and publish. A sentence
 * without a partner joins the pair before it in its block (or after it, first in a block). */
export function contentFromDraft(state: DraftState, slug = state.slug): ArticleContentInput {
  const groups = new Map<number, DraftPair[]>();
  for (const pair of state.pairs) groups.set(pair.block, [...(groups.get(pair.block) ?? []), pair]);
  const ordered = [...groups.entries()].sort((a, b) => a[0] - b[0]);
  const usedKeys = new Set(state.pairs.flatMap((p) => (p.key ? [p.key] : [])));
  const blocks: ArticleContentInput["blocks"] = [];
  let paragraphs = 0;
  let figures = 0;
  for (const [index, list] of ordered) {
    const joined: { key: string | null; vi: string[]; en: string[] }[] = [];
    for (const p of list) {
      const last = joined[joined.length - 1];
      if ((p.vi.length === 0 || p.en.length === 0) && last) {
        last.vi.push(...p.vi);
        last.en.push(...p.en);
      } else joined.push({ key: p.key, vi: [...p.vi], en: [...p.en] });
    }
    while (joined.length > 1 && (joined[0]!.vi.length === 0 || joined[0]!.en.length === 0)) {
      const [first, second] = joined.splice(0, 2) as [(typeof joined)[0], (typeof joined)[0]];
      joined.unshift({ key: second.key ?? first.key, vi: [...first.vi, ...second.vi], en: [...first.en, ...second.en] });
    }
    const complete = joined.filter((p) => p.vi.length > 0 && p.en.length > 0);
    if (complete.length === 0) continue;
    const info = state.blocks[index];
    const isHeadline = blocks.length === 0;
    const kind = isHeadline ? "headline" : list[0]!.kind === "figure" ? "figure" : "paragraph";
    const blockKey = info?.key ?? (isHeadline ? "h" : kind === "figure" ? `f${++figures}` : `p${++paragraphs}`);
    const sentences = (isHeadline ? [complete.reduce((a, p) => ({ key: a.key, vi: [...a.vi, ...p.vi], en: [...a.en, ...p.en] }))] : complete).map((p, s) => {
      let key = p.key ?? `${blockKey}-s${s + 1}`;
      for (let n = s + 1; !p.key && usedKeys.has(key); n++) key = `${blockKey}-s${n}-${state.nextId}`;
      usedKeys.add(key);
      return { key, vi: p.vi.join(" "), en: p.en.join(" ") };
    });
    if (kind === "figure") {
      blocks.push({ kind: "figure", key: blockKey, imageUrl: info?.imageUrl ?? null, credit: creditPair(info?.creditVi ?? null, info?.creditEn ?? null), sentences });
    } else if (kind === "headline") blocks.push({ kind: "headline", key: blockKey, sentences });
    else blocks.push({ kind: "paragraph", key: blockKey, sentences });
  }
  const headline = blocks[0]?.sentences[0]?.vi ?? "";
  const credit = state.details.credit;
  return {
    schemaVersion: 1,
    slug: slug ?? slugFrom(headline),
    originalLanguage: "vi",
    source: { name: state.details.sourceName, url: state.details.sourceUrl, publishedOn: state.details.publishedOn },
    credits: credit ? { vi: credit, en: credit } : { vi: "Bài và bản dịch do giáo viên nhập.", en: "Article and translation imported by a teacher." },
    blocks,
    glossary: glossaryOf(state.glossary),
  };
}

/** The draft's glossary entries in the content format, keyed by their folded Vietnamese. */
function glossaryOf(terms: readonly DraftTerm[]): ArticleContentInput["glossary"] {
  const seen = new Set<string>();
  return terms.flatMap((t) => {
    const key = slugFrom(t.vi);
    if (seen.has(key)) return [];
    seen.add(key);
    return [{ key, vi: t.vi, en: t.en, kind: t.kind, note: { vi: t.note || t.en, en: t.note || t.vi } }];
  });
}
