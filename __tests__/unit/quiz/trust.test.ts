// Quizzes a teacher can hand out unchecked, checked on the seed and on every corpus article
// against what the team wrote by hand: its key facts and which of its names denote the same
// thing (or must never stand in for one another).
import { findNumbers, qualifierDirection } from "@/lib/quiz/number-find";
import { generateQuestionBank } from "@/lib/quiz/generate";
import { grade } from "@/lib/quiz/grade";
import { BLANK } from "@/lib/quiz/templates";
import { normalizeAnswer, stripDiacritics } from "@/lib/quiz/text";
import type { Lang, Question, QuizLanguage } from "@/lib/quiz/types";
import { corpus, holdout, sentenceKey, type CorpusArticle, type KeyFact } from "../../helpers/corpus";

const LANGUAGES: QuizLanguage[] = ["vi", "en", "cross"];
const fold = (text: string) => stripDiacritics(text).replace(/[“”"']/g, "").replace(/[.,]$/, "").trim();
/** A short form (an acronym) is given away by its full name and the other way round. */
const isAcronym = (text: string) => /^[\p{Lu}\d&\s-]{2,12}$/u.test(text.trim()) && /\p{Lu}{2}/u.test(text);
const keyText = (q: Question): string | null => {
  const a = q.answer;
  if (a.kind === "text") return a.display;
  if (a.kind === "option") return q.options?.find((o) => o.id === a.optionId)?.text ?? null;
  return null;
};
const wholeWord = (haystack: string, needle: string) => {
  // A number stands alone among digits only ("180" in "VND180 trillion").
  const edge = /^\d/.test(needle.trim()) ? "\\p{N}" : "\\p{L}\\p{N}";
  return new RegExp(`(^|[^${edge}])${fold(needle).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}($|[^${edge}])`, "u").test(fold(haystack));
};

/** The text a false statement changed: [what the article says, what the statement says]. */
function swapped(source: string, statement: string): [string, string] | null {
  const body = statement.replace(/^…/, "").replace(/…$/, "");
  const at = statement.startsWith("…") ? source.indexOf(body.slice(0, 12)) : 0;
  if (at === -1) return null;
  const original = source.slice(at);
  let start = 0;
  while (start < original.length && original[start] === body[start]) start++;
  let a = original.length;
  let b = body.length;
  while (a > start && b > start && original[a - 1] === body[b - 1]) {
    a--;
    b--;
  }
  // Widen both to whole words.
  const widen = (text: string, from: number, to: number) => {
    while (from > 0 && /[\p{L}\p{N}.,/]/u.test(text[from - 1] ?? "")) from--;
    while (to < text.length && /[\p{L}\p{N}]/u.test(text[to] ?? "")) to++;
    return text.slice(from, to).trim();
  };
  return [widen(original, start, a), widen(body, start, b)];
}

describe.each(corpus)("the quiz of $slug", ({ article, facts }: CorpusArticle) => {
  const groups = facts.aliasGroups.map((g) => new Set(g.map(fold)));
  const sameThing = (a: string, b: string) => fold(a) === fold(b) || groups.some((g) => g.has(fold(a)) && g.has(fold(b)));
  const aliasesOf = (name: string) => [...new Set(facts.aliasGroups.filter((g) => g.some((x) => fold(x) === fold(name))).flat())];
  const sentence = (id: string) => article.sentences.find((s) => s.id === id);

  describe.each(LANGUAGES)("in %s", (language) => {
    const bank = generateQuestionBank(article, language);

    it("keys no true statement false: every swap is another value or another thing, and keeps the subject", () => {
      const problems: string[] = [];
      for (const q of bank.filter((x) => x.type === "true-false")) {
        if (q.prompt.startsWith("…")) problems.push(`subject cut: ${q.prompt}`);
        if (q.answer.kind !== "option" || q.answer.optionId !== "false" || q.factId.startsWith("role:")) continue;
        const source = sentence(q.sourceSentenceIds[0] ?? "")?.[q.promptLanguage] ?? "";
        const change = swapped(source, q.prompt);
        if (!change) {
          problems.push(`not a change of its source: ${q.prompt}`);
          continue;
        }
        const [was, now] = change;
        if (sameThing(was, now)) problems.push(`"${was}" → "${now}" names the same thing: ${q.prompt}`);
        // "More than 800" is not contradicted by "more than 1,000", nor by "more than 600".
        const before = findNumbers(source, q.promptLanguage).find((m) => was.includes(m.text));
        const bound = qualifierDirection(before?.qualifier);
        if (before && (bound === "above" || bound === "below")) problems.push(`"${was}" → "${now}" cannot be judged false: ${q.prompt}`);
      }
      expect(problems).toEqual([]);
    });

    it("keeps the dates of a changed sentence in their order: no range that ends before it starts", () => {
      const problems: string[] = [];
      const dayOf = (text: string, lang: Lang) =>
        findNumbers(text, lang)
          .filter((m) => m.kind === "date" && m.date?.day !== undefined && m.date.month !== undefined)
          .map((m) => (m.date?.month ?? 0) * 100 + (m.date?.day ?? 0));
      const ascending = (days: number[]) => days.every((d, i) => i === 0 || d >= (days[i - 1] ?? 0));
      for (const q of bank) {
        const source = sentence(q.sourceSentenceIds[0] ?? "");
        if (!source) continue;
        const texts = q.type === "true-false" ? [[q.prompt, q.promptLanguage] as const] : q.type === "translation-match" ? (q.options ?? []).map((o) => [o.text, q.optionsLanguage] as const) : [];
        for (const [text, lang] of texts) {
          if (ascending(dayOf(source[lang], lang)) && !ascending(dayOf(text, lang))) problems.push(text);
        }
      }
      expect(problems).toEqual([]);
    });

    it("never offers two options that name the same thing", () => {
      const problems: string[] = [];
      for (const q of bank.filter((x) => x.input === "choice" && x.type !== "true-false" && x.type !== "translation-match")) {
        const texts = (q.options ?? []).map((o) => o.text);
        texts.forEach((a, i) => texts.slice(i + 1).forEach((b) => sameThing(a, b) && problems.push(`"${a}" and "${b}" in: ${q.prompt}`)));
      }
      expect(problems).toEqual([]);
    });

    it("writes every number option like its key: same kind, unit and format", () => {
      const problems: string[] = [];
      for (const q of bank.filter((x) => x.type === "multiple-choice" && x.factId.startsWith("number:"))) {
        const key = keyText(q) ?? "";
        const lang: Lang = q.optionsLanguage;
        const keyIsYear = /^\d{4}$/.test(key) && Number(key) >= 1800 && Number(key) <= 2200 && /năm|year|in|by|since/iu.test(q.prompt);
        const shape = (text: string) => {
          const m = findNumbers(` ${text} `, lang)[0];
          const year = keyIsYear && /^\d{4}$/.test(text);
          const kind = year ? "year-like" : m?.kind === "measure" || m?.kind === "money" ? "count" : (m?.kind ?? "none");
          return `${kind}${/^\p{L}+$/u.test(text) ? " in words" : ""}, ${year ? 0 : (m?.style.decimals ?? 0)} decimals${/^\d{4,}$/.test(text) ? ", ungrouped" : ""}`;
        };
        const foreign = lang === "vi" ? /\d,\d{3}(?!\d)/ : /\d\.\d{3}(?!\d)/;
        for (const o of q.options ?? []) {
          const grouping = (t: string) => (/^\d{4,}$/.test(t) ? "ungrouped" : /\d[.,]\d{3}(?!\d)/.test(t) ? "grouped" : "short");
          const looks = shape(o.text).replace(", ungrouped", "");
          if (looks !== shape(key).replace(", ungrouped", "")) problems.push(`"${o.text}" (${shape(o.text)}) beside "${key}" (${shape(key)})`);
          if (grouping(key) !== "short" && grouping(o.text) !== "short" && grouping(key) !== grouping(o.text)) problems.push(`"${o.text}" grouped unlike "${key}"`);
          if (foreign.test(o.text)) problems.push(`"${o.text}" in the other language's style`);
        }
      }
      expect(problems).toEqual([]);
    });

    it("never leaves a gap's answer, or another name of it, in the prompt", () => {
      const problems: string[] = [];
      for (const q of bank.filter((x) => x.prompt.includes(BLANK))) {
        const key = keyText(q);
        if (!key) continue;
        const rest = q.prompt.replace(BLANK, " ");
        const giveaways = [key, ...aliasesOf(key).filter((a) => isAcronym(a) || isAcronym(key))];
        for (const name of giveaways) if (fold(name).length >= 2 && wholeWord(rest, name)) problems.push(`"${name}" (key "${key}") in: ${q.prompt}`);
      }
      expect(problems).toEqual([]);
    });

    it("answers every question from its source sentences", () => {
      const problems: string[] = [];
      for (const q of bank) {
        const key = keyText(q);
        if (!key || q.type === "true-false" || q.factId.startsWith("compare:") || q.factId.startsWith("refers:") || q.factId.startsWith("role:")) continue;
        if (!q.sources.some((s) => normalizeAnswer(s[q.optionsLanguage]).includes(normalizeAnswer(key)))) problems.push(`"${key}" not in the sources of: ${q.prompt}`);
      }
      expect(problems).toEqual([]);
    });
  });

  /** Whether a question asks the key fact with a right key. */
  const covers = (q: Question, fact: KeyFact) => {
    if (!q.sourceSentenceIds.map(sentenceKey).includes(fact.sentence)) return false;
    const lang = q.optionsLanguage;
    const want = fact[lang];
    const key = keyText(q);
    // A true statement asks a role or a quotation ("X is the Director of…", "X said: …").
    if (q.type === "true-false") return (q.factId.startsWith("role:") || q.factId.startsWith("quote:")) && q.answer.kind === "option" && q.answer.optionId === "true" && wholeWord(q.prompt, want);
    if (key && (fold(key) === fold(want) || (wholeWord(want, key) && fold(key).length >= 2) || (/\d/.test(key) && wholeWord(want, key)))) return true;
    if (q.type === "ordering") return (q.items ?? []).every((i) => wholeWord(want, i.text));
    // "Who said …?", "Who is the …?", "What does … refer to?": the fact is what is asked.
    return (q.type === "who-said-it" || q.type === "multiple-choice") && wholeWord(q.prompt, want) && !q.prompt.includes(BLANK);
  };

  it("asks every key fact with a right key", () => {
    const banks = LANGUAGES.flatMap((l) => generateQuestionBank(article, l));
    const missing = facts.keyFacts.filter((fact) => !banks.some((q) => covers(q, fact))).map((f) => `${f.id}: ${f.vi}`);
    expect(missing).toEqual([]);
  });

  it("grades what pupils type for the key facts, in both directions", () => {
    const wrong: string[] = [];
    for (const fact of facts.keyFacts) {
      for (const lang of ["vi", "en"] as const) {
        const cases = fact.typed?.[lang];
        if (!cases) continue;
        const typed = generateQuestionBank(article, lang).find((q) => q.input === "text" && covers(q, fact));
        if (!typed) {
          // Numbers and dates are always asked typed too; long titles never are, names may be.
          if (fact.kind === "number" || fact.kind === "date") wrong.push(`${fact.id}/${lang}: no typed question`);
          continue;
        }
        for (const text of cases.accept) if (!grade(typed, { text }).correct) wrong.push(`${fact.id}/${lang}: "${text}" should be right`);
        for (const text of cases.reject) if (grade(typed, { text }).correct) wrong.push(`${fact.id}/${lang}: "${text}" should be wrong`);
      }
    }
    expect(wrong).toEqual([]);
  });
});

describe("round 17's wrong keys", () => {
  const seed = corpus.find((c) => c.article.slug === "waic-2025")!.article;
  const salinity = corpus.find((c) => c.article.slug === "mekong-salinity-science")!.article;

  it("never puts an event named together with another (“A và B”) in the other's place", () => {
    for (const language of LANGUAGES) {
      const statements = generateQuestionBank(seed, language).filter((q) => q.type === "true-false" && q.answer.kind === "option" && q.answer.optionId === "false");
      const summit = statements.filter((q) => /Hội nghị Cấp cao về Quản trị|High-Level Meeting on Global AI Governance/u.test(q.prompt) && !q.sources.some((s) => /Hội nghị Cấp cao về Quản trị|High-Level Meeting/u.test(s.vi + s.en)));
      expect(summit.map((q) => q.prompt)).toEqual([]);
    }
  });

  it("accepts the bare name where the gap holds a name with its common word (“trạm Sơn Đốc” → “Sơn Đốc”)", () => {
    const typed = generateQuestionBank(salinity, "vi").filter((q) => q.input === "text" && q.answer.kind === "text" && q.answer.display === "trạm Sơn Đốc");
    expect(typed.length).toBeGreaterThan(0);
    for (const q of typed) {
      expect(grade(q, { text: "Sơn Đốc" }).correct).toBe(true);
      expect(grade(q, { text: "Son Doc" }).correct).toBe(true);
      // Another station is still wrong.
      expect(grade(q, { text: "Mỹ Tho" }).correct).toBe(false);
    }
  });
});

describe("round 18's unacceptable questions", () => {
  it("never swaps one event for another in a false statement (the Hoi An festival for the Mid-Autumn Festival)", () => {
    for (const { article } of [...corpus, ...holdout]) {
      const events = article.glossary.filter((t) => t.kind === "event");
      for (const language of LANGUAGES) {
        for (const q of generateQuestionBank(article, language).filter((x) => x.type === "true-false" && x.answer.kind === "option" && x.answer.optionId === "false" && x.factId.startsWith("entity:"))) {
          const change = swapped(q.sources[0]![q.promptLanguage], q.prompt);
          if (!change) continue;
          const isEvent = (text: string) => events.some((e) => wholeWord(text, e.vi) || wholeWord(text, e.en) || wholeWord(e.vi, text) || wholeWord(e.en, text));
          expect({ prompt: q.prompt, eventSwapped: isEvent(change[0]) && isEvent(change[1]) }).toEqual({ prompt: q.prompt, eventSwapped: false });
        }
      }
    }
  });

  it("offers only things as what a figure refers to, never words that ran on (“primary schools have also”, “public”)", () => {
    let seen = 0;
    for (const { article } of [...corpus, ...holdout]) {
      for (const language of LANGUAGES) {
        for (const q of generateQuestionBank(article, language).filter((x) => x.factId.startsWith("refers:"))) {
          seen++;
          for (const o of q.options ?? []) {
            expect(o.text).not.toMatch(/\b(?:have|has|also|are|is|was|were|to|of|the|and|in)$|(?:^|\s)(?:đã|cũng|được|và|của|có)$/u);
            if (q.optionsLanguage === "en") expect(o.text).not.toMatch(/^\p{L}+(?:ic|al|ous|ive)$/u);
          }
        }
      }
    }
    expect(seen).toBeGreaterThan(5);
  });
});

describe("round 18's minor flaws", () => {
  it("never offers the Vietnamese source's misspelling of a name as a wrong option (Geoffrey Hilton)", () => {
    const seed = corpus.find((c) => c.article.slug === "waic-2025")!.article;
    for (const language of LANGUAGES) {
      for (const q of generateQuestionBank(seed, language)) {
        const key = keyText(q);
        for (const o of q.options ?? []) if (o.text !== key) expect({ prompt: q.prompt, option: o.text }).not.toEqual({ prompt: q.prompt, option: "Geoffrey Hilton" });
      }
    }
  });

  it("flags a headline as a statement, a statement about “the province” or “the funds”, and ranks a day outside the lead as a minor detail", () => {
    const banks = [...corpus, ...holdout].flatMap(({ article }) => generateQuestionBank(article, "en").map((q) => ({ q, article })));
    const headlines = banks.filter(({ q, article }) => q.type === "true-false" && q.sourceSentenceIds.some((id) => article.sentences.find((s) => s.id === id)?.blockKind === "headline") && !q.prompt.startsWith("…"));
    expect(headlines.length).toBeGreaterThan(0);
    for (const { q } of headlines) if (q.flags.includes("headline")) expect(q.quality).toBeLessThan(0.6);
    const province = banks.filter(({ q }) => q.type === "true-false" && /^The (province|funds)\b/u.test(q.prompt));
    expect(province.length).toBeGreaterThan(0);
    for (const { q } of province) expect(q.flags).toContain("needs-context");
    const datesOutsideLead = banks.filter(({ q, article }) => {
      const s = article.sentences.find((x) => x.id === q.sourceSentenceIds[0]);
      const lead = article.sentences.find((x) => x.blockKind === "paragraph")?.blockId;
      // A day of a month ("12 March", "15 November 2026 to 3 January 2027"), not a year.
      return q.factId.startsWith("number:") && q.input === "text" && q.answer.kind === "text" && /^\d{1,2} [A-Z][a-z]+/u.test(q.answer.display) && s?.blockKind === "paragraph" && s.blockId !== lead;
    });
    expect(datesOutsideLead.length).toBeGreaterThan(0);
    for (const { q } of datesOutsideLead) expect(q.flags).toContain("minor-detail");
  });
});

describe("round 19", () => {
  it("keeps a list whole around a gap on one of its names (“Cambodia, _____ and Timor-Leste”, never “_____ and Timor-Leste”)", () => {
    const asean = corpus.find((c) => c.article.slug === "asean-digital-policy")!.article;
    const gaps = generateQuestionBank(asean, "en").filter((q) => q.prompt.includes("_____") && /Timor-Leste, ASEAN's newest member/u.test(q.prompt));
    expect(gaps.length).toBeGreaterThan(0);
    for (const q of gaps) expect(q.prompt.replace("_____", "X")).toMatch(/^(?:X, Laos|Cambodia, X) and Timor-Leste/u);
  });
});

describe("round 20", () => {
  const all = [...corpus, ...holdout];
  it("writes every option of a gap that opens its sentence with a capital, as the key is (“Bảy năm trước”)", () => {
    let seen = 0;
    for (const { article } of all) {
      for (const language of LANGUAGES) {
        for (const q of generateQuestionBank(article, language).filter((x) => x.prompt.startsWith("_____") && x.input === "choice" && x.type !== "true-false")) {
          seen++;
          for (const o of q.options ?? []) expect({ prompt: q.prompt, option: o.text, capital: /^[\p{Lu}\p{N}$]/u.test(o.text) }).toEqual({ prompt: q.prompt, option: o.text, capital: true });
        }
      }
    }
    expect(seen).toBeGreaterThan(5);
  });

  it("offers banks for a bank and storms named like the key for a storm, in the prompt's language", () => {
    const coffee = all.find((c) => c.article.slug === "coffee-exports-2026")!.article;
    const lender = generateQuestionBank(coffee, "vi").filter((q) => q.input === "choice" && (q.options ?? []).some((o) => o.text.startsWith("Ngân hàng Nông nghiệp")) && q.prompt.includes("_____"));
    expect(lender.length).toBeGreaterThan(0);
    for (const q of lender) expect((q.options ?? []).map((o) => o.text)).not.toEqual(expect.arrayContaining([expect.stringMatching(/^(Samsung|Microsoft|Apple|Viettel)$/u)]));
    const typhoon = all.find((c) => c.article.slug === "typhoon-central-coast")!.article;
    const storms = generateQuestionBank(typhoon, "cross").filter((q) => q.input === "choice" && q.prompt.includes("tương đương _____"));
    expect(storms.length).toBeGreaterThan(0);
    for (const q of storms) for (const o of q.options ?? []) expect(o.text).toMatch(/^bão /u);
  });
});

describe("a term's other meanings", () => {
  it("are of its kind where the English shows one: places for «ven sông» and «chợ đêm», not “total” or “resident”", async () => {
    const { secondArticle } = await import("../../helpers/quiz-articles");
    const meanings = generateQuestionBank(secondArticle, "cross").filter((q) => q.type === "multiple-choice" && /«(ven sông|chợ đêm)»/u.test(q.prompt));
    expect(meanings.length).toBe(2);
    for (const q of meanings) for (const o of q.options ?? []) expect(o.text).not.toMatch(/^(total|resident|residents|architect|tree|budget)$/u);
  });
});

describe("round 21", () => {
  it("flags a day the sentence gives away by the day beside it (“late on 27 October or in the early hours of ___”)", () => {
    const typhoon = holdout.find((c) => c.article.slug === "typhoon-central-coast")!.article;
    for (const language of ["vi", "en"] as const) {
      // The landfall sentence: one of its two days is gapped, the other shown beside it.
      const gaps = generateQuestionBank(typhoon, language).filter((q) => q.prompt.includes("_____") && /early hours of|rạng sáng/u.test(q.prompt) && /(_____|27 October|28 October|27\/10|28\/10)[^_]*(_____)|_____[^0-9]*(27|28)/u.test(q.prompt) && q.factId.startsWith("number:"));
      expect(gaps.length).toBeGreaterThan(0);
      for (const q of gaps) expect(q.flags).toContain("derivable");
    }
  });
});

describe("round 22", () => {
  it("knows an acronym by its full name: an institute among institutes and bodies, never phone makers (“According to SIWRR”)", () => {
    const salinity = corpus.find((c) => c.article.slug === "mekong-salinity-science")!.article;
    const gaps = generateQuestionBank(salinity, "en").filter((q) => q.input === "choice" && q.prompt.startsWith("According to _____"));
    expect(gaps.length).toBeGreaterThan(0);
    for (const q of gaps) for (const o of q.options ?? []) expect(o.text).not.toMatch(/^(Samsung|Microsoft|Apple|Viettel)$/u);
  });
});

describe("number options", () => {
  it("do not always put the key second: no rank holds more than half of the keys (raters picked “the one in the middle”)", async () => {
    const { parseLocaleNumber } = await import("@/lib/quiz/numbers");
    const ranks = [0, 0, 0, 0];
    for (const { article } of [...corpus, ...holdout]) {
      for (const lang of ["vi", "en"] as const) {
        for (const q of generateQuestionBank(article, lang)) {
          if (!q.factId.startsWith("number:") || q.type !== "multiple-choice" || q.options?.length !== 4 || q.answer.kind !== "option") continue;
          const values = q.options.map((o) => parseLocaleNumber(o.text.replace(/[^\d.,]/gu, ""), lang));
          if (values.some((v) => v === null)) continue;
          const a = q.answer;
          const key = values[q.options.findIndex((o) => o.id === a.optionId)]!;
          ranks[[...values].sort((x, y) => x! - y!).indexOf(key)]!++;
        }
      }
    }
    const total = ranks.reduce((x, y) => x + y, 0);
    expect(total).toBeGreaterThan(200);
    for (const n of ranks) expect(n / total).toBeLessThan(0.5);
  });
});

describe("round 23", () => {
  it("offers a capital's own country's cities first (fans in central Hanoi, not in Paris)", () => {
    const football = corpus.find((c) => c.article.slug === "football-aff-final")!.article;
    const gaps = generateQuestionBank(football, "en").filter((q) => q.input === "choice" && /streets of central _____/u.test(q.prompt));
    expect(gaps.length).toBeGreaterThan(0);
    for (const q of gaps) for (const o of q.options ?? []) expect(o.text).not.toMatch(/^(Paris|Beijing|London|Tokyo|Washington)$/u);
  });
});
