import "server-only";
import { z } from "zod";
import type { AssignmentInput } from "@/lib/classes/schemas";
import { generateQuestionBank, generateQuiz, retakeQuestions } from "@/lib/quiz/generate";
import { grade } from "@/lib/quiz/grade";
import { isFlagged } from "@/lib/quiz/quality";
import type { QualityFlag, Question, QuizLanguage } from "@/lib/quiz/types";
import { isTeacher, type Actor } from "@/lib/server/platform/actor";
import { getArticle } from "@/lib/server/learning/articles";
import { db } from "@/lib/server/platform/db";
import { DONE, failure, type Done, type Failure } from "@/lib/server/platform/errors";
import { quizArticleFromView } from "@/lib/server/learning/quiz-articles";
import { readStoredJson } from "@/lib/server/platform/stored-json";
import { StoredAssignmentSettings } from "@/lib/validation/quiz-settings";

// Assignments, teacher's side: create a draft, preview the article's question bank, switch
// questions off, publish. Every function finds only assignments of the actor's own classes.

const ownAssignment = (actor: Actor, id: string) => ({ id, class: { teacherId: actor.id } });

const QuestionIds = z.array(z.string());
const strings = (json: string): string[] => readStoredJson(QuestionIds, json, []);
const lists = (json: string): string[][] => readStoredJson(z.array(QuestionIds), json, []);

type StoredRow = Record<keyof z.infer<typeof StoredAssignmentSettings>, unknown> & { questionIds: string; disabledQuestionIds: string; retakeQuestionIds: string };

/** Reads a stored assignment's settings into plain values (unknown stored values read as defaults). */
export function assignmentSettings(row: StoredRow) {
  return {
    ...StoredAssignmentSettings.parse(row),
    questionIds: strings(row.questionIds),
    disabledQuestionIds: strings(row.disabledQuestionIds),
    retakeQuestionIds: lists(row.retakeQuestionIds),
  };
}

/** The bank ids asked in a learner's attempt number `used + 1`: the first quiz, then each
 * retake's questions in turn (over again when there are more attempts than retake lists). */
export function questionsForAttempt(settings: Pick<AssignmentSettings, "questionIds" | "retakeQuestionIds">, used: number): string[] {
  const forms = [settings.questionIds, ...settings.retakeQuestionIds.filter((f) => f.length > 0)];
  return forms[used % forms.length]!;
}
export type AssignmentSettings = ReturnType<typeof assignmentSettings>;

/** A draft assignment of an article for one of the teacher's active classes; "not-found" otherwise. */
export async function createAssignment(actor: Actor, classId: string, input: AssignmentInput): Promise<{ id: string } | Failure<"not-found">> {
  if (!isTeacher(actor)) return failure("not-found");
  const [owned, article] = await Promise.all([
    db().class.findFirst({ where: { id: classId, teacherId: actor.id, archivedAt: null }, select: { id: true } }),
    // A teacher assigns the site's articles and their own, never another teacher's.
    db().article.findFirst({ where: { slug: input.articleSlug, OR: [{ visibility: "site" }, { ownerId: actor.id }] }, select: { id: true } }),
  ]);
  if (!owned || !article) return failure("not-found");
  // Questions the engine flags start switched off: the teacher sees them first, with the
  // reason, and can switch any back on.
  const flagged = (await bankFor(input.articleSlug, input.quizLanguage)).filter(isFlagged).map((q) => q.id);
  return db().assignment.create({
    data: {
      classId,
      articleId: article.id,
      instructions: input.instructions,
      dueAt: input.dueAt,
      readPercent: input.readPercent,
      quizRequired: input.quizRequired,
      quizLength: input.quizLength,
      quizLanguage: input.quizLanguage,
      feedbackMode: input.feedbackMode,
      passMark: input.passMark,
      attemptsAllowed: input.attemptsAllowed,
      guidedReading: input.guidedReading,
      reviewAnswers: input.reviewAnswers,
      disabledQuestionIds: JSON.stringify(flagged),
    },
    select: { id: true },
  });
}

/** One of the teacher's assignments with its class and article, or null. */
export async function getTeacherAssignment(actor: Actor, assignmentId: string) {
  if (!isTeacher(actor)) return null;
  const row = await db().assignment.findFirst({
    // The article must still be one the teacher may use: another teacher's article assigned
    // while it was everyone's and since kept for its own classes is no longer shown here.
    where: { ...ownAssignment(actor, assignmentId), article: { OR: [{ visibility: "site" }, { ownerId: actor.id }] } },
    include: {
      class: { select: { id: true, name: true, archivedAt: true } },
      article: { select: { slug: true, titleVi: true, titleEn: true } },
    },
  });
  if (!row) return null;
  return {
    id: row.id,
    published: row.publishedAt !== null,
    publishedAt: row.publishedAt,
    class: { id: row.class.id, name: row.class.name, archived: row.class.archivedAt !== null },
    article: { slug: row.article.slug, title: { vi: row.article.titleVi, en: row.article.titleEn } },
    settings: assignmentSettings(row),
  };
}
export type TeacherAssignment = NonNullable<Awaited<ReturnType<typeof getTeacherAssignment>>>;

/** A bank question as the teacher previews it: with its answer, which learners never see here. */
export type BankQuestionView = {
  id: string;
  factId: string;
  type: Question["type"];
  instruction: string;
  prompt: string;
  promptLanguage: "vi" | "en";
  optionsLanguage: "vi" | "en";
  options: string[];
  answer: string;
  /** The article sentence the question comes from. */
  source: { vi: string; en: string } | null;
  enabled: boolean;
  /** The engine's quality score (0–1) and why it is lower; flagged ones start switched off. */
  quality: number;
  flags: QualityFlag[];
  flagged: boolean;
};

async function bankFor(slug: string, language: QuizLanguage): Promise<Question[]> {
  const view = await getArticle(slug);
  return view ? generateQuestionBank(quizArticleFromView(view), language) : [];
}

function bankView(q: Question, enabled: boolean): BankQuestionView {
  return {
    id: q.id,
    factId: q.factId,
    type: q.type,
    instruction: q.instruction,
    prompt: q.prompt,
    promptLanguage: q.promptLanguage,
    optionsLanguage: q.optionsLanguage,
    options: q.type === "matching" || q.type === "ordering" ? [] : (q.options ?? []).map((o) => o.text),
    answer: grade(q, { text: "" }).expected,
    source: q.sources[0] ? { vi: q.sources[0].vi, en: q.sources[0].en } : null,
    enabled,
    quality: q.quality,
    flags: q.flags,
    flagged: isFlagged(q),
  };
}

/** The article's question bank in the assignment's language, each marked on or off: the
 * flagged questions first (the weakest first), then the rest in the bank's order. */
export async function assignmentBank(actor: Actor, assignmentId: string): Promise<BankQuestionView[] | null> {
  const assignment = await getTeacherAssignment(actor, assignmentId);
  if (!assignment) return null;
  const off = new Set(assignment.settings.disabledQuestionIds);
  const views = (await bankFor(assignment.article.slug, assignment.settings.quizLanguage)).map((q) => bankView(q, !off.has(q.id)));
  return [...views.filter((v) => v.flagged).sort((a, b) => a.quality - b.quality), ...views.filter((v) => !v.flagged)];
}

/** The questions every learner of a published assignment is asked first, in bank order, with
 * answers, each with the other questions its fact is asked as in retakes. */
export async function assignmentQuestions(assignment: TeacherAssignment): Promise<(BankQuestionView & { retakes: BankQuestionView[] })[]> {
  const { questionIds, retakeQuestionIds } = assignment.settings;
  const bank = await bankFor(assignment.article.slug, assignment.settings.quizLanguage);
  const byId = new Map(bank.map((q) => [q.id, q]));
  const slots = new Map(questionIds.map((id, slot) => [id, slot]));
  return bank
    .filter((q) => slots.has(q.id))
    .map((q) => {
      const slot = slots.get(q.id)!;
      const others = [...new Set(retakeQuestionIds.map((ids) => ids[slot]))].filter((id): id is string => id !== undefined && id !== q.id);
      return { ...bankView(q, true), retakes: others.flatMap((id) => (byId.has(id) ? [bankView(byId.get(id)!, true)] : [])) };
    });
}


/**
 * Saves which bank questions stay on and, when publishing, fixes the quiz's questions (drawn
 * from those left on, one per fact, types mixed) and opens the assignment to the class.
 * A published assignment keeps its questions: learners may already have answered them.
 */
export async function saveQuestionChoices(
  actor: Actor,
  assignmentId: string,
  enabledIds: string[],
  publish: boolean,
): Promise<{ published: boolean } | Failure<"not-found" | "no-questions-left">> {
  const assignment = await getTeacherAssignment(actor, assignmentId);
  if (!assignment || assignment.published || assignment.class.archived) return failure("not-found");
  const view = await getArticle(assignment.article.slug);
  if (!view) return failure("not-found");
  const article = quizArticleFromView(view);
  const { quizLanguage, quizLength, quizRequired } = assignment.settings;
  const on = new Set(enabledIds);
  const disabled = generateQuestionBank(article, quizLanguage)
    .map((q) => q.id)
    .filter((id) => !on.has(id));
  const chosen = generateQuiz(article, { seed: assignment.id, language: quizLanguage, count: quizLength, exclude: disabled }).map((q) => q.id);
  if (publish && quizRequired && chosen.length === 0) return failure("no-questions-left");
  const retakes = publish && quizRequired ? retakeQuestions(article, quizLanguage, chosen, assignment.settings.attemptsAllowed - 1, disabled) : [];
  await db().assignment.updateMany({
    where: { ...ownAssignment(actor, assignmentId), publishedAt: null },
    data: {
      disabledQuestionIds: JSON.stringify(disabled),
      ...(publish ? { questionIds: JSON.stringify(quizRequired ? chosen : []), retakeQuestionIds: JSON.stringify(retakes), publishedAt: new Date() } : {}),
    },
  });
  return { published: publish };
}

/** Moves (or removes) the due date of one of the teacher's assignments; "not-found" if not theirs. */
export async function setAssignmentDue(actor: Actor, assignmentId: string, dueAt: Date | null): Promise<Done | Failure<"not-found">> {
  if (!isTeacher(actor)) return failure("not-found");
  const result = await db().assignment.updateMany({ where: ownAssignment(actor, assignmentId), data: { dueAt } });
  return result.count === 1 ? DONE : failure("not-found");
}

/** Deletes a draft (published work stays: learners' attempts count toward it). */
export async function deleteDraftAssignment(actor: Actor, assignmentId: string): Promise<Done | Failure<"not-found">> {
  if (!isTeacher(actor)) return failure("not-found");
  const result = await db().assignment.deleteMany({ where: { ...ownAssignment(actor, assignmentId), publishedAt: null } });
  return result.count === 1 ? DONE : failure("not-found");
}
