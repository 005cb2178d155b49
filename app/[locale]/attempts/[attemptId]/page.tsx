import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { LocaleLink } from "@/app/_components/locale-link";
import { asLocale } from "@/lib/i18n/paths";
import { RowId } from "@/lib/validation/ids";
import { getAttemptForPlayer, releaseAssignmentCards } from "@/lib/server/learning/attempts";
import { currentUser } from "@/lib/server/platform/session";
import { feedbackLabels, playerLabels } from "@/app/_components/quiz/labels";
import { QuizPlayer } from "@/app/_components/quiz/quiz-player";
import { Results } from "./results";

type Props = { params: Promise<{ locale: string; attemptId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: asLocale((await params).locale), namespace: "Quiz" });
  return { title: t("takeQuiz"), robots: { index: false } };
}

/** One attempt of the signed-in learner: the player while in progress, the results after.
 * Anyone else's attempt (or a made-up id) is a 404, like an attempt that does not exist. */
export default async function AttemptPage({ params, searchParams }: Props) {
  const { attemptId } = await params;
  const locale = asLocale((await params).locale);
  setRequestLocale(locale);
  const id = RowId.safeParse(attemptId);
  const user = await currentUser();
  if (!id.success || !user) notFound();
  const attempt = await getAttemptForPlayer(user.id, id.data);
  if (!attempt) notFound();
  // Right answers the teacher withheld until now bring their review cards with them.
  await releaseAssignmentCards(user.id, attempt);
  const t = await getTranslations("Quiz");
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <p>
        <LocaleLink href={`/articles/${attempt.article.slug}`}>← {t("backToArticle")}</LocaleLink>
      </p>
      <header className="space-y-1">
        <h1 className="text-3xl font-bold">{attempt.status === "submitted" ? (await getTranslations("Results"))("title") : t("takeQuiz")}</h1>
        <p className="text-lg" lang={locale}>
          {attempt.article.title[locale]}
        </p>
        <p className="text-sm text-muted">{attempt.feedbackMode === "immediate" ? t("modeImmediate") : t("modeTest")}</p>
      </header>
      {attempt.status === "submitted" ? (
        <Results attempt={attempt} uiLocale={locale} feedbackLabels={await feedbackLabels()} isGuest={user.isGuest} limited={(await searchParams).limited === "1"} />
      ) : (
        <>
          {/* Without JavaScript nothing is saved or checked: say so, and hide the buttons that would do nothing. */}
          <noscript>
            <style>{"[data-attempt] button{display:none!important}"}</style>
            <p role="alert" className="form-error" data-testid="needs-javascript">
              {t("needsJavaScript")}
            </p>
          </noscript>
          <QuizPlayer attempt={attempt} labels={await playerLabels()} uiLocale={locale} />
        </>
      )}
    </div>
  );
}
