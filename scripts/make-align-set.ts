// `npx tsx scripts/make-align-set.ts`: writes the alignment test set in __tests__/fixtures/align/
// from the team's bilingual articles (the seed and the quiz corpus): each document is one or
// two articles as a teacher would paste them (plain text, a headline, paragraphs, captions
// with their credit), with its gold pairs. Half of the documents carry the differences real
// translations have, made by the edits listed here: a sentence the English leaves out or
// adds, two sentences fused into one, a long sentence split in two, paragraphs split or
// joined differently. Run once; the files it writes are committed and reviewed.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArticleContent, type ArticleContent } from "../lib/content/schema";

type Side = "vi" | "en";
type Sentence = { vi: string; en: string };
type Block = { kind: "headline" | "paragraph" | "figure"; sentences: Sentence[]; credit?: { vi: string; en: string } };
/** A gold pair: the sentences of each side, in reading order. */
type Pair = { vi: string[]; en: string[] };

/** An edit of the English (or Vietnamese) side, with the gold pairs it leaves. */
type Edit =
  | { drop: Side; block: number; sentence: number }
  | { fuse: Side; block: number; sentence: number }
  | { split: Side; block: number; sentence: number; at: string; then: string }
  | { joinParagraphs: Side; block: number }
  | { splitParagraph: Side; block: number; after: number };

const ROOT = process.cwd();
const load = (file: string): ArticleContent => parseArticleContent(JSON.parse(readFileSync(join(ROOT, file), "utf8")));
const corpus = (slug: string) => load(`__tests__/fixtures/${["da-nang-walkway"].includes(slug) ? "" : ["exam-results-2026", "hoi-an-lantern-festival", "measles-vaccination", "metro-line-opening", "school-meals-hcmc", "typhoon-central-coast"].includes(slug) ? "holdout/" : "articles/"}${slug}.json`);
const article = (slug: string) => (slug === "waic-2025" ? load("prisma/seed/articles/waic-2025.json") : corpus(slug));

/** The blocks of one or more articles in reading order: the first headline stays the
 * document's headline, the others become paragraphs of their own (a digest's sub-heads). */
function blocksOf(slugs: string[]): Block[] {
  const blocks: Block[] = [];
  for (const slug of slugs) {
    for (const b of article(slug).blocks) {
      if (b.kind === "note") continue;
      const sentences = b.sentences.map((s) => ({ vi: s.vi, en: s.en }));
      if (b.kind === "figure") blocks.push({ kind: "figure", sentences, ...(b.credit ? { credit: b.credit } : {}) });
      else blocks.push({ kind: b.kind === "headline" && blocks.length === 0 ? "headline" : "paragraph", sentences });
    }
  }
  return blocks;
}

/** Each side's paragraphs (lists of sentences), with each sentence's pair id. */
type Tagged = { text: string; pair: number };
type Layout = { kind: Block["kind"]; sentences: Tagged[]; credit?: string }[];

function build(blocks: Block[], edits: Edit[]): { vi: Layout; en: Layout; pairs: Pair[] } {
  const pairs: Pair[] = [];
  const layouts: Record<Side, Layout> = { vi: [], en: [] };
  for (const block of blocks) {
    for (const side of ["vi", "en"] as const) layouts[side].push({ kind: block.kind, sentences: [], ...(block.credit ? { credit: block.credit[side] } : {}) });
    for (const s of block.sentences) {
      const id = pairs.length;
      pairs.push({ vi: [s.vi], en: [s.en] });
      for (const side of ["vi", "en"] as const) layouts[side].at(-1)!.sentences.push({ text: s[side], pair: id });
    }
  }
  // Edits refer to the original blocks: apply paragraph edits last, in reverse order.
  const sentenceEdits = edits.filter((e) => "drop" in e || "fuse" in e || "split" in e);
  const paragraphEdits = edits.filter((e) => "joinParagraphs" in e || "splitParagraph" in e);
  for (const e of sentenceEdits) {
    if ("drop" in e) {
      const block = layouts[e.drop].at(e.block)!;
      const [gone] = block.sentences.splice(e.sentence, 1);
      pairs[gone!.pair]![e.drop] = [];
    } else if ("fuse" in e) {
      const block = layouts[e.fuse].at(e.block)!;
      const [first, second] = [block.sentences[e.sentence], block.sentences[e.sentence + 1]];
      if (!first || !second) throw new Error(`nothing to fuse at block ${e.block}, sentence ${e.sentence}`);
      const joined = `${first.text.replace(/[.!?]$/u, "")}${e.fuse === "en" ? ", and " : ", và "}${lowerFirst(second.text)}`;
      block.sentences.splice(e.sentence, 2, { text: joined, pair: first.pair });
      // The fused sentence answers both original pairs: one pair with two sentences opposite.
      pairs[first.pair] = { ...pairs[first.pair]!, vi: [...pairs[first.pair]!.vi, ...pairs[second.pair]!.vi], en: [...pairs[first.pair]!.en, ...pairs[second.pair]!.en] };
      pairs[first.pair]![e.fuse] = [joined];
      pairs[second.pair] = { vi: [], en: [] };
    } else {
      const block = layouts[e.split].at(e.block)!;
      const s = block.sentences[e.sentence]!;
      const cut = s.text.indexOf(e.at);
      if (cut < 0) throw new Error(`no "${e.at}" in ${s.text}`);
      const first = `${s.text.slice(0, cut).trimEnd()}.`;
      const second = `${e.then}${s.text.slice(cut + e.at.length)}`;
      block.sentences.splice(e.sentence, 1, { text: first, pair: s.pair }, { text: second, pair: s.pair });
      pairs[s.pair]![e.split] = [first, second];
    }
  }
  for (const e of [...paragraphEdits].reverse()) {
    if ("joinParagraphs" in e) {
      const side = layouts[e.joinParagraphs];
      const [a, b] = [side[e.block]!, side[e.block + 1]!];
      side.splice(e.block, 2, { kind: a.kind, sentences: [...a.sentences, ...b.sentences] });
    } else {
      const side = layouts[e.splitParagraph];
      const a = side[e.block]!;
      side.splice(e.block, 1, { kind: a.kind, sentences: a.sentences.slice(0, e.after) }, { kind: a.kind, sentences: a.sentences.slice(e.after) });
    }
  }
  return { vi: layouts.vi, en: layouts.en, pairs: pairs.filter((p) => p.vi.length + p.en.length > 0) };
}

/** "The team…" → "the team…"; a name or an acronym keeps its capital. */
function lowerFirst(text: string): string {
  const first = text.split(/\s/u)[0] ?? "";
  return /^(The|It|This|These|They|He|She|Its|His|Her|Their|That|A|An|In|On|At|By|Each|Every|Some|Many|Most|Only|Đây|Điều|Nhiều|Các|Những|Trong|Theo|Ngoài|Sau|Con|Năm|Mỗi)$/u.test(first) ? text[0]!.toLocaleLowerCase() + text.slice(1) : text;
}

/** The text a teacher pastes: blank lines between paragraphs, or one line each. */
function textOf(layout: Layout, side: Side, blankLines: boolean): string {
  const lines = layout
    .filter((b) => b.sentences.length > 0)
    .map((b) => {
      const text = b.sentences.map((s) => s.text).join(" ");
      if (b.kind !== "figure") return text;
      return `![](image)\n${text}${b.credit ? ` ${b.credit}` : side === "vi" ? "" : ""}`;
    });
  return `${lines.join(blankLines ? "\n\n" : "\n")}\n`;
}

const DOCUMENTS: { name: string; slugs: string[]; blankLines: boolean; edits: Edit[] }[] = [
  { name: "01-waic-2025", slugs: ["waic-2025"], blankLines: true, edits: [] },
  { name: "02-da-nang-typhoon", slugs: ["da-nang-walkway", "typhoon-central-coast"], blankLines: false, edits: [] },
  {
    name: "03-asean-coffee",
    slugs: ["asean-digital-policy", "coffee-exports-2026"],
    blankLines: true,
    edits: [
      { drop: "en", block: 2, sentence: 1 },
      { fuse: "en", block: 4, sentence: 0 },
    ],
  },
  { name: "04-football-interview", slugs: ["football-aff-final", "interview-robotics-teacher"], blankLines: false, edits: [] },
  {
    name: "05-mekong-exams",
    slugs: ["mekong-salinity-science", "exam-results-2026"],
    blankLines: true,
    edits: [
      { split: "en", block: 4, sentence: 1, at: ", while t", then: "T" },
      { splitParagraph: "en", block: 3, after: 1 },
    ],
  },
  { name: "06-hoi-an-measles", slugs: ["hoi-an-lantern-festival", "measles-vaccination"], blankLines: false, edits: [] },
  {
    name: "07-metro-meals",
    slugs: ["metro-line-opening", "school-meals-hcmc"],
    blankLines: false,
    edits: [
      { drop: "vi", block: 4, sentence: 1 },
      { joinParagraphs: "en", block: 1 },
    ],
  },
  {
    name: "08-hue-football",
    slugs: ["hue-hospital-local", "football-aff-final"],
    blankLines: true,
    edits: [
      { fuse: "vi", block: 2, sentence: 0 },
      { drop: "en", block: 5, sentence: 0 },
    ],
  },
  {
    name: "09-coffee-metro",
    slugs: ["coffee-exports-2026", "metro-line-opening"],
    blankLines: false,
    edits: [
      { fuse: "en", block: 1, sentence: 0 },
      { splitParagraph: "vi", block: 2, after: 1 },
      { drop: "en", block: 6, sentence: 1 },
    ],
  },
  {
    name: "10-typhoon-interview",
    slugs: ["typhoon-central-coast", "interview-robotics-teacher"],
    blankLines: true,
    edits: [
      { joinParagraphs: "vi", block: 4 },
      { fuse: "en", block: 5, sentence: 0 },
      { drop: "vi", block: 8, sentence: 1 },
    ],
  },
  {
    // The English leaves out a whole paragraph and a caption, fuses two quotations' sentences
    // and splits a paragraph; the Vietnamese has a closing line the English does not.
    name: "11-waic-2025-rewritten",
    slugs: ["waic-2025"],
    blankLines: false,
    edits: [
      { drop: "en", block: 5, sentence: 1 },
      { drop: "en", block: 5, sentence: 0 },
      { drop: "en", block: 10, sentence: 0 },
      { fuse: "en", block: 11, sentence: 1 },
      { splitParagraph: "en", block: 4, after: 1 },
      { drop: "en", block: 12, sentence: 0 },
    ],
  },
];

const out = join(ROOT, "__tests__", "fixtures", "align");
mkdirSync(out, { recursive: true });
for (const doc of DOCUMENTS) {
  const { vi, en, pairs } = build(blocksOf(doc.slugs), doc.edits);
  writeFileSync(join(out, `${doc.name}.vi.txt`), textOf(vi, "vi", doc.blankLines));
  writeFileSync(join(out, `${doc.name}.en.txt`), textOf(en, "en", doc.blankLines));
  writeFileSync(join(out, `${doc.name}.gold.json`), `${JSON.stringify({ edits: doc.edits.length, pairs }, null, 2)}\n`);
  console.log(`${doc.name}: ${pairs.length} pairs, ${doc.edits.length} edits`);
}
