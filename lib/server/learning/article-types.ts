// The shapes the article pages receive from lib/server/articles.ts (plain data, no rows).
import type { BlockKind, GlossaryKind } from "@/lib/content/schema";

export type Bilingual = { vi: string; en: string };

export type SentencePairView = { id: string; vi: string; en: string };

export type ArticleBlockView = {
  id: string;
  kind: BlockKind;
  imageUrl: string | null;
  credit: Bilingual | null;
  /** For an editor's note: the sentence pair it comments on. */
  refersToSentenceId: string | null;
  sentences: SentencePairView[];
};

export type GlossaryTermView = {
  id: string;
  vi: string;
  en: string;
  /** Other English forms of the term in the translation ("headquartered"). */
  enForms: string[];
  kind: GlossaryKind;
  /** Other names of the same thing in the article, per language (for the quiz engine). */
  aliases: { vi?: string[]; en?: string[] };
  /** Ids of glossary terms that name the same thing. */
  sameAs: string[];
  note: Bilingual;
  /** Sentence pairs containing the term, in reading order. */
  sentenceIds: string[];
};

export type ArticleView = {
  id: string;
  slug: string;
  originalLanguage: string;
  title: Bilingual;
  source: { name: string | null; url: string | null; publishedOn: string | null };
  credits: Bilingual;
  blocks: ArticleBlockView[];
  glossary: GlossaryTermView[];
  /** Who may read it: everyone (site) or the owner's classes (classes; served per request). */
  visibility: "site" | "classes";
  /** The teacher who imported it, or null for the site's own. */
  ownerId: string | null;
};

export type ArticleCardView = {
  slug: string;
  /** Where it is read (the cached reader, or the checked one for a class's article). */
  href: string;
  level: string | null;
  topics: string[];
  visibility: "site" | "classes";
  /** The teacher who imported it, or null for the site's own. */
  owner: string | null;
  mine: boolean;
  title: Bilingual;
  /** The first sentence of the article body, as a teaser. */
  lead: Bilingual | null;
  sentenceCount: number;
  glossaryTermCount: number;
};
