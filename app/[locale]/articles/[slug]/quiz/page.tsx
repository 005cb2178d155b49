import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { quizChoices } from "@/app/_components/forms/quiz-choices";
import { LocaleLink } from "@/app/_components/locale-link";
import { asLocale } from "@/lib/i18n/paths";
import { getReadableArticle, readerPath } from "@/lib/server/learning/articles";
import { listAttempts } from "@/lib/server/learning/quizzes";
import { currentUser, userDateTime } from "@/lib/server/platform/session";
import { startQuizAction } from "./actions";
import { QuizSettingsForm } from "./quiz-settings-form";

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  const [article, t] = await Promise.all([currentUser().then((user) => getReadableArticle(user, slug)), getTranslations({ locale: asLocale(locale), namespace: "Quiz" })]);
  return { title: article ? t("title", { title: article.title[asLocale(locale)] }) : undefined, robots: { index: false } };
}

export default async function QuizStartPage({ params }: Props) {
  const { slug } = await params;
  const locale = asLocale((await params).locale);
  setRequestLocale(locale);
  const user = await currentUser();
  const article = await getReadableArticle(user, slug);
  if (!article) notFound();
  const [t, dateTime] = await Promise.all([getTranslations("Quiz"), userDateTime()]);
  const attempts = user ? await listAttempts(user.id, slug) : [];
  return (
    <div className="mx-auto max-w-2xl space-y-8">
      <p>
        <LocaleLink href={readerPath(article)}>← {t("backToArticle")}</LocaleLink>
      </p>
      <h1 className="text-3xl font-bold">{t("startHeading")}</h1>
      <p className="text-xl" lang={locale}>
        {article.title[locale]}
      </p>
      <p className="text-muted">{t("startIntro")}</p>
      <QuizSettingsForm
        action={startQuizAction.bind(null, locale)}
        slug={slug}
        labels={{
          length: t("length"),
          language: t("language"),
          feedback: t("feedback"),
          start: t("start"),
          invalidSettings: t("invalidSettings"),
        }}
        {...(await quizChoices())}
      />
      <section aria-labelledby="past-attempts" className="space-y-3">
        <h2 id="past-attempts" className="text-xl font-semibold">
          {t("pastAttempts")}
        </h2>
        {attempts.length === 0 ? (
          <p className="text-muted">{t("noAttempts")}</p>
        ) : (
          <ul className="divide-y divide-line rounded border border-line">
            {attempts.map((a) => (
              <li key={a.id} className="flex flex-wrap items-center justify-between gap-2 px-4 py-3">
                <span>
                  {dateTime(a.startedAt, "dateTime")} ·{" "}
                  {a.status === "submitted" ? t("scoreOf", { score: a.score ?? 0, total: a.questionCount }) : t("inProgress")}
                </span>
                <LocaleLink href={`/attempts/${a.id}`}>{a.status === "submitted" ? t("viewResults") : t("resume")}</LocaleLink>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
