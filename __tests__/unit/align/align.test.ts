// Aligning the two sides of an article: the team's alignment set (gold pairs written with the
// differences real translations have), the seed article re-split from plain text, and the
// anchors (numbers, names) that decide where lengths alone go wrong.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { alignDocuments, pairsAsText, WEAK_PAIR } from "@/lib/align/align";
import { scoreLinks, sumScores, type TextPair } from "@/lib/align/score";
import { splitDocument } from "@/lib/align/split";

const SET = join(__dirname, "..", "..", "fixtures", "align");
const documents = readdirSync(SET)
  .filter((f) => f.endsWith(".gold.json"))
  .sort()
  .map((f) => {
    const name = f.replace(/\.gold\.json$/u, "");
    const gold = JSON.parse(readFileSync(join(SET, f), "utf8")) as { edits: number; pairs: TextPair[] };
    return { name, edits: gold.edits, gold: gold.pairs, vi: readFileSync(join(SET, `${name}.vi.txt`), "utf8"), en: readFileSync(join(SET, `${name}.en.txt`), "utf8") };
  });
const align = (vi: string, en: string, lengthOnly = false) => pairsAsText(alignDocuments(splitDocument(vi, "vi"), splitDocument(en, "en"), { lengthOnly }));
const key = (p: TextPair) => JSON.stringify([[p.vi].flat().filter(Boolean), [p.en].flat().filter(Boolean)]);

describe("the alignment set", () => {
  it("has at least ten documents of 20–60 sentences, half of them with a translation's differences", () => {
    expect(documents.length).toBeGreaterThanOrEqual(10);
    for (const d of documents) expect(splitDocument(d.vi, "vi").blocks.flatMap((b) => b.sentences).length).toBeGreaterThanOrEqual(20);
    expect(documents.filter((d) => d.edits > 0).length).toBeGreaterThanOrEqual(documents.length / 2);
  });

  it("is aligned with an F1 of at least 0.97 over the set, and no document below 0.9", () => {
    const scores = documents.map((d) => ({ name: d.name, ...scoreLinks(align(d.vi, d.en), d.gold) }));
    for (const s of scores) expect({ name: s.name, ok: s.f1 >= 0.9 }).toEqual({ name: s.name, ok: true });
    expect(sumScores(scores).f1).toBeGreaterThanOrEqual(0.97);
    // Lengths alone do worse on the documents with a translation's differences.
    const baseline = sumScores(documents.map((d) => scoreLinks(align(d.vi, d.en, true), d.gold)));
    expect(sumScores(scores).f1).toBeGreaterThan(baseline.f1);
  });

  it("realigns the seed article's two sides exactly", () => {
    const seed = documents.find((d) => d.name === "01-waic-2025")!;
    expect(align(seed.vi, seed.en).map(key)).toEqual(seed.gold.map(key));
  });

  it("finds the sentence a translation left out, and the two it fused, as pairs of their own", () => {
    const doc = documents.find((d) => d.name === "03-asean-coffee")!;
    const pairs = align(doc.vi, doc.en);
    const dropped = pairs.filter((p) => p.en === "");
    expect(dropped.map((p) => p.vi)).toEqual([expect.stringContaining("Chúng ta không thể xây dựng một nền kinh tế số chung")]);
    const fused = pairs.find((p) => Array.isArray(p.vi));
    expect(fused?.vi).toHaveLength(2);
    expect(fused?.en).toEqual(expect.stringContaining(", and Hanoi pledged"));
  });

  it("flags few pairs: the right ones are mostly confident", () => {
    const pairs = documents.flatMap((d) => align(d.vi, d.en));
    expect(pairs.filter((p) => p.confidence >= WEAK_PAIR).length / pairs.length).toBeGreaterThan(0.95);
    for (const p of pairs) {
      expect(p.confidence).toBeGreaterThanOrEqual(0);
      expect(p.confidence).toBeLessThanOrEqual(1);
    }
  });
});

describe("anchors", () => {
  // Three Vietnamese sentences, two English ones: the middle one is missing in English, but
  // the lengths alone would drop the first.
  const vi = ["Tiêu đề bài viết", "Năm 2025 có 3.000 khách.", "Đà Nẵng đón thêm 45.000 lượt khách quốc tế trong tháng 7, chủ yếu từ Hàn Quốc.", "Ông Trần Văn Hùng nói thành phố sẽ mở thêm 12 đường bay vào cuối năm nay."].join("\n");
  const en = ["The article's headline", "Da Nang welcomed another 45,000 international visitors in July, mostly from South Korea.", "Tran Van Hung said the city would open 12 more routes by the end of this year."].join("\n");

  it("pairs sentences by the numbers and names they share, read across both number styles and without marks", () => {
    // Lengths alone fuse the dropped sentence with the next one.
    expect(align(vi, en, true).some((p) => Array.isArray(p.vi))).toBe(true);
    const pairs = align(vi, en);
    expect(pairs.map((p) => [p.vi, p.en])).toEqual([
      ["Tiêu đề bài viết", "The article's headline"],
      ["Năm 2025 có 3.000 khách.", ""],
      ["Đà Nẵng đón thêm 45.000 lượt khách quốc tế trong tháng 7, chủ yếu từ Hàn Quốc.", "Da Nang welcomed another 45,000 international visitors in July, mostly from South Korea."],
      ["Ông Trần Văn Hùng nói thành phố sẽ mở thêm 12 đường bay vào cuối năm nay.", "Tran Van Hung said the city would open 12 more routes by the end of this year."],
    ]);
  });

  it("reads known terms as anchors: a shared term makes its pair surer", () => {
    const viText = "Tiêu đề\nRobot thông minh thu hút khách.\nMô hình ngôn ngữ lớn được trưng bày ở đây.";
    const enText = "Headline\nIntelligent robots drew visitors.";
    const run = (terms: { vi: string; en: string }[]) => pairsAsText(alignDocuments(splitDocument(viText, "vi"), splitDocument(enText, "en"), { terms })).find((p) => p.en === "Intelligent robots drew visitors.");
    const without = run([]);
    const withTerm = run([{ vi: "robot thông minh", en: "intelligent robots" }]);
    expect(withTerm?.vi).toBe("Robot thông minh thu hút khách.");
    expect(withTerm!.confidence).toBeGreaterThan(without!.confidence + 0.05);
  });

  it("aligns two empty sides to nothing", () => {
    expect(align("", "")).toEqual([]);
  });
});
