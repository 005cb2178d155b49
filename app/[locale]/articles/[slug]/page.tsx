import { countableParagraphs } from "@/lib/reading/progress";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { localeAlternates } from "@/lib/i18n/alternates";
import { localizedPath } from "@/lib/i18n/paths";
import type { AppLocale } from "@/lib/i18n/routing";
import { getArticle } from "@/lib/server/learning/articles";
import { ArticleHeader } from "@/app/_components/article/article-header";
import { BilingualArticle } from "@/app/_components/article/bilingual-article";
import { LocaleLink } from "@/app/_components/locale-link";
import { readerLabels } from "@/app/_components/reader/labels";
import { ReaderShell } from "@/app/_components/reader/reader-shell";

type Props = { params: Promise<{ locale: AppLocale; slug: string }> };

// Rendered on the first visit and then served from the cache (the reader's preferences are
// applied in the browser); refreshed in the background at most every five minutes.
export const revalidate = 300;

export function generateStaticParams(): { slug: string }[] {
  return [];
}

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
  const [t, quiz, labels] = await Promise.all([getTranslations("Article"), getTranslations("Quiz"), readerLabels()]);
  const paragraphs = countableParagraphs(article.blocks);
  return (
    <article className="space-y-10">
      {/* Without JavaScript the reader is the plain side-by-side text: hide the controls. */}
      <noscript>
        <style>{".reader-toolbar,.mark-read{display:none!important}"}</style>
      </noscript>
      <ReaderShell
        slug={article.slug}
        uiLocale={locale}
        paragraphs={paragraphs}
        glossaryUrl={`/api/articles/${article.slug}/glossary`}
        labels={labels}
        glossaryPageHref={localizedPath(locale, `/articles/${article.slug}/glossary`)}
        header={<ArticleHeader article={article} />}
      >
        <BilingualArticle article={article} />
      </ReaderShell>
      <section className="panel flex flex-wrap items-center justify-between gap-4 print:hidden" aria-labelledby="quiz-cta">
        <h2 id="quiz-cta" className="text-xl font-semibold">
          {quiz("startHeading")}
        </h2>
        <LocaleLink href={`/articles/${article.slug}/quiz`} className="btn btn-primary">
          {quiz("takeQuiz")}
        </LocaleLink>
      </section>
      <p className="print:hidden">
        <LocaleLink href="/" className="text-accent underline underline-offset-4">
          {t("backHome")}
        </LocaleLink>
      </p>
    </article>
  );
}
