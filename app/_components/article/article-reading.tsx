import { getTranslations } from "next-intl/server";
import { countableParagraphs } from "@/lib/reading/progress";
import { localizedPath } from "@/lib/i18n/paths";
import type { AppLocale } from "@/lib/i18n/routing";
import type { ArticleView } from "@/lib/server/learning/articles";
import { ArticleHeader } from "./article-header";
import { BilingualArticle } from "./bilingual-article";
import { LocaleLink } from "../locale-link";
import { readerLabels } from "../reader/labels";
import { ReaderShell } from "../reader/reader-shell";

/** The reader for one article (the site's cached page and a class's checked one alike). */
export async function ArticleReading({ article, locale }: { article: ArticleView; locale: AppLocale }) {
  const [t, quiz, labels] = await Promise.all([getTranslations("Article"), getTranslations("Quiz"), readerLabels()]);
  const paragraphs = countableParagraphs(article.blocks);
  const glossaryPageHref = localizedPath(locale, `/articles/${article.slug}/glossary`);
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
        glossaryPageHref={glossaryPageHref}
        header={<ArticleHeader article={article} />}
      >
        <BilingualArticle article={article} glossaryHref={glossaryPageHref} />
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
