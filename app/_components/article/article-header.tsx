import { useLocale, useTranslations } from "next-intl";
import { sentenceAnchor } from "@/lib/content/ids";
import type { ArticleView } from "@/lib/server/learning/articles";

/** The headline in both languages, then where the article comes from and who made this edition. */
export function ArticleHeader({ article }: { article: ArticleView }) {
  const t = useTranslations("Article");
  const locale = useLocale() as "vi" | "en";
  const headline = article.blocks.find((b) => b.kind === "headline")?.sentences[0];
  const { source } = article;
  return (
    <header className="space-y-4 border-b border-line pb-6">
      {headline && (
        <h1 className="space-y-2" data-sentence-id={headline.id} id={sentenceAnchor(headline.id)}>
          <span lang="vi" className="block text-3xl font-bold leading-tight sm:text-4xl">
            {headline.vi}
          </span>
          <span lang="en" className="block text-xl font-medium leading-snug text-muted sm:text-2xl">
            {headline.en}
          </span>
        </h1>
      )}
      <div className="space-y-1 text-sm text-muted">
        <p>{t("originalLanguage", { language: t("languageName", { code: article.originalLanguage }) })}</p>
        <p>
          {source.name === null && t("sourceUnknown")}
          {source.name !== null && source.url === null && t("source", { name: source.name })}
          {source.name !== null && source.url !== null && (
            <a href={source.url} className="underline" rel="noopener noreferrer">
              {t("source", { name: source.name })}
            </a>
          )}
          {source.publishedOn && <> · {t("publishedOn", { date: new Date(source.publishedOn) })}</>}
        </p>
        <p>{article.credits[locale]}</p>
      </div>
    </header>
  );
}
