import { useTranslations } from "next-intl";
import { LocaleLink } from "./locale-link";
import type { ArticleCardView } from "@/lib/server/learning/articles";

/** The article in both languages: Vietnamese first (the original), English below. */
export function ArticleCard({ article }: { article: ArticleCardView }) {
  const t = useTranslations("ArticleCard");
  const href = article.href;
  return (
    <article className="rounded-lg border border-line p-5 sm:p-6">
      <h3 className="text-xl font-semibold leading-snug">
        <LocaleLink href={href} className="text-ink hover:underline" lang="vi">
          {article.title.vi}
        </LocaleLink>
      </h3>
      <p lang="en" className="mt-1 text-muted">
        {article.title.en}
      </p>
      {article.lead && (
        <div className="mt-4 grid gap-4 text-sm md:grid-cols-2">
          <p lang="vi">{article.lead.vi}</p>
          <p lang="en" className="text-muted">
            {article.lead.en}
          </p>
        </div>
      )}
      <div className="mt-4 flex flex-wrap items-center gap-x-4 gap-y-2 text-sm">
        <LocaleLink href={href} className="rounded bg-accent px-4 py-2 font-semibold text-on-accent hover:bg-accent-strong">
          {t("read")}
        </LocaleLink>
        <span className="text-muted">{t("sentenceCount", { count: article.sentenceCount })}</span>
        <span className="text-muted">{t("glossaryTermCount", { count: article.glossaryTermCount })}</span>
        {article.level && <span className="rounded bg-note px-2 py-0.5">{t("level", { level: article.level })}</span>}
        {article.topics.map((topic) => (
          <span key={topic} className="rounded border border-line px-2 py-0.5">
            {topic}
          </span>
        ))}
        {article.owner && <span className="text-muted">{article.visibility === "classes" ? t("forClasses", { owner: article.owner }) : t("byTeacher", { owner: article.owner })}</span>}
      </div>
    </article>
  );
}
