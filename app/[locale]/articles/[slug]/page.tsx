import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { localeAlternates } from "@/lib/i18n/alternates";
import { Link } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/routing";
import { getArticle } from "@/lib/server/articles";
import { ArticleHeader } from "@/app/_components/article/article-header";
import { BilingualArticle } from "@/app/_components/article/bilingual-article";
import { GlossaryTable } from "@/app/_components/article/glossary-table";

type Props = { params: Promise<{ locale: AppLocale; slug: string }> };

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  const article = await getArticle(slug);
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
  const article = await getArticle(slug);
  if (!article) notFound();
  const t = await getTranslations("Article");
  return (
    <article className="space-y-10">
      <ArticleHeader article={article} />
      <BilingualArticle article={article} />
      <GlossaryTable terms={article.glossary} />
      <p className="print:hidden">
        <Link href="/" className="text-accent underline underline-offset-4">
          {t("backHome")}
        </Link>
      </p>
    </article>
  );
}
