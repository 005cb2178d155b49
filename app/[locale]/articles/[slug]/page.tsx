import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { localizedPath } from "@/lib/i18n/paths";
import { Slug } from "@/lib/validation/ids";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { localeAlternates } from "@/lib/i18n/alternates";
import type { AppLocale } from "@/lib/i18n/routing";
import { getPublicArticle } from "@/lib/server/learning/articles";
import { ArticleReading } from "@/app/_components/article/article-reading";

type Props = { params: Promise<{ locale: AppLocale; slug: string }> };

// Rendered on the first visit and then served from the cache (the reader's preferences are
// applied in the browser); refreshed in the background at most every five minutes.
export const revalidate = 300;

export function generateStaticParams(): { slug: string }[] {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  const article = await getPublicArticle(slug);
  if (!article) return {};
  const t = await getTranslations({ locale, namespace: "Metadata" });
  const title = article.title[locale];
  return {
    title,
    description: t("articleDescription", { title }),
    alternates: localeAlternates(`/articles/${slug}`, locale),
  };
}

export default async function ArticlePage({ params }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  // Served from the cache to everyone: an article for a teacher's classes is read at
  // /library/<slug>, where the session is checked. Any slug that is not public goes there, so
  // old links keep working and nobody learns from this page which class articles exist.
  const article = await getPublicArticle(slug);
  if (!article) {
    if (!Slug.safeParse(slug).success) notFound();
    redirect(localizedPath(locale, `/library/${slug}`));
  }
  return <ArticleReading article={article} locale={locale} />;
}
