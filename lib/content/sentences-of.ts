// Walking an article's sentence pairs in reading order. Pure: no I/O.
import type { ArticleContent, BlockKind, SentencePairContent } from "./schema";

export type SentenceInArticle = SentencePairContent & {
  blockKey: string;
  blockKind: BlockKind;
  /** 0-based position in the whole article, notes included. */
  position: number;
};

/** Every sentence pair of the article in reading order, with the block it belongs to. */
export function allSentences(article: ArticleContent): SentenceInArticle[] {
  let position = 0;
  return article.blocks.flatMap((block) =>
    block.sentences.map((s) => ({ ...s, blockKey: block.key, blockKind: block.kind, position: position++ })),
  );
}

/** The published article's own sentences: everything except our editors' notes. */
export function articleTextSentences(article: ArticleContent): SentenceInArticle[] {
  return allSentences(article).filter((s) => s.blockKind !== "note");
}
