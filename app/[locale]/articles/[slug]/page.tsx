import type { Metadata } from "next";
import { cookies } from "next/headers";
import { notFound } from "next/navigation";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations, setRequestLocale } from "next-intl/server";
import { localeAlternates } from "@/lib/i18n/alternates";
import { Link } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/routing";
import { parseReaderPrefs, READER_PREFS_COOKIE } from "@/lib/reading/prefs";
import { getArticle } from "@/lib/server/articles";
import { ArticleHeader } from "@/app/_components/article/article-header";
import { BilingualArticle } from "@/app/_components/article/bilingual-article";
import { GlossaryTable } from "@/app/_components/article/glossary-table";
import { ReaderShell } from "@/app/_components/reader/reader-shell";

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
  const [t, messages, cookieStore] = await Promise.all([getTranslations("Article"), getMessages(), cookies()]);
  const prefs = parseReaderPrefs(cookieStore.get(READER_PREFS_COOKIE)?.value, locale);
  const paragraphs = article.blocks
    .filter((b) => b.kind === "paragraph")
    .map((b) => {
      const chars = { vi: b.sentences.reduce((n, s) => n + s.vi.length, 0), en: b.sentences.reduce((n, s) => n + s.en.length, 0) };
      return { id: b.id, weight: chars.vi + chars.en, chars };
    });
  const terms = article.glossary.map(({ id, vi, en, note }) => ({ id, vi, en, note }));
  return (
    <article className="space-y-10">
      {/* Without JavaScript the reader is the plain side-by-side text: hide the controls. */}
      <noscript>
        <style>{".reader-toolbar,.mark-read{display:none!important}"}</style>
      </noscript>
      <NextIntlClientProvider messages={{ Reader: messages.Reader }}>
        <ReaderShell
          slug={article.slug}
          uiLocale={locale}
          initialPrefs={prefs}
          paragraphs={paragraphs}
          terms={terms}
          header={<ArticleHeader article={article} />}
        >
          <BilingualArticle article={article} />
        </ReaderShell>
      </NextIntlClientProvider>
      <GlossaryTable terms={article.glossary} />
      <p className="print:hidden">
        <Link href="/" className="text-accent underline underline-offset-4">
          {t("backHome")}
        </Link>
      </p>
    </article>
  );
}
