import { generateQuestionBank, generateQuiz, quizOfQuestions } from "@/lib/quiz/generate";
import { grade } from "@/lib/quiz/grade";
import { FLAG_THRESHOLD } from "@/lib/quiz/quality";
import { QUESTION_TYPES } from "@/lib/quiz/types";
import { corpus } from "../../helpers/corpus";
import { seedArticle } from "../../helpers/quiz-articles";

describe("generateQuiz", () => {
  const options = { seed: 42, language: "vi", count: 10 } as const;

  it("gives the same quiz for the same input, byte for byte", () => {
    expect(JSON.stringify(generateQuiz(seedArticle, options))).toBe(JSON.stringify(generateQuiz(seedArticle, options)));
  });

  it("gives another selection and order for another seed", () => {
    const a = generateQuiz(seedArticle, options).map((q) => q.id);
    const b = generateQuiz(seedArticle, { ...options, seed: 43 }).map((q) => q.id);
    expect(b).not.toEqual(a);
    expect(new Set(b)).not.toEqual(new Set(a));
  });

  it("reshuffles the options of a question asked again with another seed, keeping its answer", () => {
    const bank = generateQuestionBank(seedArticle, "vi");
    const many = Array.from({ length: 24 }, (_, i) => generateQuiz(seedArticle, { ...options, seed: i + 1, count: 40 }));
    // The question drawn most often: with only two draws, one shuffle in 24 repeats by chance.
    const draws = (q: (typeof bank)[number]) => many.filter((quiz) => quiz.some((x) => x.id === q.id)).length;
    const target = bank.filter((q) => q.type === "multiple-choice" && draws(q) >= 4).sort((a, b) => draws(b) - draws(a))[0];
    expect(target).toBeDefined();
    const versions = many.flatMap((quiz) => quiz.filter((x) => x.id === target?.id));
    expect(new Set(versions.map((v) => v.options?.map((o) => o.id).join()))).not.toEqual(new Set([versions[0]?.options?.map((o) => o.id).join()]));
    for (const v of versions) expect(v.answer).toEqual(target?.answer);
  });

  it("mixes the question types, asks about each fact once and draws the best questions", () => {
    const mixed: number[] = [];
    for (const seed of [1, 2, 3, 4, 5]) {
      const quiz = generateQuiz(seedArticle, { ...options, seed, count: 20 });
      expect(quiz).toHaveLength(20);
      mixed.push(new Set(quiz.map((q) => q.type)).size);
      expect(new Set(quiz.map((q) => q.type)).size).toBeGreaterThanOrEqual(3);
      for (const type of QUESTION_TYPES) expect(quiz.filter((q) => q.type === type).length).toBeLessThanOrEqual(9);
      expect(new Set(quiz.map((q) => q.factId)).size).toBe(20);
      // The seed article has far more than 20 unflagged questions: none flagged is drawn.
      expect(quiz.filter((q) => q.quality < FLAG_THRESHOLD)).toEqual([]);
    }
    // Drawn by quality, most quizzes still mix four kinds or more.
    expect(mixed.filter((n) => n >= 4).length).toBeGreaterThanOrEqual(4);
  });

  it("draws the rare types (ordering, matching) only now and then, by their quality", () => {
    const quizzes = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((seed) => generateQuiz(seedArticle, { ...options, seed, count: 10 }));
    expect(quizzes.filter((quiz) => quiz.some((q) => q.type === "ordering")).length).toBeLessThanOrEqual(5);
  });

  it("never shows one question's answer in another question of the same quiz", () => {
    for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
      const quiz = generateQuiz(seedArticle, { seed, language: "vi", count: 20 });
      for (const q of quiz) {
        if (q.answer.kind !== "text") continue;
        const display = q.answer.display;
        const others = quiz.filter((x) => x !== q).map((x) => x.prompt);
        const pattern = new RegExp(`(^|[^\\p{L}\\p{N}])${display.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}($|[^\\p{L}\\p{N}])`, "u");
        expect({ display, shownIn: others.filter((p) => pattern.test(p)) }).toEqual({ display, shownIn: [] });
      }
    }
  });

  it("keeps to the requested types and language", () => {
    const quiz = generateQuiz(seedArticle, { seed: 7, language: "en", count: 5, types: ["true-false", "who-said-it"] });
    expect(quiz).toHaveLength(5);
    expect(new Set(quiz.map((q) => q.type))).toEqual(new Set(["true-false", "who-said-it"]));
    expect(quiz.every((q) => q.promptLanguage === "en")).toBe(true);
  });

  it("mixes both languages in cross-language quizzes, asking across them where nothing fills a gap", () => {
    const quiz = generateQuiz(seedArticle, { seed: 3, language: "cross", count: 20 });
    expect(new Set(quiz.map((q) => q.promptLanguage))).toEqual(new Set(["vi", "en"]));
    expect(quiz.some((q) => q.promptLanguage !== q.optionsLanguage)).toBe(true);
  });

  it("never puts ordering items in the right order to start with", () => {
    for (let seed = 0; seed < 20; seed++) {
      for (const q of generateQuiz(seedArticle, { seed, language: "vi", count: 30, types: ["ordering"] })) {
        const order = q.answer.kind === "order" ? q.answer.itemIds : [];
        expect(q.items?.map((i) => i.id)).not.toEqual(order);
      }
    }
  });
});

describe("questions a teacher chose", () => {
  const bank = generateQuestionBank(seedArticle, "cross");

  it("never draws a question the teacher switched off", () => {
    const exclude = bank.filter((q) => q.type !== "true-false").map((q) => q.id);
    const quiz = generateQuiz(seedArticle, { seed: 7, language: "cross", count: 10, exclude });
    expect(quiz).toHaveLength(10);
    expect(quiz.every((q) => q.type === "true-false")).toBe(true);
    expect(generateQuiz(seedArticle, { seed: 7, language: "cross", count: 10, exclude: bank.map((q) => q.id) })).toEqual([]);
  });

  it("asks exactly the fixed questions, reordered and reshuffled by the seed", () => {
    const ids = generateQuiz(seedArticle, { seed: "assignment", language: "cross", count: 10 }).map((q) => q.id);
    const one = quizOfQuestions(seedArticle, "cross", ids, "attempt-1");
    const two = quizOfQuestions(seedArticle, "cross", ids, "attempt-2");
    expect(one.map((q) => q.id).sort()).toEqual([...ids].sort());
    expect(two.map((q) => q.id).sort()).toEqual([...ids].sort());
    expect(JSON.stringify(one)).not.toBe(JSON.stringify(two));
    expect(JSON.stringify(quizOfQuestions(seedArticle, "cross", ids, "attempt-1"))).toBe(JSON.stringify(one));
    expect(quizOfQuestions(seedArticle, "cross", ["gone", ids[0]!], "x").map((q) => q.id)).toEqual([ids[0]]);
  });
});

describe("a count beside the list it counts", () => {
  const coffee = corpus.find((c) => c.article.slug === "coffee-exports-2026")?.article;
  it("is never changed in a statement or a translation (a list of three is not “the two biggest”)", () => {
    expect(coffee).toBeDefined();
    if (!coffee) return;
    const listed = coffee.sentences.find((s) => s.en.startsWith("Germany, Italy and Spain remained the three biggest"));
    expect(listed).toBeDefined();
    for (const language of ["vi", "en", "cross"] as const) {
      const bank = generateQuestionBank(coffee, language).filter((q) => q.sourceSentenceIds.includes(listed?.id ?? ""));
      const texts = bank.flatMap((q) => (q.type === "true-false" ? [q.prompt] : q.type === "translation-match" ? (q.options ?? []).map((o) => o.text) : []));
      expect(texts.length).toBeGreaterThan(0);
      for (const text of texts) {
        if (text.startsWith("Germany, Italy and Spain") || text.startsWith("Đức, Italy và Tây Ban Nha")) expect(text).toMatch(/\bthree biggest\b|\bba thị trường\b/u);
      }
    }
  });
});

describe("a glossary term typed into its gap", () => {
  it("gives its meaning as the hint and says how many words, accepts the form the gap takes (a hyphen or a space alike), never the word's other forms", () => {
    let seen = 0;
    for (const { article } of corpus) {
      for (const language of ["vi", "en"] as const) {
        for (const q of generateQuestionBank(article, language).filter((x) => x.input === "text" && x.factId.startsWith("term:"))) {
          seen++;
          if (q.answer.kind !== "text") throw new Error("a typed question with a text key");
          const words = q.answer.display.trim().split(/\s+/u).length;
          expect(words).toBeLessThanOrEqual(3);
          expect(q.instruction).toMatch(
            language === "vi" ? new RegExp(`\\(${words} tiếng, dạng “[^”]+”; gợi ý: “[^”]+”\\)`, "u") : words === 1 ? /^Type the missing word \(shape “[^”]+”; hint: “[^”]+”\)/u : new RegExp(`^Type the ${words} missing words \\(shape`, "u"),
          );
          // The shape shows each word's first letter and how long it is, nothing more.
          const shape = /(?:dạng|shape) “([^”]+)”/u.exec(q.instruction)?.[1] ?? "";
          expect(shape.split(" ").map((w) => w.length)).toEqual(q.answer.display.trim().split(/\s+/u).map((w) => w.normalize("NFD").replace(/\p{M}/gu, "").length));
          expect(shape.replace(/[_\s-]/gu, "")).toBe(q.answer.display.trim().split(/[\s-]+/u).map((w) => [...w][0]).join(""));
          const hint = /(?:gợi ý|hint): “([^”]+)”/u.exec(q.instruction)?.[1] ?? "";
          expect(hint.toLowerCase()).not.toContain(q.answer.display.toLowerCase());
          expect(grade(q, { text: q.answer.display.replace(/-/g, " ") }).correct).toBe(true);
          expect(q.answer.typos).toBe("word");
        }
      }
    }
    expect(seen).toBeGreaterThan(10);
  });

  it("marks the form the gap takes right and another form of the word wrong (“hosted”, not “hosting”)", () => {
    const typed = corpus.flatMap(({ article }) => generateQuestionBank(article, "en")).filter((q) => q.input === "text" && q.factId.startsWith("term:"));
    const inflected = typed.filter((q) => q.answer.kind === "text" && /ed$/u.test(q.answer.display));
    expect(inflected.map((q) => (q.answer.kind === "text" ? q.answer.display : ""))).toContain("hosted");
    for (const q of inflected) {
      if (q.answer.kind !== "text") continue;
      expect(grade(q, { text: q.answer.display }).correct).toBe(true);
      expect(grade(q, { text: q.answer.display.replace(/ed$/u, "ing") }).correct).toBe(false);
    }
  });
});

describe("a period between two dates", () => {
  it("never has one end moved in a false statement (14 mm “to the end of January” may be as true)", () => {
    const mekong = corpus.find((c) => c.article.slug === "mekong-salinity-science")?.article;
    const period = mekong?.sentences.find((s) => s.en.includes("from December 2025 to the end of February 2026"));
    expect(period).toBeDefined();
    for (const language of ["vi", "en", "cross"] as const) {
      const statements = generateQuestionBank(mekong!, language).filter((q) => q.type === "true-false" && q.sourceSentenceIds.includes(period!.id));
      for (const q of statements) {
        if (q.answer.kind === "option" && q.answer.optionId === "false") {
          expect(q.prompt).toMatch(/December 2025 to the end of February 2026|12\/2025 đến hết tháng 2\/2026/u);
        }
      }
    }
  });
});
