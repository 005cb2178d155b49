import { getTranslations } from "next-intl/server";
import { ArticleCard } from "@/app/_components/article-card";
import { LocaleLink } from "@/app/_components/locale-link";
import { LEVELS } from "@/lib/align/draft";
import { localizedPath } from "@/lib/i18n/paths";
import type { AppLocale } from "@/lib/i18n/routing";
import type { ArticleCardView } from "@/lib/server/learning/articles";

type Props = {
  locale: AppLocale;
  articles: ArticleCardView[];
  /** Every topic the reader may filter by. */
  topics: string[];
  query: { q: string; level: string | null; topic: string | null };
  /** The heading's level: the home page's section (h2) or the library page's title (h1). */
  headingLevel: 1 | 2;
  /** A teacher's "New article" button. */
  canAdd?: boolean;
};

/**
 * The library's search form and its articles, newest first. The form always asks the library
 * page (/library), rendered per request for the reader; the home page shows the site's
 * articles from its cache with the same form.
 */
export async function LibraryView({ locale, articles, topics, query, headingLevel, canAdd = false }: Props) {
  const t = await getTranslations("Home");
  const Heading = headingLevel === 1 ? "h1" : "h2";
  const filtered = query.q !== "" || query.level !== null || query.topic !== null;
  return (
    <section aria-labelledby="articles-heading" className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <Heading id="articles-heading" className={headingLevel === 1 ? "text-3xl font-bold" : "text-2xl font-bold"}>
          {t("articlesHeading")}
        </Heading>
        {canAdd && (
          <LocaleLink href="/library/new" className="btn btn-primary">
            {t("newArticle")}
          </LocaleLink>
        )}
      </div>
      <form role="search" method="get" action={localizedPath(locale, "/library")} className="flex flex-wrap items-end gap-3">
        <label className="min-w-60 grow space-y-1">
          <span className="block font-medium">{t("searchLabel")}</span>
          <input type="search" name="q" defaultValue={query.q} placeholder={t("searchPlaceholder")} className="field" maxLength={100} />
        </label>
        <label className="space-y-1">
          <span className="block font-medium">{t("level")}</span>
          <select name="level" defaultValue={query.level ?? ""} className="field">
            <option value="">{t("anyLevel")}</option>
            {LEVELS.map((l) => (
              <option key={l}>{l}</option>
            ))}
          </select>
        </label>
        {topics.length > 0 && (
          <label className="space-y-1">
            <span className="block font-medium">{t("topic")}</span>
            <select name="topic" defaultValue={query.topic ?? ""} className="field">
              <option value="">{t("anyTopic")}</option>
              {topics.map((topic) => (
                <option key={topic}>{topic}</option>
              ))}
            </select>
          </label>
        )}
        <button type="submit" className="btn">
          {t("search")}
        </button>
        {filtered && (
          <LocaleLink href="/library" className="self-center text-sm underline">
            {t("clear")}
          </LocaleLink>
        )}
      </form>
      {articles.length === 0 ? (
        <p className="text-muted">{filtered ? t("noMatches") : t("noArticles")}</p>
      ) : (
        <ul className="grid gap-6" data-testid="library">
          {articles.map((article) => (
            <li key={article.slug}>
              <ArticleCard article={article} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The topics of a list of articles, sorted in the UI language. */
export function topicsOf(articles: ArticleCardView[], locale: AppLocale): string[] {
  return [...new Set(articles.flatMap((a) => a.topics))].sort((a, b) => a.localeCompare(b, locale));
}
