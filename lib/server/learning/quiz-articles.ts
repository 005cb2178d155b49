import "server-only";
import type { QuizArticle } from "@/lib/quiz/types";
import type { ArticleView } from "./article-types";

// The engine's view of a stored article (memoised per view: views are reused until the
// article's content changes, so the question bank is computed once per article).

const quizArticles = new WeakMap<ArticleView, QuizArticle>();

export function quizArticleFromView(view: ArticleView): QuizArticle {
  let article = quizArticles.get(view);
  if (!article) {
    article = {
      slug: view.slug,
      sentences: view.blocks
        .filter((b) => b.kind !== "note")
        .flatMap((b) =>
          b.sentences.map((s) => ({ id: s.id, blockId: b.id, vi: s.vi, en: s.en, blockKind: b.kind === "figure" ? ("figure" as const) : b.kind === "headline" ? ("headline" as const) : ("paragraph" as const) })),
        ),
      glossary: view.glossary.map((t) => ({
        id: t.id,
        vi: t.vi,
        en: t.en,
        enForms: t.enForms,
        kind: t.kind,
        sentenceIds: t.sentenceIds,
        aliases: t.aliases,
        sameAs: t.sameAs,
      })),
    };
    quizArticles.set(view, article);
  }
  return article;
}
