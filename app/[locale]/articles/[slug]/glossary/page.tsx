import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { localeAlternates } from "@/lib/i18n/alternates";
import type { AppLocale } from "@/lib/i18n/routing";
import { getReadableArticle } from "@/lib/server/learning/articles";
import { currentUser } from "@/lib/server/platform/session";
import { GlossaryTable } from "@/app/_components/article/glossary-table";
import { LocaleLink } from "@/app/_components/locale-link";

type Props = { params: Promise<{ locale: AppLocale; slug: string }> };

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  const article = await getReadableArticle(await currentUser(), slug);
  if (!article) return {};
  const t = await getTranslations({ locale, namespace: "GlossaryPage" });
  return { title: t("title", { title: article.title[locale] }), alternates: localeAlternates(`/articles/${slug}/glossary`, locale) };
}

/** The article's glossary as a page of its own: works without JavaScript and prints well. */
export default async function GlossaryPage({ params }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const article = await getReadableArticle(await currentUser(), slug);
  if (!article) notFound();
  const t = await getTranslations("GlossaryPage");
  return (
    <div className="space-y-6">
      <p className="print:hidden">
        <LocaleLink href={`/articles/${slug}`} className="text-accent underline underline-offset-4">
          {t("backToArticle")}
        </LocaleLink>
      </p>
      <h1 className="text-2xl font-bold">
        <span lang="vi" className="block">{article.title.vi}</span>
        <span lang="en" className="block text-lg font-medium text-muted">{article.title.en}</span>
      </h1>
      <GlossaryTable terms={article.glossary} articleHref={`/articles/${slug}`} />
    </div>
  );
}
