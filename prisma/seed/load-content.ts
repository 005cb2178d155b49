// Reads the versioned article content files and validates them.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseArticleContent, type ArticleContent } from "../../lib/content/schema";

export const ARTICLES_DIR = join(__dirname, "articles");

export type LoadedArticle = { content: ArticleContent; hash: string; file: string };

/** Loads and validates one content file; throws naming the file on any problem. */
export function loadArticleFile(file: string): LoadedArticle {
  const raw = readFileSync(file, "utf8");
  try {
    const content = parseArticleContent(JSON.parse(raw));
    return { content, hash: createHash("sha256").update(raw).digest("hex"), file };
  } catch (error) {
    throw new Error(`${file}: ${(error as Error).message}`);
  }
}

/** Every article content file in `dir`, sorted by file name. */
export function loadArticleFiles(dir: string = ARTICLES_DIR): LoadedArticle[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith(".json"))
    .sort()
    .map((name) => loadArticleFile(join(dir, name)));
}
