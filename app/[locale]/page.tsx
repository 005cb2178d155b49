import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { localeAlternates } from "@/lib/i18n/alternates";
import type { AppLocale } from "@/lib/i18n/routing";
import { listArticles } from "@/lib/server/learning/articles";
import { ArticleCard } from "../_components/article-card";

type Props = { params: Promise<{ locale: AppLocale }> };

// Articles come from the database, so the page is rendered per request.
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Metadata" });
  return { title: { absolute: t("homeTitle") }, alternates: localeAlternates("", locale) };
}

export default async function HomePage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("Home");
  const articles = await listArticles();
  return (
    <div className="space-y-12">
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
        <h2 id="articles-heading" className="text-2xl font-bold">
          {t("articlesHeading")}
        </h2>
        {articles.length === 0 ? (
          <p className="text-muted">{t("noArticles")}</p>
        ) : (
          <ul className="grid gap-6">
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
