import "server-only";
import { randomBytes } from "node:crypto";
import { generateQuestionBank, generateQuiz, quizOfQuestions } from "@/lib/quiz/generate";
import { sealQuestion } from "@/lib/quiz/seal";
import type { QuizSettings } from "@/lib/quiz/schemas";
import type { FeedbackMode } from "@/lib/validation/quiz-settings";
import type { Question, QuizArticle, QuizLanguage } from "@/lib/quiz/types";
import { getReadableArticle } from "./articles";
import { db } from "@/lib/server/platform/db";
import { quizArticleFromView } from "./quiz-articles";
import { answersWithheldFor } from "./attempts";

// Quizzes: generating and storing one for a learner, and what a finished attempt leads to
// (retry with the same settings, practise the facts missed).

const newPublicId = () => randomBytes(6).toString("base64url").replace(/[-_]/g, "x");

export type StartOptions = QuizSettings & {
  origin?: "standard" | "retry" | "mistakes";
  seed?: string;
  factIds?: string[];
  /** A class assignment's quiz: its fixed bank questions, the assignment it counts for and
   * which try at it this is (0 for the first; unique per learner, see the Quiz model). */
  assignment?: { id: string; questionIds: string[]; try: number };
};

/** Questions for "practise my mistakes": one per missed fact, each asked a new way when possible. */
function mistakeQuestions(article: QuizArticle, language: QuizLanguage, factIds: string[], seed: string, count: number): Question[] {
  const wanted = new Set(factIds);
  const pool = generateQuiz(article, { seed, language, count: 10_000 }).filter((q) => wanted.has(q.factId));
  // generateQuiz keeps one question per fact; facts it skipped come from the bank.
  const have = new Set(pool.map((q) => q.factId));
  const rest = generateQuestionBank(article, language).filter((q) => wanted.has(q.factId) && !have.has(q.factId) && (have.add(q.factId), true));
  return [...pool, ...rest].slice(0, count);
}

/**
 * Generates a quiz for the learner, stores it with its sealed answer keys and opens an
 * attempt. Returns the attempt id, or null when the article does not exist or has no
 * questions to ask.
 */
export async function startQuiz(userId: string, options: StartOptions): Promise<string | null> {
  const view = await getReadableArticle({ id: userId }, options.slug);
  if (!view) return null;
  const article = quizArticleFromView(view);
  const seed = options.seed ?? randomBytes(8).toString("hex");
  const questions = options.assignment
    ? quizOfQuestions(article, options.quizLanguage, options.assignment.questionIds, seed)
    : options.origin === "mistakes"
      ? mistakeQuestions(article, options.quizLanguage, options.factIds ?? [], seed, options.quizLength)
      : generateQuiz(article, { seed, language: options.quizLanguage, count: options.quizLength });
  if (questions.length === 0) return null;
  const quiz = await db().quiz.create({
    data: {
      userId,
      articleId: view.id,
      seed,
      language: options.quizLanguage,
      feedbackMode: options.feedbackMode,
      origin: options.origin ?? "standard",
      assignmentId: options.assignment?.id ?? null,
      assignmentTry: options.assignment?.try ?? null,
      questions: {
        create: questions.map((question, position) => {
          const { publicQuestion, key } = sealQuestion(question, newPublicId);
          return {
            position,
            engineId: question.id,
            factId: question.factId,
            type: question.type,
            prompt: JSON.stringify(publicQuestion),
            answerKey: JSON.stringify(key),
            sourceSentenceIds: JSON.stringify(question.sourceSentenceIds),
          };
        }),
      },
      attempt: { create: { userId, articleId: view.id, questionCount: questions.length } },
    },
    select: { attempt: { select: { id: true } } },
  });
  return quiz.attempt?.id ?? null;
}

/** The facts the learner got wrong in a submitted attempt (for "practise my mistakes"); null
 * while the attempt's assignment withholds its right answers. */
export async function missedFacts(userId: string, attemptId: string): Promise<{ slug: string; language: QuizLanguage; factIds: string[] } | null> {
  // Submitting writes a graded answer for every question (unanswered ones too), so the
  // missed facts are those of the answers not marked correct.
  const attempt = await db().attempt.findFirst({
    where: { id: attemptId, userId, status: "submitted" },
    select: {
      answers: { where: { correct: false }, select: { question: { select: { factId: true } } } },
      quiz: { select: { language: true, assignmentId: true, article: { select: { slug: true } } } },
    },
  });
  if (!attempt) return null;
  // Practising the facts missed would show the answers the teacher withholds for now.
  if ((await answersWithheldFor(userId, attempt.quiz.assignmentId)).withheld) return null;
  const factIds = [...new Set(attempt.answers.map((a) => a.question.factId))];
  return { slug: attempt.quiz.article.slug, language: attempt.quiz.language as QuizLanguage, factIds };
}

/** The settings of an attempt's quiz (for "retry"), for its owner only. */
export async function attemptSettings(userId: string, attemptId: string): Promise<QuizSettings | null> {
  const attempt = await db().attempt.findFirst({
    where: { id: attemptId, userId },
    select: { questionCount: true, quiz: { select: { language: true, feedbackMode: true, article: { select: { slug: true } } } } },
  });
  if (!attempt) return null;
  const quizLength = attempt.questionCount <= 5 ? 5 : attempt.questionCount <= 10 ? 10 : 20;
  return {
    slug: attempt.quiz.article.slug,
    quizLength,
    quizLanguage: attempt.quiz.language as QuizLanguage,
    feedbackMode: attempt.quiz.feedbackMode as FeedbackMode,
  };
}

/** The learner's attempts, newest first (optionally for one article). */
export async function listAttempts(userId: string, slug?: string) {
  return db().attempt.findMany({
    where: { userId, ...(slug ? { quiz: { article: { slug } } } : {}) },
    orderBy: { startedAt: "desc" },
    take: 100,
    select: {
      id: true,
      status: true,
      score: true,
      questionCount: true,
      startedAt: true,
      submittedAt: true,
      quiz: { select: { language: true, feedbackMode: true, origin: true, article: { select: { slug: true, titleVi: true, titleEn: true } } } },
    },
  });
}

