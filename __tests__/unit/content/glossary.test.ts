import { containsPhrase, findPhrase } from "@/lib/content/glossary";

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
