// Database ids derived from content keys, so a sentence keeps its id when the content file
// is edited and re-seeded (attempts and reading history can point at it safely).

/** The id of an article's row: its slug. */
export function articleId(slug: string): string {
  return slug;
}

/** The id of a block, sentence pair or glossary term: "<slug>:<key>". */
export function contentId(slug: string, key: string): string {
  return `${slug}:${key}`;
}

/** An HTML id for a sentence pair's anchor (ids like "waic-2025:p9-s2" contain a colon,
 * which CSS selectors would have to escape). */
export function sentenceAnchor(sentencePairId: string): string {
  return `s-${sentencePairId.replace(/[^A-Za-z0-9_-]/g, "_")}`;
}

/** The HTML id of a glossary term's row on the printable glossary page. */
export function glossaryAnchor(termId: string): string {
  return `glossary-${termId.replace(/[^A-Za-z0-9_-]/g, "_")}`;
}
