// Quality gates for the question bank, on the seed article and on a second article.
import { generateQuestionBank } from "@/lib/quiz/generate";
import { normalizeAnswer } from "@/lib/quiz/text";
import type { Question, QuizArticle, QuizLanguage } from "@/lib/quiz/types";
import { secondArticle, seedArticle } from "../../helpers/quiz-articles";

const LANGUAGES: QuizLanguage[] = ["vi", "en", "cross"];
const ARTICLES: [string, QuizArticle][] = [
  ["the seed article", seedArticle],
  ["the second article", secondArticle],
];

const optionText = (q: Question, id: string) => q.options?.find((o) => o.id === id)?.text ?? "";
const inSources = (q: Question, text: string, lang: "vi" | "en") =>
  q.sources.some((s) => normalizeAnswer(s[lang]).includes(normalizeAnswer(text)));

describe.each(ARTICLES)("the question bank of %s", (_, article) => {
  describe.each(LANGUAGES)("in %s", (language) => {
    const bank = generateQuestionBank(article, language);

    it("has every kind of question", () => {
      const types = new Set(bank.map((q) => q.type));
      const expected = ["multiple-choice", "true-false", "cloze", "matching", "ordering", "translation-match"];
      for (const type of expected) expect(types).toContain(type);
      expect(types.has("who-said-it")).toBe(true);
    });

    it("answers every question from its source sentences, in the language of the answer", () => {
      for (const q of bank) {
        const a = q.answer;
        const lang = q.optionsLanguage;
        let found = true;
        if (q.type === "true-false") found = q.sources.length > 0;
        else if (a.kind === "option") found = q.type === "translation-match" ? q.sources.some((s) => s[lang] === optionText(q, a.optionId)) : inSources(q, optionText(q, a.optionId), lang);
        else if (a.kind === "text") found = a.accepted.some((t) => inSources(q, t, lang)) || a.numeric !== undefined;
        else if (a.kind === "pairs") found = Object.entries(a.pairs).every(([l, r]) => inSources(q, q.items?.find((i) => i.id === l)?.text ?? "", "vi") && inSources(q, optionText(q, r), "en"));
        else if (a.kind === "order") found = (q.items ?? []).every((i) => inSources(q, i.text, lang));
        expect({ id: q.id, prompt: q.prompt, found }).toEqual({ id: q.id, prompt: q.prompt, found: true });
      }
    });

    it("gives choice questions unique options with exactly one right answer, not given away by the prompt", () => {
      for (const q of bank.filter((x) => x.answer.kind === "option")) {
        const options = q.options ?? [];
        const texts = options.map((o) => normalizeAnswer(o.text));
        expect(new Set(texts).size).toBe(options.length);
        expect(options.length).toBeGreaterThanOrEqual(2);
        const a = q.answer;
        if (a.kind !== "option") continue;
        expect(options.filter((o) => o.id === a.optionId)).toHaveLength(1);
        if (q.type !== "true-false" && q.type !== "translation-match") {
          expect({ id: q.id, givenAway: normalizeAnswer(q.prompt).includes(normalizeAnswer(optionText(q, a.optionId))) && q.type !== "who-said-it" }).toEqual({ id: q.id, givenAway: false });
        }
      }
    });

    it("writes prompts and options in the stated languages, with a bilingual explanation", () => {
      for (const q of bank) {
        expect(q.explanation.vi).not.toBe("");
        expect(q.explanation.en).not.toBe("");
        if (language !== "cross" && q.type !== "matching" && q.type !== "translation-match") {
          expect([q.promptLanguage, q.optionsLanguage]).toEqual([language, language]);
        }
        if (language === "cross" && q.type !== "matching") expect(q.promptLanguage).not.toBe(q.optionsLanguage);
        expect(q.sourceSentenceIds).toEqual(q.sources.map((s) => s.id));
      }
      if (language === "cross") {
        expect(new Set(bank.map((q) => q.promptLanguage))).toEqual(new Set(["vi", "en"]));
      }
    });

    it("gives every question a unique, stable id", () => {
      expect(new Set(bank.map((q) => q.id)).size).toBe(bank.length);
      expect(generateQuestionBank(article, language).map((q) => q.id)).toEqual(bank.map((q) => q.id));
    });
  });
});

describe("coverage of the seed article", () => {
  const banks = LANGUAGES.flatMap((l) => generateQuestionBank(seedArticle, l));
  const asked = (text: string) =>
    banks.some((q) => {
      const a = q.answer;
      const answerText = a.kind === "option" ? optionText(q, a.optionId) : a.kind === "text" ? a.display : "";
      return normalizeAnswer(answerText) === normalizeAnswer(text) && q.type !== "translation-match";
    });

  it.each(["20%", "35%", "40%", "26 đến 28/7", "800", "3000", "3,000", "40", "50", "60", "80", "70.000", "27/7", "ba", "3", "13"])(
    "asks about the number %s",
    (number) => {
      expect(asked(number)).toBe(true);
    },
  );

  it.each([
    "Lý Cường",
    "Tập Cận Bình",
    "Geoffrey Hilton",
    "Eric Schmidt",
    "Google",
    "Tổ chức Hợp tác Trí tuệ nhân tạo Thế giới",
    "Thượng Hải",
    "Bắc Kinh",
    "Trung Quốc",
  ])("asks about %s", (name) => {
    expect(asked(name)).toBe(true);
  });
});
