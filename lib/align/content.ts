// From two pasted texts to an article in the content format (lib/content/schema.ts): split,
// align, and lay the pairs out in the Vietnamese text's blocks. A sentence with no partner
// joins the pair before it in its block (the content format pairs every sentence), and is
// reported, so the teacher sees it in review. Pure: no framework, no I/O.
import { withoutMarks } from "@/lib/content/fold";
import type { ArticleContentInput } from "@/lib/content/schema";
import { alignDocuments, WEAK_PAIR, type Alignment, type AlignOptions } from "./align";
import { splitDocument, type BlockKind, type SplitDocument } from "./split";

export type ImportMeta = {
  slug?: string;
  source?: { name: string | null; url: string | null; publishedOn: string | null };
  credits?: { vi: string; en: string };
};

/** What the teacher is shown before publishing: the pairs that need a look. */
export type ImportReport = {
  pairs: number;
  weak: { key: string; confidence: number }[];
  /** Sentences with no partner, joined to the pair before (or after) them. */
  unpaired: { key: string; side: "vi" | "en"; text: string }[];
};

/** "Hội nghị AI Thế giới 2025 khai mạc" → "hoi-nghi-ai-the-gioi-2025-khai-mac" (60 letters at most). */
export function slugFrom(title: string): string {
  const slug = withoutMarks(title)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  const cut = slug.length > 60 ? slug.slice(0, 60).replace(/-[^-]*$/, "") : slug;
  return cut === "" ? "bai-viet" : cut;
}

/** "Ảnh: Xinhua" ↔ "Photo: Xinhua": a credit given on one side only is written for the other. */
export function creditPair(vi: string | null, en: string | null): { vi: string; en: string } | null {
  const who = (credit: string) => credit.replace(/^[^:]*:\s*/u, "");
  if (vi && en) return { vi, en };
  if (vi) return { vi, en: `Photo: ${who(vi)}` };
  if (en) return { vi: `Ảnh: ${who(en)}`, en };
  return null;
}

type Draft = { kind: BlockKind; viBlock: number; enBlock: number | null; pairs: { vi: string[]; en: string[]; confidence: number }[] };

/** Lays an alignment out in blocks: each pair in the block of its first Vietnamese sentence. */
function draftBlocks(alignment: Alignment): Draft[] {
  const drafts: Draft[] = [];
  for (const bead of alignment.beads) {
    const first = bead.vi[0] !== undefined ? alignment.vi[bead.vi[0]] : undefined;
    const enFirst = bead.en[0] !== undefined ? alignment.en[bead.en[0]] : undefined;
    const last = drafts[drafts.length - 1];
    const pair = { vi: bead.vi.map((i) => alignment.vi[i]!.text), en: bead.en.map((i) => alignment.en[i]!.text), confidence: bead.confidence };
    if (first && (!last || last.viBlock !== first.block)) {
      drafts.push({ kind: first.kind, viBlock: first.block, enBlock: enFirst?.block ?? null, pairs: [pair] });
    } else if (last) {
      last.pairs.push(pair);
      if (last.enBlock === null && enFirst) last.enBlock = enFirst.block;
    } else {
      // An English sentence before any Vietnamese one: it opens the first block.
      drafts.push({ kind: enFirst?.kind ?? "paragraph", viBlock: -1, enBlock: enFirst?.block ?? null, pairs: [pair] });
    }
  }
  return drafts;
}

/**
 * The article content for two texts, and what review should show first. The headline is the
 * first pair; its Vietnamese text gives the slug unless one is given.
 */
export function importArticle(viText: string, enText: string, meta: ImportMeta = {}, options: AlignOptions = {}): { content: ArticleContentInput; report: ImportReport; vi: SplitDocument; en: SplitDocument } {
  const vi = splitDocument(viText, "vi");
  const en = splitDocument(enText, "en");
  const alignment = alignDocuments(vi, en, options);
  const drafts = draftBlocks(alignment);
  const report: ImportReport = { pairs: 0, weak: [], unpaired: [] };
  const blocks: ArticleContentInput["blocks"] = [];
  let paragraphs = 0;
  let figures = 0;
  for (const draft of drafts) {
    const isHeadline = blocks.length === 0;
    const kind: BlockKind = isHeadline ? "headline" : draft.kind === "headline" ? "paragraph" : draft.kind;
    const key = isHeadline ? "h" : kind === "figure" ? `f${++figures}` : `p${++paragraphs}`;
    // A pair missing a side joins its neighbour in the block.
    const merged: { vi: string[]; en: string[]; confidence: number; alone?: "vi" | "en"; text?: string }[] = [];
    for (const pair of draft.pairs) {
      const alone = pair.vi.length === 0 ? "en" : pair.en.length === 0 ? "vi" : undefined;
      if (alone) {
        const into = merged[merged.length - 1];
        report.unpaired.push({ key: `${key}-s${Math.max(1, merged.length)}`, side: alone, text: [...pair.vi, ...pair.en].join(" ") });
        if (into) {
          into.vi.push(...pair.vi);
          into.en.push(...pair.en);
          into.confidence = Math.min(into.confidence, pair.confidence);
          continue;
        }
      }
      merged.push({ vi: [...pair.vi], en: [...pair.en], confidence: pair.confidence });
    }
    // A block that opened with a lone sentence: it joins the block's next pair.
    for (let k = 0; k < merged.length - 1; k++) {
      if (merged[k]!.vi.length === 0 || merged[k]!.en.length === 0) {
        merged[k + 1] = { vi: [...merged[k]!.vi, ...merged[k + 1]!.vi], en: [...merged[k]!.en, ...merged[k + 1]!.en], confidence: Math.min(merged[k]!.confidence, merged[k + 1]!.confidence) };
        merged.splice(k, 1);
        k--;
      }
    }
    const complete = merged.filter((p) => p.vi.length > 0 && p.en.length > 0);
    if (complete.length === 0) continue;
    const sentences = (isHeadline ? [complete.reduce((a, p) => ({ vi: [...a.vi, ...p.vi], en: [...a.en, ...p.en], confidence: Math.min(a.confidence, p.confidence) }))] : complete).map((p, s) => {
      const sentenceKey = `${key}-s${s + 1}`;
      if (p.confidence < WEAK_PAIR) report.weak.push({ key: sentenceKey, confidence: p.confidence });
      return { key: sentenceKey, vi: p.vi.join(" "), en: p.en.join(" ") };
    });
    report.pairs += sentences.length;
    if (kind === "figure") {
      const viBlock = vi.blocks[draft.viBlock];
      const enBlock = draft.enBlock !== null ? en.blocks[draft.enBlock] : undefined;
      blocks.push({ kind: "figure", key, imageUrl: viBlock?.imageUrl ?? enBlock?.imageUrl ?? null, credit: creditPair(viBlock?.credit ?? null, enBlock?.credit ?? null), sentences });
    } else if (kind === "headline") {
      blocks.push({ kind: "headline", key, sentences });
    } else {
      blocks.push({ kind: "paragraph", key, sentences });
    }
  }
  const headline = blocks[0]?.sentences[0]?.vi ?? "";
  const content: ArticleContentInput = {
    schemaVersion: 1,
    slug: meta.slug ?? slugFrom(headline),
    originalLanguage: "vi",
    source: meta.source ?? { name: null, url: null, publishedOn: null },
    credits: meta.credits ?? { vi: "Bài và bản dịch do giáo viên nhập.", en: "Article and translation imported by a teacher." },
    blocks,
    glossary: [],
  };
  return { content, report, vi, en };
}
