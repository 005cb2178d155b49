import fc from "fast-check";
import { grade } from "@/lib/quiz/grade";
import { generateQuestionBank } from "@/lib/quiz/generate";
import { formatNumber } from "@/lib/quiz/numbers";
import type { Question, Response } from "@/lib/quiz/types";
import { corpus } from "../../helpers/corpus";
import { seedArticle } from "../../helpers/quiz-articles";

const bank = generateQuestionBank(seedArticle, "cross");

/** The response that answers a question exactly as its key says. */
function keyResponse(q: Question): Response {
  const a = q.answer;
  switch (a.kind) {
    case "option":
      return { optionId: a.optionId };
    case "text":
      return { text: a.display };
    case "pairs":
      return { pairs: a.pairs };
    case "order":
      return { order: a.itemIds };
  }
}

const textQuestion = (display: string, accepted: string[], numeric?: number): Question => ({
  ...(bank.find((q) => q.answer.kind === "text") as Question),
  answer: { kind: "text", display, accepted, ...(numeric !== undefined ? { numeric } : {}) },
});

describe("grade", () => {
  it("gives full marks to the answer key of every question in the bank", () => {
    for (const q of bank) expect({ id: q.id, ...grade(q, keyResponse(q)) }).toMatchObject({ id: q.id, correct: true, score: 1 });
  });

  it("gives nothing for a wrong choice and names the right one", () => {
    const q = bank.find((x) => x.type === "who-said-it") as Question;
    const wrong = q.options?.find((o) => q.answer.kind === "option" && o.id !== q.answer.optionId);
    const result = grade(q, { optionId: wrong?.id ?? "" });
    expect(result).toMatchObject({ correct: false, score: 0 });
    expect(q.options?.map((o) => o.text)).toContain(result.expected);
  });

  it("accepts a number in either language's style", () => {
    const q = textQuestion("70.000", ["70.000", "70,000"], 70000);
    for (const typed of ["70.000", "70,000", "70000", " 70 000 ".replace(/ /g, "")]) {
      expect(grade(q, { text: typed }).correct).toBe(true);
    }
    expect(grade(q, { text: "7.000" }).correct).toBe(false);
    const decimal = textQuestion("10,5", ["10,5"], 10.5);
    expect(grade(decimal, { text: "10.5" }).correct).toBe(true);
    expect(grade(decimal, { text: "10,5" }).correct).toBe(true);
  });

  it("accepts any number written in either style (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e9 }), fc.constantFrom("vi" as const, "en" as const), (n, lang) => {
        expect(grade(textQuestion(String(n), [String(n)], n), { text: formatNumber(n, lang) }).correct).toBe(true);
        expect(grade(textQuestion(String(n), [String(n)], n), { text: formatNumber(n + 1, lang) }).correct).toBe(false);
      }),
    );
  });

  it("is tolerant of case, spaces and Unicode form", () => {
    const q = textQuestion("Thượng Hải", ["Thượng Hải"]);
    expect(grade(q, { text: "  thượng   HẢI " })).toMatchObject({ correct: true, notes: [] });
    expect(grade(q, { text: "Thượng Hải".normalize("NFD") })).toMatchObject({ correct: true, notes: [] });
  });

  it("takes a compound written with a space or a hyphen as the same word, but not a name", () => {
    const q = textQuestion("bed-sharing", ["bed-sharing"]);
    expect(grade(q, { text: "bed sharing" })).toMatchObject({ correct: true, notes: [] });
    expect(grade(q, { text: "bedsharing" })).toMatchObject({ correct: true, notes: ["typo"] });
    expect(grade(q, { text: "bed" }).correct).toBe(false);
    const name: Question = { ...q, answer: { kind: "text", display: "Cao-Bang", accepted: [], typos: "none" } };
    expect(grade(name, { text: "Cao Bang" }).correct).toBe(false);
  });

  it("accepts Vietnamese typed without its marks, but says so", () => {
    const q = textQuestion("Lý Cường", ["Lý Cường"]);
    expect(grade(q, { text: "Ly Cuong" })).toEqual({ correct: true, score: 1, expected: "Lý Cường", notes: ["missing-diacritics"] });
    expect(grade(q, { text: "Ly Cuon" }).notes).toEqual(["missing-diacritics", "typo"]);
    expect(grade(q, { text: "Bắc Kinh" }).correct).toBe(false);
  });

  it("accepts a date or range written either way", () => {
    const day = textQuestion("27/7", ["27/7", "27 July", "July 27"]);
    for (const typed of ["27/7", "27 july", "July 27"]) expect(grade(day, { text: typed }).correct).toBe(true);
    const range = textQuestion("26 đến 28/7", ["26-28/7", "26 đến 28/7", "26-28 July", "26 to 28 July"]);
    for (const typed of ["26-28/7", "26 – 28/7", "26 to 28 July", "26 đến 28/7"]) expect(grade(range, { text: typed }).correct).toBe(true);
    expect(grade(range, { text: "27-28/7" }).correct).toBe(false);
  });

  it("gives partial credit for matching and ordering", () => {
    const matching = bank.find((q) => q.type === "matching") as Question;
    const pairs = matching.answer.kind === "pairs" ? matching.answer.pairs : {};
    const lefts = Object.keys(pairs);
    const swapped = { ...pairs, [lefts[0] ?? ""]: pairs[lefts[1] ?? ""] ?? "", [lefts[1] ?? ""]: pairs[lefts[0] ?? ""] ?? "" };
    expect(grade(matching, { pairs: swapped })).toMatchObject({ correct: false, score: (lefts.length - 2) / lefts.length });

    const ordering = bank.find((q) => q.type === "ordering" && q.answer.kind === "order" && q.answer.itemIds.length === 3) as Question;
    const ids = ordering.answer.kind === "order" ? ordering.answer.itemIds : [];
    expect(grade(ordering, { order: [ids[1] ?? "", ids[0] ?? "", ids[2] ?? ""] })).toMatchObject({ correct: false, score: 2 / 3 });
    expect(grade(ordering, { order: [...ids].reverse() }).score).toBe(0);
  });

  it("scores any response between 0 and 1 and never marks a wrong choice right (property)", () => {
    const choice = bank.filter((q) => q.answer.kind === "option");
    fc.assert(
      fc.property(fc.integer({ min: 0, max: choice.length - 1 }), fc.integer({ min: 0, max: 10 }), (i, pick) => {
        const q = choice[i] as Question;
        const option = q.options?.[pick % (q.options?.length ?? 1)];
        const result = grade(q, { optionId: option?.id ?? "" });
        expect(result.score).toBeGreaterThanOrEqual(0);
        expect(result.score).toBeLessThanOrEqual(1);
        expect(result.correct).toBe(q.answer.kind === "option" && option?.id === q.answer.optionId);
      }),
    );
  });

  it("gives nothing for a response of the wrong shape", () => {
    const q = bank.find((x) => x.type === "ordering") as Question;
    expect(grade(q, { text: "anything" })).toMatchObject({ correct: false, score: 0 });
  });
});

describe("grading typed answers fairly, both ways", () => {
  const typed = (lang: "vi" | "en", display: string, article = seedArticle) => {
    const q = generateQuestionBank(article, lang).find((x) => x.input === "text" && x.answer.kind === "text" && x.answer.display === display);
    if (!q) throw new Error(`no typed question with the key ${display}`);
    return q;
  };
  const verdicts = (q: Question, answers: string[]) => Object.fromEntries(answers.map((a) => [a, grade(q, { text: a }).correct]));
  const all = (answers: string[], value: boolean) => Object.fromEntries(answers.map((a) => [a, value]));

  it.each([
    ["vi", "70.000", ["70.000", "70 nghìn", "70 ngàn", "70k", "hơn 70.000", "trên 70.000", "70.000 m2", "70000", "70,000"], ["70", "7.000", "700.000", "70.000 km", "70.000%"]],
    ["en", "70,000", ["70,000", "70 thousand", "70k", "more than 70,000", "70,000 square meters", "70.000"], ["70", "7,000", "70,000 km"]],
    ["vi", "40%", ["40%", "40", "40 phần trăm", "tới 40%", "bốn mươi phần trăm"], ["40.000%", "4%", "400%", "40 km"]],
    ["vi", "3", ["3", "ba", "three"], ["3.000", "13", "30"]],
    ["vi", "13", ["13", "mười ba", "thirteen"], ["3", "130", "1,3"]],
    ["vi", "27/7", ["27/7", "ngày 27/7", "27 tháng 7", "27-7", "27 July", "July 27"], ["26/7", "27/8", "7/27"]],
    ["vi", "26 đến 28/7", ["26 đến 28/7", "26-28/7", "từ 26 đến 28/7", "26/7 - 28/7", "July 26-28", "26 to 28 July"], ["27-28/7", "26-28/8"]],
    ["en", "26 to 28 July", ["26 to 28 July", "July 26-28", "26-28 July", "from 26 to 28 July", "26-28/7"], ["26 to 28 June", "27 to 28 July"]],
  ] as const)("in %s, for %s", (lang, display, right, wrong) => {
    const q = typed(lang, display);
    expect(verdicts(q, [...right, ...wrong])).toEqual({ ...all([...right], true), ...all([...wrong], false) });
  });

  it("reads a year, and never a year written like a thousand", () => {
    const q = typed("vi", "2030", corpus.find((c) => c.slug === "asean-digital-policy")?.article);
    expect(verdicts(q, ["2030", "năm 2030", "đến năm 2030", "2.030", "2029", "2,030"])).toEqual({ "2030": true, "năm 2030": true, "đến năm 2030": true, "2.030": false, "2029": false, "2,030": false });
  });

  it("accepts Vietnamese typed with no marks at all, and never a changed tone mark", () => {
    const term = textQuestion("nhân tài", ["nhân tài"]);
    expect(grade(term, { text: "nhan tai" })).toMatchObject({ correct: true, notes: ["missing-diacritics"] });
    expect(grade(term, { text: "nhân tai" }).correct).toBe(false);
    expect(grade(term, { text: "nhân tại" }).correct).toBe(false);
  });

  it("forgives a slip of the keyboard in a name, never a different name", () => {
    const q = typed("en", "Geoffrey Hinton");
    expect(verdicts(q, ["Geoffrey Hinton", "geoffrey hinton", "Geofrey Hinton", "Geoffrey Hintno", "Geoffrey Hilton", "Geoffrey Milton", "Geoffrey Hinson", "Eric Schmidt"])).toEqual({
      "Geoffrey Hinton": true,
      "geoffrey hinton": true,
      "Geofrey Hinton": true,
      "Geoffrey Hintno": true,
      "Geoffrey Hilton": true,
      "Geoffrey Milton": false,
      "Geoffrey Hinson": false,
      "Eric Schmidt": false,
    });
    // The source's own spelling is right, and the feedback says why.
    expect(grade(q, { text: "Geoffrey Hilton" }).notes).toEqual(["source-spelling"]);
  });

  it("needs every item of an ordering or a matching exactly once", () => {
    const ordering = bank.find((q) => q.type === "ordering" && q.answer.kind === "order") as Question;
    const ids = ordering.answer.kind === "order" ? ordering.answer.itemIds : [];
    const [a = "", b = ""] = ids;
    expect(grade(ordering, { order: [a, a, ...ids.slice(2)] })).toMatchObject({ correct: false, score: 0, notes: ["repeated-item"] });
    expect(grade(ordering, { order: [b, a] }).score).toBe(0);
    const matching = bank.find((q) => q.type === "matching") as Question;
    const pairs = matching.answer.kind === "pairs" ? matching.answer.pairs : {};
    const [first = ""] = Object.values(pairs);
    expect(grade(matching, { pairs: Object.fromEntries(Object.keys(pairs).map((l) => [l, first])) })).toMatchObject({ score: 0, notes: ["repeated-item"] });
  });
});
