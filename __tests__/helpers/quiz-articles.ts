import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseArticleContent } from "@/lib/content/schema";
import { quizArticleFromContent } from "@/lib/quiz/article";
import type { QuizArticle } from "@/lib/quiz/types";

const load = (path: string): QuizArticle => quizArticleFromContent(parseArticleContent(JSON.parse(readFileSync(path, "utf8"))));

/** The seed article and the team's second, fictional test article, in the engine's shape. */
export const seedArticle = load(join(__dirname, "..", "..", "prisma", "seed", "articles", "waic-2025.json"));
export const secondArticle = load(join(__dirname, "..", "fixtures", "da-nang-walkway.json"));
