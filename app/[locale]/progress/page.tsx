import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { LocaleLink } from "@/app/_components/locale-link";
import { asLocale } from "@/lib/i18n/paths";
import { learnerProgress } from "@/lib/server/learning/progress";
import { currentUser, userDateTime } from "@/lib/server/platform/session";
import { LocalProgressSync } from "@/app/_components/local-progress-sync";
import { LazyScoreChart } from "./progress-client";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: asLocale((await params).locale), namespace: "Progress" });
  return { title: t("title"), robots: { index: false } };
}

const MASTERY_STYLE = { mastered: "bg-green-100 text-green-900 dark:bg-green-950 dark:text-green-200", learning: "bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-200", struggling: "bg-red-100 text-red-900 dark:bg-red-950 dark:text-red-200" };

/** "My progress": reading, attempts over time, mastery per fact, cards due and the streak. */
export default async function ProgressPage({ params }: Props) {
  const locale = asLocale((await params).locale);
  setRequestLocale(locale);
  const [t, quiz, dateTime, user] = await Promise.all([getTranslations("Progress"), getTranslations("Quiz"), userDateTime(), currentUser()]);
  if (!user) {
    return (
      <div className="mx-auto max-w-2xl space-y-4">
        <h1 className="text-3xl font-bold">{t("title")}</h1>
        <p>{t("signInPrompt")}</p>
        <LocaleLink href={`/sign-in?next=${encodeURIComponent(`/${locale}/progress`)}`} className="btn btn-primary">
          {(await getTranslations("Account"))("signIn")}
        </LocaleLink>
      </div>
    );
  }
  const progress = await learnerProgress(user.id);
  const points = progress.attempts.map((a) => ({ label: dateTime(a.submittedAt, "dayMonth"), percent: a.percent }));
  return (
    <div className="space-y-10">
      <LocalProgressSync />
      <header className="space-y-2">
        <h1 className="text-3xl font-bold">{t("title")}</h1>
        {user.isGuest && (
          <p className="rounded border border-line bg-note p-3">
            {t("guestNotice")} <LocaleLink href={`/sign-up?next=${encodeURIComponent(`/${locale}/progress`)}`}>{(await getTranslations("Account"))("signUp")}</LocaleLink>
          </p>
        )}
      </header>
      <div className="grid gap-4 sm:grid-cols-2">
        <section className="panel space-y-1" aria-labelledby="streak">
          <h2 id="streak" className="font-semibold">
            {t("streak")}
          </h2>
          <p className="text-2xl font-bold" data-testid="streak">
            {t("streakDays", { count: progress.streak })}
          </p>
        </section>
        <section className="panel space-y-2" aria-labelledby="cards">
          <h2 id="cards" className="font-semibold">
            {t("cards")}
          </h2>
          <p className="text-2xl font-bold" data-testid="cards-summary">
            {t("cardsSummary", { due: progress.cards.due, total: progress.cards.total })}
          </p>
          {progress.cards.due > 0 && (
            <LocaleLink href="/review" className="btn btn-primary">
              {t("startReview")}
            </LocaleLink>
          )}
        </section>
      </div>
      <section className="space-y-3" aria-labelledby="reading">
        <h2 id="reading" className="text-xl font-semibold">
          {t("reading")}
        </h2>
        {progress.reading.length === 0 ? (
          <p className="text-muted">{t("noReading")}</p>
        ) : (
          <ul className="space-y-3">
            {progress.reading.map((r) => (
              <li key={r.slug} className="panel space-y-2" data-reading={r.slug}>
                <LocaleLink href={`/articles/${r.slug}`} lang={locale} className="font-medium">
                  {r.title[locale]}
                </LocaleLink>
                <div className="h-2 overflow-hidden rounded bg-line" aria-hidden="true">
                  <div className="h-full bg-read" style={{ width: `${r.percent}%` }} />
                </div>
                <p className="text-sm text-muted">{t("readPercent", { percent: r.percent })}</p>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="space-y-3" aria-labelledby="attempts">
        <h2 id="attempts" className="text-xl font-semibold">
          {t("attempts")}
        </h2>
        {progress.attempts.length === 0 ? (
          <p className="text-muted">{t("noAttempts")}</p>
        ) : (
          <>
            {points.length > 1 && <LazyScoreChart points={points} label={t("chartLabel")} />}
            <div className="overflow-x-auto">
              <table className="w-full text-left text-sm">
                <thead>
                  <tr className="border-b border-line">
                    <th className="py-2 pr-3">{t("date")}</th>
                    <th className="py-2 pr-3">{t("article")}</th>
                    <th className="py-2 pr-3">{t("mode")}</th>
                    <th className="py-2">{t("score")}</th>
                  </tr>
                </thead>
                <tbody>
                  {[...progress.attempts].reverse().map((a) => (
                    <tr key={a.id} className="border-b border-line" data-attempt-row={a.id}>
                      <td className="py-2 pr-3">{dateTime(a.submittedAt, "dateTime")}</td>
                      <td className="py-2 pr-3" lang={locale}>
                        {a.article.title[locale]}
                      </td>
                      <td className="py-2 pr-3">{a.feedbackMode === "immediate" ? quiz("modeImmediate") : quiz("modeTest")}</td>
                      <td className="py-2">
                        <LocaleLink href={`/attempts/${a.id}`}>{quiz("scoreOf", { score: a.score, total: a.questionCount })}</LocaleLink>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        )}
      </section>
      <section className="space-y-3" aria-labelledby="mastery">
        <h2 id="mastery" className="text-xl font-semibold">
          {t("mastery")}
        </h2>
        {progress.mastery.length === 0 ? (
          <p className="text-muted">{t("noMastery")}</p>
        ) : (
          <ul className="space-y-2">
            {progress.mastery.map((m) => (
              <li key={m.factId} className="flex flex-wrap items-start gap-3 rounded border border-line p-3" data-mastery={m.mastery}>
                <span className={`rounded px-2 py-0.5 text-xs font-semibold ${MASTERY_STYLE[m.mastery]}`}>{t(m.mastery)}</span>
                <span className="min-w-0 flex-1 space-y-1">
                  {m.sentence && (
                    <span className="block" lang={locale}>
                      {m.sentence[locale]}
                    </span>
                  )}
                  {m.answer && <span className="block text-sm font-semibold">{m.answer}</span>}
                </span>
                <span className="text-sm tabular-nums text-muted">
                  {m.right}/{m.asked}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
