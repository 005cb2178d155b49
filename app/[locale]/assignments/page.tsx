import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { LocalProgressSync } from "@/app/_components/local-progress-sync";
import { LocaleLink } from "@/app/_components/locale-link";
import { StatusBadge } from "@/app/_components/status-badge";
import { asLocale } from "@/lib/i18n/paths";
import { listLearnerAssignments } from "@/lib/server/teaching/learner-assignments";
import { requirePageUser, userDateTime } from "@/lib/server/platform/session";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ joined?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: asLocale((await params).locale), namespace: "Assignments" });
  return { title: t("title"), robots: { index: false } };
}

/** "My assignments": what the learner's classes set, soonest due first, with their status. */
export default async function AssignmentsPage({ params, searchParams }: Props) {
  const locale = asLocale((await params).locale);
  setRequestLocale(locale);
  const user = await requirePageUser(locale, "/assignments", "learner");
  const [t, dateTime, assignments] = await Promise.all([getTranslations("Assignments"), userDateTime(), listLearnerAssignments(user)]);
  const joined = Boolean((await searchParams).joined);
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <LocalProgressSync />
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-3xl font-bold">{t("title")}</h1>
        <LocaleLink href="/join" className="btn btn-secondary">
          {t("joinClass")}
        </LocaleLink>
      </div>
      {joined && (
        <p role="status" className="rounded border border-line bg-note p-3">
          {t("joined")}
        </p>
      )}
      {assignments.length === 0 ? (
        <p className="text-muted">{t("none")}</p>
      ) : (
        <ul className="space-y-3">
          {assignments.map((a) => (
            <li key={a.id} className="panel space-y-2" data-assignment={a.id}>
              <div className="flex flex-wrap items-center justify-between gap-2">
                <LocaleLink href={`/assignments/${a.id}`} lang={locale} className="text-lg font-semibold">
                  {a.article.title[locale]}
                </LocaleLink>
                <StatusBadge status={a.work.progress.status} />
              </div>
              <p className="text-sm text-muted">
                {a.className} · {a.teacherName} ·{" "}
                {a.settings.dueAt ? t("due", { date: dateTime(a.settings.dueAt, "dateTime") }) : t("noDueDate")}
              </p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
