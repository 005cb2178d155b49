import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { LEVELS } from "@/lib/align/draft";
import { asLocale } from "@/lib/i18n/paths";
import { MAX_SIDE_CHARACTERS } from "@/lib/validation/authoring";
import { requirePageUser } from "@/lib/server/platform/session";
import { createArticleDraftAction, importContentAction } from "../actions";
import { ArticleForm, type ArticleFormLabels } from "./article-form";
import { ImportForm } from "./import-form";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: asLocale((await params).locale), namespace: "ArticleForm" });
  return { title: t("title"), robots: { index: false } };
}

const LABELS = ["viText", "enText", "viFile", "enFile", "fileHint", "details", "sourceName", "sourceUrl", "publishedOn", "credit", "creditHint", "level", "noLevel", "topics", "topicsHint", "visibility", "visibilitySite", "visibilityClasses", "submit", "fixErrors"] as const;
const ERRORS = ["textMissing", "textTooLong", "tooManySentences", "sourceTooLong", "urlInvalid", "dateInvalid", "creditTooLong", "levelInvalid", "topicsInvalid", "visibilityInvalid", "fileUnreadable", "contentInvalid"] as const;

/** A teacher's new article: two texts in, a draft of aligned pairs out. */
export default async function NewArticlePage({ params }: Props) {
  const locale = asLocale((await params).locale);
  setRequestLocale(locale);
  await requirePageUser(locale, "/library/new", "teacher");
  const t = await getTranslations("ArticleForm");
  const labels = { ...Object.fromEntries(LABELS.map((k) => [k, t(k)])), limit: t("limit", { count: MAX_SIDE_CHARACTERS }) } as ArticleFormLabels;
  return (
    <div className="space-y-10">
      <div className="max-w-3xl space-y-3">
        <h1 className="text-3xl font-bold">{t("title")}</h1>
        <p className="text-muted">{t("intro")}</p>
      </div>
      <ArticleForm action={createArticleDraftAction.bind(null, locale)} labels={labels} errorLabels={Object.fromEntries(ERRORS.map((k) => [k, t(`errors.${k}`)]))} levels={LEVELS} />
      <section aria-labelledby="import-heading" className="panel max-w-2xl space-y-3">
        <h2 id="import-heading" className="text-xl font-semibold">
          {t("importTitle")}
        </h2>
        <p className="text-muted">{t("importIntro")}</p>
        <ImportForm action={importContentAction.bind(null, locale)} labels={{ file: t("importFile"), submit: t("importSubmit"), invalid: t("errors.contentInvalid") }} />
      </section>
    </div>
  );
}
