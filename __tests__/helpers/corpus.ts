// The seed article and the team's test corpus (__tests__/fixtures/articles), each with the
// key facts and alias groups written by hand in its .facts.json file.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseArticleContent } from "@/lib/content/schema";
import { quizArticleFromContent } from "@/lib/quiz/article";
import type { Lang, QuizArticle } from "@/lib/quiz/types";

export type TypedCases = { accept: string[]; reject: string[] };
export type KeyFact = {
  id: string;
  sentence: string;
  kind: "number" | "date" | "name" | "quotation" | "role" | "term" | "list";
  vi: string;
  en: string;
  teacherQuestion: Record<Lang, string>;
  typed?: Partial<Record<Lang, TypedCases>>;
};
export type ArticleFacts = { slug: string; genre: string; keyFacts: KeyFact[]; aliasGroups: string[][] };
export type CorpusArticle = { slug: string; article: QuizArticle; facts: ArticleFacts };

const ROOT = join(__dirname, "..", "..");
const read = (path: string) => JSON.parse(readFileSync(path, "utf8")) as unknown;

function load(contentPath: string, factsPath: string): CorpusArticle {
  const article = quizArticleFromContent(parseArticleContent(read(contentPath)));
  return { slug: article.slug, article, facts: read(factsPath) as ArticleFacts };
}

function folder(dir: string): CorpusArticle[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json") && !f.endsWith(".facts.json"))
    .sort()
    .map((f) => load(join(dir, f), join(dir, f.replace(/\.json$/, ".facts.json"))));
}

/** The seed and the six corpus articles. */
export const corpus: CorpusArticle[] = [
  load(join(ROOT, "prisma", "seed", "articles", "waic-2025.json"), join(ROOT, "__tests__", "fixtures", "seed", "waic-2025.facts.json")),
  ...folder(join(ROOT, "__tests__", "fixtures", "articles")),
];

/** The articles kept out of tuning (rated in docs/quiz-quality.md): checked only against
 * rules that hold for any article, never against facts written for them. */
export const holdout: CorpusArticle[] = folder(join(ROOT, "__tests__", "fixtures", "holdout"));

/** The sentence key of an engine sentence id ("waic-2025:p3-s2" → "p3-s2"). */
export const sentenceKey = (id: string) => id.slice(id.indexOf(":") + 1);
