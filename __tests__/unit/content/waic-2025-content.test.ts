// The seed article: the content file must hold the published Vietnamese text exactly,
// sentence for sentence, and a complete English translation aligned with it.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { linkGlossary } from "@/lib/content/glossary";
import { parseArticleContent, type ArticleContent } from "@/lib/content/schema";
import { allSentences, articleTextSentences } from "@/lib/content/sentences-of";
import { parseSourceText } from "@/lib/content/source-text";

const SEED = join(__dirname, "..", "..", "..", "prisma", "seed");
const sourceText = readFileSync(join(SEED, "sources", "waic-2025.vi.txt"), "utf8");
const article: ArticleContent = parseArticleContent(
  JSON.parse(readFileSync(join(SEED, "articles", "waic-2025.json"), "utf8")),
);
const source = parseSourceText(sourceText);
const sourceSentences = source.flatMap((b) => b.sentences);
const text = articleTextSentences(article);
const byKey = new Map(allSentences(article).map((s) => [s.key, s]));

/** Numbers written in a sentence, as values: "70.000" (vi) and "70,000" (en) are both 70000.
 * Day/month dates ("28/7") are kept apart, as are number words in English. */
function numbersIn(sentence: string, lang: "vi" | "en"): number[] {
  const words: Record<string, number> = { three: 3, first: 1, second: 2, third: 3 };
  const thousands = lang === "vi" ? /\./g : /,/g;
  const found = [...sentence.matchAll(/(?<![\p{L}\d/])\d[\d.,]*\d|(?<![\p{L}\d/])\d(?![\d/])/gu)].map((m) =>
    Number(m[0].replace(thousands, "").replace(",", ".")),
  );
  if (lang === "en") {
    for (const [word, n] of Object.entries(words)) {
      if (new RegExp(`\\b${word}\\b`, "i").test(sentence)) found.push(n);
    }
  }
  return found;
}

describe("the waic-2025 content file", () => {
  it("validates against the content schema", () => {
    expect(article.slug).toBe("waic-2025");
    expect(article.originalLanguage).toBe("vi");
  });

  it("has exactly the source's Vietnamese sentences, in order, verbatim", () => {
    expect(sourceSentences).toHaveLength(25);
    expect(text.map((s) => s.vi)).toEqual(sourceSentences);
    for (const s of text) expect(sourceText).toContain(s.vi);
  });

  it("keeps the source's block structure: headline, paragraphs and two figures with credits", () => {
    const kinds = article.blocks.filter((b) => b.kind !== "note").map((b) => b.kind);
    expect(kinds).toEqual(source.map((b) => b.kind));
    const figures = article.blocks.filter((b) => b.kind === "figure");
    expect(figures.map((f) => f.credit)).toEqual([
      { vi: "Ảnh: Xinhua", en: "Photo: Xinhua" },
      { vi: "Ảnh: Creaders", en: "Photo: Creaders" },
    ]);
  });

  it("gives every sentence pair a non-empty Vietnamese and English side", () => {
    for (const s of allSentences(article)) {
      expect(s.vi.trim()).not.toBe("");
      expect(s.en.trim()).not.toBe("");
      expect(s.en).not.toBe(s.vi);
    }
  });

  it("carries every number of the Vietnamese into the English", () => {
    for (const s of text) {
      const en = numbersIn(s.en, "en");
      for (const n of numbersIn(s.vi, "vi")) expect({ key: s.key, n, found: en.includes(n) }).toEqual({ key: s.key, n, found: true });
    }
    expect(byKey.get("p2-s2")?.en).toContain("70,000");
    expect(byKey.get("p1-s2")?.en).toContain("26 to 28 July");
    expect(byKey.get("f1-s1")?.en).toContain("27 July");
  });

  it("keeps the headline's claim as published", () => {
    const headline = byKey.get("h-s1");
    expect(headline?.en).toMatch(/efficiency by 20%.*defects by 35%/);
  });

  it("writes names in their standard English form", () => {
    const pairs: [string, string][] = [
      ["Lý Cường", "Li Qiang"],
      ["Tập Cận Bình", "Xi Jinping"],
      ["Thượng Hải", "Shanghai"],
      ["Bắc Kinh", "Beijing"],
      ["WAIC 2025", "WAIC 2025"],
      ["Eric Schmidt", "Eric Schmidt"],
    ];
    for (const [vi, en] of pairs) {
      const withName = text.filter((s) => s.vi.includes(vi));
      expect(withName.length).toBeGreaterThan(0);
      for (const s of withName) expect({ key: s.key, en: s.en.includes(en) }).toEqual({ key: s.key, en: true });
    }
  });

  it("keeps 'Geoffrey Hilton' in the Vietnamese, writes Hinton in English and explains it in a note", () => {
    const hinton = text.find((s) => s.vi.includes("Geoffrey Hilton"));
    expect(hinton?.en).toContain("Geoffrey Hinton");
    for (const s of text) expect(s.en).not.toContain("Hilton");
    const note = article.blocks.find((b) => b.kind === "note");
    expect(note?.kind === "note" && note.refersTo).toBe(hinton?.key);
    expect(note?.sentences.map((s) => s.en).join(" ")).toMatch(/Hilton.*Hinton/);
    expect(note?.sentences.map((s) => s.vi).join(" ")).toMatch(/Hilton.*Hinton/);
  });

  describe("glossary", () => {
    const links = linkGlossary(article);

    it("has at least 30 terms, including the key ones", () => {
      expect(article.glossary.length).toBeGreaterThanOrEqual(30);
      const pairs = article.glossary.map((t) => `${t.vi} — ${t.en}`);
      expect(pairs).toEqual(
        expect.arrayContaining([
          "trí tuệ nhân tạo — artificial intelligence",
          "mô hình ngôn ngữ lớn — large language model",
          "Nam bán cầu — Global South",
          "quản trị toàn cầu — global governance",
        ]),
      );
    });

    it("links every term to at least one sentence whose English contains its equivalent", () => {
      for (const term of article.glossary) {
        const keys = links.get(term.key) ?? [];
        expect({ term: term.key, linked: keys.length > 0 }).toEqual({ term: term.key, linked: true });
        const forms = [term.en, ...(term.enForms ?? [])].map((f) => f.toLowerCase());
        for (const key of keys) {
          const en = byKey.get(key)?.en.toLowerCase() ?? "";
          expect({ term: term.key, key, found: forms.some((f) => en.includes(f)) }).toEqual({ term: term.key, key, found: true });
        }
      }
    });

    it("notes every term in both languages", () => {
      for (const term of article.glossary) {
        expect(term.note.vi).toMatch(/[\u00C0-\u1EF9]/); // Vietnamese letters with diacritics
        expect(term.note.en).toMatch(/[a-z]/);
      }
    });
  });
});

describe("parseArticleContent", () => {
  const valid = JSON.parse(readFileSync(join(SEED, "articles", "waic-2025.json"), "utf8"));

  it("rejects a note that refers to a missing sentence", () => {
    const broken = structuredClone(valid);
    const note = broken.blocks.find((b: { kind: string }) => b.kind === "note");
    note.refersTo = "p99-s1";
    expect(() => parseArticleContent(broken)).toThrow(/unknown sentence p99-s1/);
  });

  it("rejects duplicate sentence keys and empty text", () => {
    const dup = structuredClone(valid);
    dup.blocks[1].sentences[1].key = dup.blocks[1].sentences[0].key;
    expect(() => parseArticleContent(dup)).toThrow(/duplicate sentence key/);
    const empty = structuredClone(valid);
    empty.blocks[1].sentences[0].en = "  ";
    expect(() => parseArticleContent(empty)).toThrow(/Invalid article content/);
  });

  it("rejects text that is not NFC", () => {
    const nfd = structuredClone(valid);
    nfd.blocks[1].sentences[0].vi = nfd.blocks[1].sentences[0].vi.normalize("NFD");
    expect(() => parseArticleContent(nfd)).toThrow(/NFC/);
  });
});

describe("parseArticleContent links", () => {
  const valid = JSON.parse(readFileSync(join(SEED, "articles", "waic-2025.json"), "utf8"));

  it("accepts web addresses and refuses script or data URLs", () => {
    const withSource = structuredClone(valid);
    withSource.source.url = "https://example.com/bai-bao";
    expect(parseArticleContent(withSource).source.url).toBe("https://example.com/bai-bao");
    for (const url of ["javascript:alert(1)", "data:text/html,<b>x</b>"]) {
      const bad = structuredClone(valid);
      bad.source.url = url;
      expect(() => parseArticleContent(bad)).toThrow(/Invalid article content/);
    }
  });
});
