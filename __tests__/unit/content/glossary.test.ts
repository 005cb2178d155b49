import { containsPhrase, findPhrase, matchesSearch, segmentByTerms } from "@/lib/content/glossary";

describe("glossary phrase matching", () => {
  it("matches a multi-syllable Vietnamese term as a whole phrase, case-insensitively", () => {
    expect(findPhrase("Hội nghị Trí tuệ nhân tạo Thế giới về trí tuệ nhân tạo", "trí tuệ nhân tạo")).toEqual([9, 38]);
  });

  it("does not match syllables inside other words", () => {
    expect(containsPhrase("bản toàn văn", "an toàn")).toBe(false);
    expect(containsPhrase("lan can an toàn", "an toàn")).toBe(true);
    expect(containsPhrase("chủ đề xuất sắc", "đề xuất")).toBe(true);
    expect(containsPhrase("các nước đang phát triểnx", "nước đang phát triển")).toBe(false);
  });

  it("treats tone marks as part of the word: 'an toan' is not 'an toàn'", () => {
    expect(containsPhrase("phát triển an toàn", "an toan")).toBe(false);
  });

  it("matches text in NFD against a term in NFC", () => {
    expect(containsPhrase("Nam bán cầu".normalize("NFD"), "Nam bán cầu")).toBe(true);
  });

  it("matches next to punctuation and quotes", () => {
    expect(containsPhrase('những "nút thắt cổ chai" như', "nút thắt cổ chai")).toBe(true);
    expect(containsPhrase("(LLM), 50 thiết bị", "LLM")).toBe(true);
  });
});

describe("segmentByTerms", () => {
  const vi = [
    { id: "an-toan", forms: ["an toàn"] },
    { id: "lan-can", forms: ["lan can an toàn"] },
    { id: "tri-tue", forms: ["trí tuệ nhân tạo"] },
  ];

  it("marks whole terms and keeps the text around them, losing nothing", () => {
    const text = "Hội nghị Trí tuệ nhân tạo bàn về an toàn.";
    const segments = segmentByTerms(text, vi, "vi");
    expect(segments).toEqual([
      { text: "Hội nghị " },
      { text: "Trí tuệ nhân tạo", termId: "tri-tue" },
      { text: " bàn về " },
      { text: "an toàn", termId: "an-toan" },
      { text: "." },
    ]);
    expect(segments.map((s) => s.text).join("")).toBe(text);
  });

  it("prefers the longer term where two overlap", () => {
    expect(segmentByTerms('tích hợp "lan can an toàn" ngay', vi, "vi")).toEqual([
      { text: 'tích hợp "' },
      { text: "lan can an toàn", termId: "lan-can" },
      { text: '" ngay' },
    ]);
  });

  it("matches English forms with a plural or -ed/-ly ending, but not inside words", () => {
    const en = [
      { id: "enterprise", forms: ["enterprise"] },
      { id: "safety", forms: ["safety", "safe"] },
      { id: "era", forms: ["era"] },
    ];
    const segments = segmentByTerms("800 enterprises develop safely in a new era of generations.", en, "en");
    expect(segments.filter((s) => s.termId).map((s) => [s.text, s.termId])).toEqual([
      ["enterprises", "enterprise"],
      ["safely", "safety"],
      ["era", "era"],
    ]);
  });

  it("returns the sentence whole when no term occurs", () => {
    expect(segmentByTerms("Không có gì.", vi, "vi")).toEqual([{ text: "Không có gì." }]);
  });
});

describe("matchesSearch", () => {
  const term = ["trí tuệ nhân tạo", "artificial intelligence"];

  it("finds Vietnamese typed with or without its marks, and English", () => {
    expect(matchesSearch(term, "trí tuệ")).toBe(true);
    expect(matchesSearch(term, "tri tue")).toBe(true);
    expect(matchesSearch(term, "INTELLIGENCE")).toBe(true);
    expect(matchesSearch(["Đồng thuận", "consensus"], "dong thuan")).toBe(true);
  });

  it("needs every word of the query", () => {
    expect(matchesSearch(term, "tri robot")).toBe(false);
    expect(matchesSearch(term, "   ")).toBe(true);
  });
});
