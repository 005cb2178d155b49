// Reviewing an import: every change to the pairs, undo, which pairs need a look, and the
// content a draft publishes as (keys kept through edits, sentences without a partner kept).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { applyChange, contentFromDraft, DraftChangeError, draftFromTexts, needsLook, type DraftDetails, type DraftState } from "@/lib/align/draft";
import { parseArticleContent } from "@/lib/content/schema";

const SET = join(__dirname, "..", "..", "fixtures", "align");
const details: DraftDetails = { sourceName: "Song Ngữ", sourceUrl: null, publishedOn: null, credit: null, level: "B1", topics: ["kinh tế"], visibility: "site" };
const draftOf = (name: string) => draftFromTexts(readFileSync(join(SET, `${name}.vi.txt`), "utf8"), readFileSync(join(SET, `${name}.en.txt`), "utf8"), details);
const texts = (s: DraftState) => s.pairs.map((p) => [p.vi, p.en]);

const small = () =>
  draftFromTexts("Tiêu đề\nCâu một nói về 3 người. Câu hai nói về 45 người.\nCâu ba có 7 cây.", "Headline\nSentence one is about 3 people. Sentence two is about 45 people.\nSentence three has 7 trees.", details);

describe("a draft from two texts", () => {
  it("holds every sentence of both texts once, in reading order, and flags the pairs without a partner", () => {
    const draft = draftOf("03-asean-coffee");
    const vi = draft.pairs.flatMap((p) => p.vi);
    expect(new Set(vi).size).toBe(vi.length);
    const lonely = draft.pairs.filter((p) => p.en.length === 0);
    expect(lonely).toHaveLength(1);
    expect(needsLook(lonely[0]!)).toBe(true);
    expect(draft.pairs.filter(needsLook).length).toBeLessThan(draft.pairs.length / 5);
    // The texts as brought are kept, whatever review fixes later.
    expect(draft.original).toEqual({ vi: readFileSync(join(SET, "03-asean-coffee.vi.txt"), "utf8"), en: readFileSync(join(SET, "03-asean-coffee.en.txt"), "utf8") });
  });

  it("publishes as content the seed loader accepts, with the sentence without a partner kept", () => {
    const content = parseArticleContent(contentFromDraft(draftOf("03-asean-coffee")));
    const all = content.blocks.flatMap((b) => b.sentences);
    expect(all.filter((s) => s.vi.includes("Chúng ta không thể xây dựng"))).toHaveLength(1);
    expect(content.blocks[0]!.kind).toBe("headline");
    expect(new Set(all.map((s) => s.key)).size).toBe(all.length);
  });
});

describe("changes to a draft", () => {
  it("merges a pair with the next, splits it back at a chosen point, and undoes each step", () => {
    const start = small();
    const [, one, two] = start.pairs;
    const merged = applyChange(start, { op: "merge-next", pair: one!.id });
    expect(texts(merged)[1]).toEqual([[...one!.vi, ...two!.vi], [...one!.en, ...two!.en]]);
    expect(merged.pairs[1]!.checked).toBe(true);
    const split = applyChange(merged, { op: "split-pair", pair: one!.id, vi: 1, en: 1 });
    expect(texts(split)).toEqual(texts(start));
    expect(texts(applyChange(split, { op: "undo" }))).toEqual(texts(merged));
    expect(texts(applyChange(applyChange(split, { op: "undo" }), { op: "undo" }))).toEqual(texts(start));
  });

  it("splits a sentence at a point, moves a sentence to the neighbouring pair, marks no translation", () => {
    const start = small();
    const one = start.pairs[1]!;
    const cut = applyChange(start, { op: "split-sentence", pair: one.id, side: "en", sentence: 0, before: "is about" });
    expect(cut.pairs[1]!.en).toEqual(["Sentence one", "is about 3 people."]);
    const moved = applyChange(start, { op: "move", pair: one.id, side: "vi", to: "next" });
    expect(moved.pairs[1]!.vi).toEqual([]);
    expect(moved.pairs[2]!.vi).toEqual(["Câu một nói về 3 người.", "Câu hai nói về 45 người."]);
    const lonely = applyChange(start, { op: "no-translation", pair: one.id });
    expect(texts(lonely).slice(1, 3)).toEqual([
      [one.vi, []],
      [[], one.en],
    ]);
    expect(lonely.pairs.filter(needsLook)).toEqual([]);
  });

  it("fixes a typo in one sentence and keeps the original text of the import elsewhere", () => {
    const start = small();
    const edited = applyChange(start, { op: "edit", pair: start.pairs[3]!.id, side: "en", sentence: 0, text: "Sentence three has seven trees." });
    expect(edited.pairs[3]!.en).toEqual(["Sentence three has seven trees."]);
    expect(edited.pairs.slice(0, 3)).toEqual(start.pairs.slice(0, 3));
  });

  it("refuses a change that cannot apply", () => {
    const start = small();
    expect(() => applyChange(start, { op: "merge-next", pair: start.pairs[start.pairs.length - 1]!.id })).toThrow(DraftChangeError);
    expect(() => applyChange(start, { op: "split-pair", pair: start.pairs[1]!.id, vi: 0, en: 0 })).toThrow(DraftChangeError);
    expect(() => applyChange(start, { op: "confirm", pair: "nope" })).toThrow(DraftChangeError);
    expect(() => applyChange(start, { op: "undo" })).toThrow(DraftChangeError);
  });

  it("keeps a published pair's key through merges and gives new pairs keys of their own", () => {
    const start = small();
    const keyed: DraftState = { ...start, slug: "bai-cu", pairs: start.pairs.map((p, i) => ({ ...p, key: i === 0 ? "h-s1" : `p1-s${i}` })), blocks: start.blocks.map((b, i) => ({ ...b, key: i === 0 ? "h" : `p${i}` })) };
    const split = applyChange(keyed, { op: "split-sentence", pair: keyed.pairs[1]!.id, side: "vi", sentence: 0, before: "nói về 3" });
    const apart = applyChange(split, { op: "split-pair", pair: keyed.pairs[1]!.id, vi: 1, en: 0 });
    const content = parseArticleContent(contentFromDraft(apart));
    expect(content.slug).toBe("bai-cu");
    const keys = content.blocks.flatMap((b) => b.sentences.map((s) => s.key));
    expect(keys).toEqual(expect.arrayContaining(["h-s1", "p1-s1", "p1-s2", "p1-s3"]));
    expect(new Set(keys).size).toBe(keys.length);
  });
});
