import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { LocaleLink } from "@/app/_components/locale-link";
import { asLocale } from "@/lib/i18n/paths";
import { listDrafts } from "@/lib/server/authoring/drafts";
import { listArticles } from "@/lib/server/learning/articles";
import { requirePageUser, userDateTime } from "@/lib/server/platform/session";
import { editArticleAction } from "../actions";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: asLocale((await params).locale), namespace: "MyArticles" });
  return { title: t("title"), robots: { index: false } };
}

/** A teacher's drafts (last changed first) and published articles (newest first). */
export default async function MyArticlesPage({ params }: Props) {
  const locale = asLocale((await params).locale);
  setRequestLocale(locale);
  const user = await requirePageUser(locale, "/library/mine", "teacher");
  const [t, drafts, articles, dateTime] = await Promise.all([getTranslations("MyArticles"), listDrafts(user), listArticles(user, { mine: true }), userDateTime()]);
  return (
    <div className="mx-auto max-w-3xl space-y-10">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-3xl font-bold">{t("title")}</h1>
        <LocaleLink href="/library/new" className="btn btn-primary">
          {t("new")}
        </LocaleLink>
      </div>
      <section aria-labelledby="drafts" className="space-y-3">
        <h2 id="drafts" className="text-xl font-semibold">
          {t("drafts")}
        </h2>
        {drafts.length === 0 ? (
          <p className="text-muted">{t("noDrafts")}</p>
        ) : (
          <ul className="divide-y divide-line rounded border border-line" data-testid="my-drafts">
            {drafts.map((d) => (
              <li key={d.id} className="flex flex-wrap items-center justify-between gap-2 px-4 py-3">
                <span>
                  <LocaleLink href={`/library/drafts/${d.id}`} className="font-semibold" lang="vi">
                    {d.title}
                  </LocaleLink>{" "}
                  {d.articleId && <span className="text-sm text-muted">{t("editDraft")}</span>}
                </span>
                <span className="text-sm text-muted">{t("lastChanged", { date: dateTime(d.updatedAt, "dateTime") })}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="published" className="space-y-3">
        <h2 id="published" className="text-xl font-semibold">
          {t("published")}
        </h2>
        {articles.length === 0 ? (
          <p className="text-muted">{t("noArticles")}</p>
        ) : (
          <ul className="divide-y divide-line rounded border border-line">
            {articles.map((a) => (
              <li key={a.slug} className="flex flex-wrap items-center justify-between gap-2 px-4 py-3">
                <LocaleLink href={a.href} className="font-semibold" lang="vi">
                  {a.title.vi}
                </LocaleLink>
                <span className="flex flex-wrap items-center gap-3 text-sm">
                  <form action={editArticleAction.bind(null, locale, a.slug)}>
                    <button type="submit" className="btn min-h-9 px-3 py-1 text-sm">
                      {t("edit")}
                    </button>
                  </form>
                  <a href={`/api/articles/${a.slug}/content`} download>
                    {t("export")}
                  </a>
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
