// From two pasted texts to an article content file: the seed's own blocks come back from its
// plain text, a sentence with no partner is kept and reported, and the result loads as any
// seed article does.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { importArticle, slugFrom } from "@/lib/align/content";
import { parseArticleContent } from "@/lib/content/schema";

const SET = join(__dirname, "..", "..", "fixtures", "align");
const ROOT = join(__dirname, "..", "..", "..");
const read = (name: string) => readFileSync(join(SET, name), "utf8");

describe("importing two texts as an article", () => {
  it("gives back the seed article's blocks, sentences and photo credits from its two plain texts", () => {
    const seed = parseArticleContent(JSON.parse(readFileSync(join(ROOT, "prisma", "seed", "articles", "waic-2025.json"), "utf8")));
    const { content, report } = importArticle(read("01-waic-2025.vi.txt"), read("01-waic-2025.en.txt"));
    const imported = parseArticleContent(content);
    const shape = (blocks: typeof seed.blocks) =>
      blocks.filter((b) => b.kind !== "note").map((b) => ({ kind: b.kind, credit: b.kind === "figure" ? b.credit : null, sentences: b.sentences.map((s) => [s.vi, s.en]) }));
    expect(shape(imported.blocks)).toEqual(shape(seed.blocks));
    expect(imported.blocks.map((b) => b.key).slice(0, 5)).toEqual(["h", "p1", "p2", "f1", "p3"]);
    expect(imported.blocks[1]!.sentences.map((s) => s.key)).toEqual(["p1-s1", "p1-s2"]);
    expect(report.pairs).toBe(25);
    expect(report.unpaired).toEqual([]);
    expect(imported.slug).toBe("ai-giup-cong-ty-trung-quoc-tang-20-hieu-suat-san-xuat-giam");
  });

  it("keeps a sentence the translation left out, with the pair before it, and reports it", () => {
    const { content, report } = importArticle(read("03-asean-coffee.vi.txt"), read("03-asean-coffee.en.txt"));
    const imported = parseArticleContent(content);
    expect(report.unpaired).toEqual([{ key: expect.stringMatching(/^p\d+-s\d+$/u), side: "vi", text: expect.stringContaining("Chúng ta không thể xây dựng") }]);
    const all = imported.blocks.flatMap((b) => b.sentences);
    // Every Vietnamese sentence is in the reading, once.
    expect(all.filter((s) => s.vi.includes("Chúng ta không thể xây dựng"))).toHaveLength(1);
    expect(all.map((s) => s.vi).join(" ").length).toBeGreaterThan(read("03-asean-coffee.vi.txt").replace(/\s+/gu, " ").length * 0.95);
  });

  it("writes the source given and a slug from the headline, marks folded", () => {
    const { content } = importArticle("Đà Nẵng khánh thành cầu\nCâu một.", "Da Nang opens a bridge\nSentence one.", { source: { name: "Báo Đà Nẵng", url: "https://example.org/a", publishedOn: "2026-05-12" } });
    expect(parseArticleContent(content).source).toEqual({ name: "Báo Đà Nẵng", url: "https://example.org/a", publishedOn: "2026-05-12" });
    expect(content.slug).toBe("da-nang-khanh-thanh-cau");
    expect(slugFrom("!!!")).toBe("bai-viet");
    expect(slugFrom("a".repeat(40) + " " + "b".repeat(40)).length).toBeLessThanOrEqual(60);
  });
});
