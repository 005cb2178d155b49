// Reads the versioned article content files and validates them.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseArticleContent, type ArticleContent } from "../../lib/content/schema";

export const ARTICLES_DIR = join(__dirname, "articles");

/**
 * Mixed into each content hash: bump it when the seed starts storing something new, so that
 * databases seeded by the older code are rewritten even though their files did not change.
 */
export const SEED_FORMAT = 5;

export type LoadedArticle = { content: ArticleContent; hash: string; file: string };

/** Loads and validates one content file; throws naming the file on any problem. */
export function loadArticleFile(file: string): LoadedArticle {
  const raw = readFileSync(file, "utf8");
  try {
    const content = parseArticleContent(JSON.parse(raw));
    const hash = createHash("sha256").update(`seed-format ${SEED_FORMAT}\n`).update(raw).digest("hex");
    return { content, hash, file };
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
