import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { localeAlternates } from "@/lib/i18n/alternates";
import type { AppLocale } from "@/lib/i18n/routing";
import { listArticles } from "@/lib/server/learning/articles";
import { LocaleLink } from "../_components/locale-link";
import { LibraryView, topicsOf } from "./library/library-view";

type Props = { params: Promise<{ locale: AppLocale }> };

// The same page for everyone: rendered on the first visit, then served from the cache and
// rebuilt when an article is published for the whole site (library/actions.ts), and at most
// every five minutes. Not at build time (no static params): the build may not see the database
// the server will serve. Each reader's own and class articles are on the library page.
export const revalidate = 300;

export function generateStaticParams(): { locale: AppLocale }[] {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Metadata" });
  return { title: { absolute: t("homeTitle") }, alternates: localeAlternates("", locale) };
}

/** The site's front page: what Song Ngữ is, and the site's articles, newest first. */
export default async function HomePage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const [t, articles] = await Promise.all([getTranslations("Home"), listArticles(null)]);
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
      <p>
        <LocaleLink href="/library" className="font-semibold underline underline-offset-4">
          {t("openLibrary")}
        </LocaleLink>
      </p>
      <LibraryView locale={locale} articles={articles} topics={topicsOf(articles, locale)} query={{ q: "", level: null, topic: null }} headingLevel={2} />
    </div>
  );
}
