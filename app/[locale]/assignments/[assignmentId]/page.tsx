import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AssignmentSummary } from "@/app/_components/assignment-summary";
import { LocalProgressSync } from "@/app/_components/local-progress-sync";
import { LocaleLink } from "@/app/_components/locale-link";
import { StatusBadge } from "@/app/_components/status-badge";
import { RowId } from "@/lib/validation/ids";
import { asLocale } from "@/lib/i18n/paths";
import { getLearnerAssignment } from "@/lib/server/teaching/learner-assignments";
import { requirePageUser, userDateTime } from "@/lib/server/platform/session";
import { startAssignmentQuizAction } from "../actions";

type Props = { params: Promise<{ locale: string; assignmentId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: asLocale((await params).locale), namespace: "Assignments" });
  return { title: t("title"), robots: { index: false } };
}

/** One assignment for the learner: instructions, then read, then the quiz, with where they stand. */
export default async function LearnerAssignmentPage({ params }: Props) {
  const { assignmentId } = await params;
  const locale = asLocale((await params).locale);
  setRequestLocale(locale);
  const user = await requirePageUser(locale, `/assignments/${assignmentId}`, "learner");
  const id = RowId.safeParse(assignmentId);
  const a = id.success ? await getLearnerAssignment(user, id.data) : null;
  if (!a) notFound();
  const [t, dateTime] = await Promise.all([getTranslations("Assignments"), userDateTime()]);
  const { work, settings } = a;
  const readDone = work.readPercent >= settings.readPercent;
  const readHref = settings.guidedReading ? `/assignments/${a.id}/read` : `/articles/${a.article.slug}`;
  return (
    <div className="mx-auto max-w-3xl space-y-8">
      <LocalProgressSync />
      <header className="space-y-3">
        <p>
          <LocaleLink href="/assignments">← {t("title")}</LocaleLink>
        </p>
        <p className="text-sm text-muted">
          {a.className} · {a.teacherName}
        </p>
        <h1 className="text-3xl font-bold" lang={locale}>
          {a.article.title[locale]}
        </h1>
        <StatusBadge status={work.progress.status} />
        {settings.instructions && <p className="whitespace-pre-line rounded border border-line bg-note p-3">{settings.instructions}</p>}
        <AssignmentSummary settings={settings} due={settings.dueAt ? dateTime(settings.dueAt, "due") : null} />
      </header>
      <ol className="space-y-4">
        <li className="panel space-y-3">
          <h2 className="text-xl font-semibold">{t("stepRead")}</h2>
          <p data-testid="read-percent">{t("readSoFar", { percent: work.readPercent })}</p>
          <LocaleLink href={readHref} className={readDone ? "btn btn-secondary" : "btn btn-primary"}>
            {settings.guidedReading ? (a.guidedOpened > 1 ? t("continueGuided") : t("readGuided")) : t("readArticle")}
          </LocaleLink>
        </li>
        {settings.quizRequired && (
          <li className="panel space-y-3">
            <h2 className="text-xl font-semibold">{t("stepQuiz")}</h2>
            <p>
              {t("attemptsLeft", { left: work.progress.attemptsLeft ?? 0, allowed: settings.attemptsAllowed })}
              {work.progress.bestScore !== null && ` · ${t("bestScore", { percent: Math.round(work.progress.bestScore * 100) })}`}
            </p>
            {work.inProgressAttemptId ? (
              <LocaleLink href={`/attempts/${work.inProgressAttemptId}`} className="btn btn-primary">
                {t("resumeQuiz")}
              </LocaleLink>
            ) : (work.progress.attemptsLeft ?? 0) > 0 && !work.progress.done ? (
              <form action={startAssignmentQuizAction.bind(null, locale, a.id)}>
                <button type="submit" className={readDone ? "btn btn-primary" : "btn btn-secondary"}>
                  {work.attempts.length ? t("retakeQuiz") : t("takeQuiz")}
                </button>
              </form>
            ) : null}
            {work.attempts.length > 0 && (
              <ul className="divide-y divide-line rounded border border-line">
                {work.attempts.map((attempt) => (
                  <li key={attempt.id} className="flex flex-wrap items-center justify-between gap-2 px-4 py-2">
                    <span>
                      {dateTime(attempt.submittedAt, "dateTime")} ·{" "}
                      {t("attemptScore", { percent: Math.round((attempt.score / Math.max(1, attempt.questionCount)) * 100) })}
                    </span>
                    <LocaleLink href={`/attempts/${attempt.id}`}>{t("viewResults")}</LocaleLink>
                  </li>
                ))}
              </ul>
            )}
          </li>
        )}
      </ol>
    </div>
  );
}
