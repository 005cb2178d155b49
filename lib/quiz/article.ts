// Builds the engine's view of an article from the content format (a content file, or the
// same shape read from the database). Pure.
import { linkGlossary } from "@/lib/content/glossary";
import { contentId } from "@/lib/content/ids";
import type { ArticleContent } from "@/lib/content/schema";
import { articleTextSentences } from "@/lib/content/sentences-of";
import type { QuizArticle } from "./types";

/** The article's own sentences (editors' notes are not quizzed) and its glossary, with ids
 * as the database has them ("waic-2025:p3-s2"). */
export function quizArticleFromContent(content: ArticleContent): QuizArticle {
  const links = linkGlossary(content);
  return {
    slug: content.slug,
    sentences: articleTextSentences(content).map((s) => ({
      id: contentId(content.slug, s.key),
      blockId: contentId(content.slug, s.blockKey),
      vi: s.vi,
      en: s.en,
      blockKind: s.blockKind === "figure" ? "figure" : s.blockKind === "headline" ? "headline" : "paragraph",
    })),
    glossary: content.glossary.map((t) => ({
      id: contentId(content.slug, t.key),
      vi: t.vi,
      en: t.en,
      enForms: t.enForms ?? [],
      kind: t.kind,
      sentenceIds: (links.get(t.key) ?? []).map((key) => contentId(content.slug, key)),
      ...(t.aliases ? { aliases: t.aliases } : {}),
      ...(t.sameAs ? { sameAs: t.sameAs.map((key) => contentId(content.slug, key)) } : {}),
    })),
  };
}
