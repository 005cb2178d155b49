// A gap in a sentence, asked three ways: by choice, by typing, and as true/false statements
// (the sentence as written, and with the gap filled by a plausible wrong value). Every
// builder of gap questions (numbers, names, terms) goes through here. Pure.
import type { ArticleAnalysis } from "./facts";
import { choiceOptions, difficultyOf, gapPrompt, makeQuestion, sentencePrompt, type Built, type Direction, type Making } from "./kit";
import { stableId } from "./random";
import { explain, INSTRUCTIONS, TRUE_FALSE } from "./templates";
import type { Span } from "./text";
import type { Answer, Bilingual, Difficulty, EntityFact, NumberFact, QuestionType, QuizArticle, QuizLanguage } from "./types";

export type Context = { article: QuizArticle; language: QuizLanguage; analysis: ArticleAnalysis; numbers: NumberFact[]; entities: EntityFact[] };

const byId = new WeakMap<QuizArticle, Map<string, QuizArticle["sentences"][number]>>();
/** A sentence of the article by its id. */
export function sentenceOf(ctx: Context, id: string) {
  let map = byId.get(ctx.article);
  if (!map) {
    map = new Map(ctx.article.sentences.map((s) => [s.id, s]));
    byId.set(ctx.article, map);
  }
  return map.get(id);
}

export type Gap = {
  factId: string;
  d: Direction;
  sentenceId: string;
  span: Span;
  answer: string;
  /** Wrong options, in the options' language. */
  distractors: string[];
  explanation: Bilingual;
  choice: { type: QuestionType; instruction: Bilingual; difficulty: Difficulty };
  /** How a typed answer is graded; null: not asked typed (a long title, a term). */
  typed: { instruction: Bilingual; answer: Extract<Answer, { kind: "text" }>; hinted?: boolean } | null;
  /** A plausible wrong value in the prompt's language for a false statement; null: none. */
  wrongInPrompt?: string | null;
  /** Other names of the answer that must not be left in the prompt. */
  otherNames?: string[];
  /** Where the prompt must stop (before a list that would count the answer). */
  limit?: number;
  /** Characters after the answer the gap's prompt leaves out (", the Philippines" after a city). */
  dropAfter?: number;
  making?: Making;
};

/**
 * A sentence cut short at `limit` (a clause boundary before it), marked with "…". As a
 * statement, the lead of a list ("The walkway has three areas: …") is a whole claim of its
 * own: it ends with a full stop and counts as uncut.
 */
function shortened(text: string, limit: number | undefined, asStatement = false): { text: string; cut: boolean } {
  if (limit === undefined || limit >= text.length) return { text, cut: false };
  const head = text.slice(0, limit);
  const whole = asStatement && /:\s*$/u.test(head);
  return { text: `${head.replace(/[\s:,;-]+$/u, "")}${whole ? "." : "…"}`, cut: !whole };
}

/** "Đúng/Sai" statements: the sentence as written and, when there is one, with a wrong value. */
function trueFalse(ctx: Context, factId: string, d: Direction, sentenceId: string, span: Span, wrong: string | null, making: Making = {}, limit?: number): Built[] {
  const s = sentenceOf(ctx, sentenceId);
  if (!s) return [];
  const short = shortened(s[d.prompt], limit, true);
  const text = short.text;
  if (short.cut) making = { ...making, cut: true };
  const labels = TRUE_FALSE[d.prompt];
  const own: Direction = { prompt: d.prompt, options: d.prompt };
  const variants: [boolean, string, boolean][] = [];
  const asWritten = sentencePrompt(text, span, text.slice(span.start, span.end));
  // A statement keeps its subject: one cut from the middle of a sentence cannot be judged.
  if (asWritten.text.startsWith("…")) return [];
  variants.push([true, asWritten.text, asWritten.cut || short.cut]);
  if (wrong) {
    const changed = sentencePrompt(text, span, wrong);
    variants.push([false, changed.text, changed.cut || short.cut]);
  }
  return variants.map(([isTrue, statement, cut]) =>
    makeQuestion(ctx.article, {
      type: "true-false",
      language: ctx.language,
      direction: own,
      variant: isTrue ? "true" : "false",
      factId,
      instruction: INSTRUCTIONS.trueFalse,
      prompt: statement,
      input: "choice",
      options: [
        { id: "true", text: labels.true },
        { id: "false", text: labels.false },
      ],
      answer: { kind: "option", optionId: isTrue ? "true" : "false" },
      sourceSentenceIds: [sentenceId],
      explanation: { vi: explain.verdict(isTrue, s.vi, "vi"), en: explain.verdict(isTrue, s.en, "en") },
      difficulty: difficultyOf("easy", own),
      making: { ...making, cut, verbatim: isTrue },
    }),
  );
}

/** A gap asked by choice, by typing and as true/false statements. */
export function gapQuestions(ctx: Context, gap: Gap): Built[] {
  const { d, factId, sentenceId, span } = gap;
  const s = sentenceOf(ctx, sentenceId);
  if (!s) return [];
  const whole = s[d.prompt];
  const source = gap.dropAfter ? whole.slice(0, span.end) + whole.slice(span.end + gap.dropAfter) : whole;
  const short = shortened(source, gap.limit === undefined ? undefined : gap.limit - (gap.dropAfter ?? 0));
  const prompt = gapPrompt(short.text, span, whole.slice(span.start, span.end), gap.otherNames);
  if (!prompt) return [];
  const making = { ...gap.making, cut: prompt.cut || short.cut };
  const common = { language: ctx.language, direction: d, factId, prompt: prompt.text, sourceSentenceIds: [sentenceId], explanation: gap.explanation, making };
  const questions: Built[] = [];
  // A gap that opens the sentence holds a capital ("Bảy năm trước"): so does every option, or
  // the key alone would stand out.
  const opening = whole.slice(0, span.start).trim() === "" && /^\p{Lu}/u.test(gap.answer);
  const distractors = opening ? gap.distractors.map((o) => o.charAt(0).toLocaleUpperCase(d.prompt) + o.slice(1)) : gap.distractors;
  const choice = choiceOptions(stableId("k", factId, d.prompt, d.options), gap.answer, distractors);
  if (choice) {
    questions.push(
      makeQuestion(ctx.article, {
        ...common,
        type: gap.choice.type,
        variant: gap.choice.type === "cloze" ? "choice" : "gap",
        instruction: gap.choice.instruction,
        input: "choice",
        options: choice.options,
        answer: { kind: "option", optionId: choice.answerId },
        difficulty: difficultyOf(gap.choice.difficulty, d),
      }),
    );
  }
  if (gap.typed) {
    const accepted = [...new Set(gap.typed.answer.accepted)];
    questions.push(
      makeQuestion(ctx.article, {
        ...common,
        type: "cloze",
        variant: "typed",
        instruction: gap.typed.instruction,
        input: "text",
        answer: { ...gap.typed.answer, accepted },
        difficulty: "hard",
        making: gap.typed.hinted ? { ...making, hinted: true } : making,
      }),
    );
  }
  if (gap.wrongInPrompt !== undefined) questions.push(...trueFalse(ctx, factId, d, sentenceId, span, gap.wrongInPrompt, gap.making, gap.limit));
  return questions;
}

const MALE_TITLE = /(?:^|\s)(ông|anh|thầy|chú|mr\.?)\s*$/iu;
const FEMALE_TITLE = /(?:^|\s)(bà|chị|cô|ms\.?|mrs\.?|miss|nữ sinh)\s*$/iu;

/** For a name swapped into a sentence: another person of the same sex as the one named (by
 * what the article knows of them, or by the title right before the name: "Chị ___"). */
export function sameGenderAs(ctx: Context, entityId: string | undefined, before: string): (name: { vi: string; en: string }) => boolean {
  const genders = ctx.analysis.entities.genders;
  const wanted = MALE_TITLE.test(before) ? "male" : FEMALE_TITLE.test(before) ? "female" : entityId ? genders.get(entityId) : undefined;
  return (name) => {
    if (!wanted) return true;
    const id = ctx.entities.find((e) => e.kind === "person" && e.name.vi === name.vi)?.entityId;
    const known = id ? genders.get(id) : undefined;
    return !known || known === wanted;
  };
}

/** A title or role written right before a name ("Thủ tướng", "Premier", "coach"). */
export const ROLE_BEFORE = /(thủ tướng|chủ tịch|tổng thống|bộ trưởng|giám đốc|hiệu trưởng|trưởng khoa|hlv|huấn luyện viên|tiền đạo|tiền vệ|thủ môn|ceo|premier|president|minister|director|chair\w*|coach|striker|midfielder|goalkeeper|headteacher)(?:\s+of(?:\s+the)?)?\s*$/iu;
