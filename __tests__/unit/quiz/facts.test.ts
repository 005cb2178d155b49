import { extractFacts } from "@/lib/quiz/facts";
import type { EntityFact, EnumerationFact, NumberFact, QuotationFact } from "@/lib/quiz/types";
import { secondArticle, seedArticle } from "../../helpers/quiz-articles";

const facts = extractFacts(seedArticle);
const numbers = facts.filter((f): f is NumberFact => f.type === "number");
const entities = facts.filter((f): f is EntityFact => f.type === "entity");

describe("facts of the seed article", () => {
  it("pairs every Vietnamese number with the right English one, with what it counts", () => {
    expect(numbers.map((f) => [f.vi.text, f.en.text])).toEqual([
      ["20%", "20%"],
      ["35%", "35%"],
      ["40%", "40%"],
      ["26 đến 28/7", "26 to 28 July"],
      ["800", "800"],
      ["3000", "3,000"],
      ["40", "40"],
      ["50", "50"],
      ["60", "60"],
      ["80", "80"],
      ["70.000", "70,000"],
      ["27/7", "27 July"],
      ["ba", "three"],
      ["3", "three"],
      ["13", "13"],
    ]);
    const counted = (vi: string) => numbers.find((f) => f.vi.text === vi);
    expect([counted("800")?.vi.counted, counted("800")?.en.counted]).toEqual(["doanh nghiệp", "domestic and foreign enterprises"]);
    expect([counted("50")?.vi.counted, counted("50")?.en.counted]).toEqual(["thiết bị AI đầu cuối", "AI terminal devices"]);
    expect(counted("70.000")?.vi.unit).toBe("m2");
    expect([counted("3000")?.vi.qualifier, counted("3000")?.en.qualifier]).toEqual(["hơn", "more than"]);
  });

  it("does not read the year of a name (WAIC 2025) as a number fact", () => {
    expect(numbers.some((f) => f.vi.value === 2025)).toBe(false);
  });

  it("finds the people, places, organisations, events and documents, paired across the languages", () => {
    const names = new Set(entities.map((e) => `${e.kind}: ${e.name.vi} = ${e.name.en}`));
    for (const expected of [
      "person: Lý Cường = Li Qiang",
      "person: Tập Cận Bình = Xi Jinping",
      "person: Geoffrey Hilton = Geoffrey Hinton",
      "person: Eric Schmidt = Eric Schmidt",
      "place: Thượng Hải = Shanghai",
      "place: Bắc Kinh = Beijing",
      "place: Trung Quốc = China",
      "organization: Google = Google",
      "organization: Tổ chức Hợp tác Trí tuệ nhân tạo Thế giới = World Artificial Intelligence Cooperation Organization",
      "event: WAIC 2025 = WAIC 2025",
      "document: Đồng thuận An toàn AI Thượng Hải = Shanghai AI Safety Consensus",
      "document: Kế hoạch Hành động Toàn cầu về Quản trị AI = Global AI Governance Action Plan",
      "document: Đoàn kết toàn cầu trong kỷ nguyên AI = Global Solidarity in the AI Era",
    ]) {
      expect(names).toContain(expected);
    }
    // "Thượng Hải" inside the Shanghai AI Safety Consensus is part of that name, not a place of its own.
    expect(entities.some((e) => e.name.vi === "Thượng Hải" && e.sentenceIds[0] === "waic-2025:p9-s3")).toBe(false);
  });

  it("attributes each quotation to its speaker", () => {
    const quotes = facts.filter((f): f is QuotationFact => f.type === "quotation");
    expect(quotes.map((q) => [q.quote.vi, q.quote.en, q.speaker.name.en])).toEqual([
      ["trò chơi độc quyền", "exclusive game", "Li Qiang"],
      ["nút thắt cổ chai", "bottlenecks", "Li Qiang"],
      ["nuôi hổ", "raising a tiger", "Geoffrey Hinton"],
      ["lan can an toàn", "safety guardrails", "Eric Schmidt"],
    ]);
    expect(facts.find((f) => f.type === "epithet")).toMatchObject({ epithet: { vi: "Cha đẻ của AI" }, person: { name: { en: "Geoffrey Hinton" } } });
  });

  it("finds the enumerations in the article's order, once each", () => {
    const lists = facts.filter((f): f is EnumerationFact => f.type === "enumeration");
    expect(lists.map((l) => l.items.map((i) => i.en))).toEqual([
      ["40 large language models (LLMs)", "50 AI terminal devices", "60 intelligent robots", "80 products making their global debut"],
      ["academic breakthroughs", "software-hardware integration", "global governance"],
      ["international cooperation", "building an open innovation ecosystem", "developing global digital infrastructure"],
      ["sharing benefits fairly", "promoting cooperation in innovation", "building a global governance mechanism for AI"],
    ]);
  });

  it("takes each glossary term (not a name) in a sentence where both sides write it", () => {
    const terms = facts.filter((f) => f.type === "term");
    expect(terms.length).toBeGreaterThanOrEqual(55);
  });
});

describe("facts of the second article", () => {
  const second = extractFacts(secondArticle);

  it("reads decimal commas, money and ranges", () => {
    const pairs = second.filter((f): f is NumberFact => f.type === "number").map((f) => [f.vi.text, f.en.text, f.vi.unit ?? null]);
    expect(pairs).toEqual(
      expect.arrayContaining([
        ["10,5", "10.5", "km"],
        ["450", "450", "vnd"],
        ["2.000", "2,000", null],
        ["5 đến 9/4", "5 to 9 April", null],
        ["12/3", "12 March", null],
      ]),
    );
  });

  it("attributes the quotations to the right people", () => {
    const quotes = second.filter((f): f is QuotationFact => f.type === "quotation").map((q) => [q.quote.en, q.speaker.name.en]);
    expect(quotes).toEqual([
      ["a gift to pedestrians", "Nguyen Thi Lan"],
      ["to give the river back to the people", "Tran Van Minh"],
    ]);
  });
});

describe("names the glossary does not list", () => {
  it("finds Latin-script names written alike in both languages and guesses their kind", () => {
    const article = {
      slug: "t",
      sentences: [{ id: "t:s1", blockId: "t:p1", vi: "Ông Sundar Pichai của Google phát biểu tại Tokyo.", en: "Sundar Pichai of Google spoke in Tokyo." }],
      glossary: [],
    };
    const found = extractFacts(article).filter((f): f is EntityFact => f.type === "entity");
    expect(found.map((e) => [e.kind, e.name.en])).toEqual([
      ["person", "Sundar Pichai"],
      ["organization", "Google"],
      ["place", "Tokyo"],
    ]);
  });
});
