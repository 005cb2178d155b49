import { markSentences } from "@/lib/content/marking";

const sentences = [
  { id: "a:s1", vi: "Các nước Nam bán cầu cần an toàn.", en: "Countries of the Global South need safety." },
  { id: "a:s2", vi: "Một câu khác về an toàn.", en: "Another sentence about the global south, safely." },
];
const terms = [
  { id: "a:nam", vi: "Nam bán cầu", en: "Global South", enForms: [], sentenceIds: ["a:s1"] },
  { id: "a:an-toan", vi: "an toàn", en: "safety", enForms: ["safe"], sentenceIds: ["a:s1", "a:s2"] },
];

describe("markSentences", () => {
  const marked = markSentences(sentences, terms);
  const termsOf = (id: string, lang: "vi" | "en") => marked.get(id)?.[lang].filter((s) => s.termId).map((s) => [s.text, s.termId]);

  it("marks each linked term on both sides of the pair", () => {
    expect(termsOf("a:s1", "vi")).toEqual([["Nam bán cầu", "a:nam"], ["an toàn", "a:an-toan"]]);
    expect(termsOf("a:s1", "en")).toEqual([["Global South", "a:nam"], ["safety", "a:an-toan"]]);
  });

  it("only looks for a term in the sentences it is linked to", () => {
    // "global south" occurs in s2's English, but the term is not linked to s2.
    expect(termsOf("a:s2", "en")).toEqual([["safely", "a:an-toan"]]);
  });
});
