// The question bank's shape on the seed article and on the team's second article: every kind
// of question, stable ids, languages as stated, explanations, scores; and the seed's coverage.
import { generateQuestionBank } from "@/lib/quiz/generate";
import { FLAG_THRESHOLD } from "@/lib/quiz/quality";
import { normalizeAnswer } from "@/lib/quiz/text";
import { QUALITY_FLAGS, type Question, type QuizArticle, type QuizLanguage } from "@/lib/quiz/types";
import { secondArticle, seedArticle } from "../../helpers/quiz-articles";

const LANGUAGES: QuizLanguage[] = ["vi", "en", "cross"];
const ARTICLES: [string, QuizArticle][] = [
  ["the seed article", seedArticle],
  ["the second article", secondArticle],
];

const optionText = (q: Question, id: string) => q.options?.find((o) => o.id === id)?.text ?? "";
/** Questions whose options fill a gap in the prompt's own sentence, in its language. */
const fillsOwnSentence = (q: Question) => q.prompt.includes("_____") || q.type === "true-false" || q.type === "ordering" || /^(compare|refers):/.test(q.factId);

describe.each(ARTICLES)("the question bank of %s", (_, article) => {
  describe.each(LANGUAGES)("in %s", (language) => {
    const bank = generateQuestionBank(article, language);

    it("has every kind of question", () => {
      const types = new Set(bank.map((q) => q.type));
      for (const type of ["multiple-choice", "true-false", "cloze", "matching", "ordering", "translation-match", "who-said-it"]) expect(types).toContain(type);
    });

    it("gives choice questions unique options with exactly one right answer", () => {
      for (const q of bank.filter((x) => x.answer.kind === "option")) {
        const options = q.options ?? [];
        expect(new Set(options.map((o) => normalizeAnswer(o.text))).size).toBe(options.length);
        expect(options.length).toBeGreaterThanOrEqual(2);
        const a = q.answer;
        if (a.kind === "option") expect(options.filter((o) => o.id === a.optionId)).toHaveLength(1);
      }
    });

    it("writes prompts and options in the stated languages, with a bilingual explanation", () => {
      for (const q of bank) {
        expect(q.explanation.vi).not.toBe("");
        expect(q.explanation.en).not.toBe("");
        expect(q.sourceSentenceIds).toEqual(q.sources.map((s) => s.id));
        if (language !== "cross" && q.type !== "matching" && q.type !== "translation-match") expect([q.promptLanguage, q.optionsLanguage]).toEqual([language, language]);
        // A gap is filled in its own sentence's language, in every mode; the rest of a cross
        // quiz asks in one language and answers in the other.
        if (fillsOwnSentence(q)) expect(q.optionsLanguage).toBe(q.promptLanguage);
        else if (language === "cross" && q.type !== "matching") expect(q.promptLanguage).not.toBe(q.optionsLanguage);
      }
      if (language === "cross") expect(new Set(bank.map((q) => q.promptLanguage))).toEqual(new Set(["vi", "en"]));
    });

    it("labels true/false in the statement's language", () => {
      for (const q of bank.filter((x) => x.type === "true-false")) {
        expect(q.options?.map((o) => o.text)).toEqual(q.promptLanguage === "vi" ? ["Đúng", "Sai"] : ["True", "False"]);
      }
    });

    it("scores every question from 0 to 1 and names its flaws", () => {
      for (const q of bank) {
        expect(q.quality).toBeGreaterThanOrEqual(0);
        expect(q.quality).toBeLessThanOrEqual(1);
        for (const flag of q.flags) expect(QUALITY_FLAGS).toContain(flag);
        if (q.flags.length === 0) expect(q.quality).toBe(1);
        else expect(q.quality).toBeLessThan(1);
      }
      // Most of a bank is fit to ask (photo captions, statements that lean on the sentence
      // before, statements false only by inference and questions with too few options are
      // flagged, and so are gaps whose options are other glossary words, which rarely fit the
      // words around the gap: the seed's seventy-term glossary gives fifty of those).
      expect(bank.filter((q) => q.quality >= FLAG_THRESHOLD).length / bank.length).toBeGreaterThan(0.4);
    });

    it("flags a gap whose options are other glossary words, and keeps its typed version on", () => {
      const wordGaps = bank.filter((q) => q.factId.startsWith("term:") && q.type === "cloze" && q.input === "choice");
      expect(wordGaps.length).toBeGreaterThan(0);
      for (const q of wordGaps) {
        expect(q.flags).toContain("word-options");
        expect(q.quality).toBeLessThan(FLAG_THRESHOLD);
      }
      // The same gap typed, with the term's meaning as the hint, is fit to ask.
      const typed = bank.filter((q) => q.factId.startsWith("term:") && q.type === "cloze" && q.input === "text");
      expect(typed.filter((q) => q.quality >= FLAG_THRESHOLD).length).toBeGreaterThan(typed.length / 2);
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

  it.each(["20%", "35%", "40%", "26 đến 28/7", "800", "3000", "3,000", "40", "50", "60", "80", "70.000", "27/7", "ba", "3", "13"])("asks about the number %s", (number) => {
    expect(asked(number)).toBe(true);
  });

  it.each(["Lý Cường", "Tập Cận Bình", "Geoffrey Hilton", "Eric Schmidt", "Google", "Tổ chức Hợp tác Trí tuệ nhân tạo Thế giới", "Thượng Hải", "Bắc Kinh", "Trung Quốc"])(
    "asks about %s",
    (name) => {
      expect(asked(name)).toBe(true);
    },
  );
});
