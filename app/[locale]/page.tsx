import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { LEVELS } from "@/lib/align/draft";
import { localeAlternates } from "@/lib/i18n/alternates";
import type { AppLocale } from "@/lib/i18n/routing";
import { LibraryQuery } from "@/lib/validation/authoring";
import { listArticles } from "@/lib/server/learning/articles";
import { isTeacher } from "@/lib/server/platform/actor";
import { currentUser } from "@/lib/server/platform/session";
import { ArticleCard } from "../_components/article-card";
import { LocaleLink } from "../_components/locale-link";

type Props = { params: Promise<{ locale: AppLocale }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

// The library depends on who is reading (teachers' articles for their classes), so the page is
// rendered per request.
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Metadata" });
  return { title: { absolute: t("homeTitle") }, alternates: localeAlternates("", locale) };
}

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** The library: search (marks optional), level and topic, newest first. */
export default async function HomePage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const raw = await searchParams;
  const query = LibraryQuery.parse({ q: one(raw.q) ?? "", level: one(raw.level) || null, topic: one(raw.topic) || null });
  const [t, user] = await Promise.all([getTranslations("Home"), currentUser()]);
  const reader = user && !user.isGuest ? { id: user.id, role: user.role } : null;
  const [articles, all] = await Promise.all([listArticles(reader, query), listArticles(reader)]);
  const topics = [...new Set(all.flatMap((a) => a.topics))].sort((a, b) => a.localeCompare(b, locale));
  const filtered = query.q !== "" || query.level !== null || query.topic !== null;
  return (
    <div className="space-y-10">
      <section className="max-w-3xl space-y-4">
        <h1 className="text-3xl font-bold leading-tight sm:text-4xl">{t("title")}</h1>
        <p className="text-lg text-muted">{t("lead")}</p>
      </section>
      <section className="grid gap-6 sm:grid-cols-2">
        <div className="rounded-lg border border-line p-5">
          <h2 className="mb-2 font-semibold">{t("forLearnersTitle")}</h2>
          <p className="text-muted">{t("forLearners")}</p>
        </div>
        <div className="rounded-lg border border-line p-5">
          <h2 className="mb-2 font-semibold">{t("forTeachersTitle")}</h2>
          <p className="text-muted">{t("forTeachers")}</p>
        </div>
      </section>
      <section aria-labelledby="articles-heading" className="space-y-4">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h2 id="articles-heading" className="text-2xl font-bold">
            {t("articlesHeading")}
          </h2>
          {isTeacher(user) && (
            <LocaleLink href="/library/new" className="btn btn-primary">
              {t("newArticle")}
            </LocaleLink>
          )}
        </div>
        <form role="search" method="get" className="flex flex-wrap items-end gap-3">
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
            <LocaleLink href="/" className="self-center text-sm underline">
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
    </div>
  );
}
