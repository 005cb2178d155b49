import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/lib/i18n/routing";
import { dashboardFor, type TeacherAssignment } from "@/lib/server/teaching/dashboard";
import { Binder } from "./binder";
import { LazyClassChart } from "./class-chart-lazy";
import { StatusBadge } from "@/app/_components/status-badge";

const percent = (share: number | null) => (share === null ? "—" : `${Math.round(share * 100)}%`);

/** The class dashboard of a published assignment: learners, binder, facts missed, reveals, chart, CSV. */
export async function Dashboard({ assignment, locale }: { assignment: TeacherAssignment; locale: AppLocale }) {
  const board = await dashboardFor(assignment);
  const t = await getTranslations("Dashboard");
  const { learners } = board;
  const passed = learners.filter((l) => l.work.progress.done).length;
  const readEnough = learners.filter((l) => l.work.readPercent >= board.assignment.settings.readPercent).length;
  const passMark = Math.round(board.assignment.settings.passMark * 100);
  return (
    <div className="space-y-10">
      <section aria-labelledby="overview" className="space-y-4">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h2 id="overview" className="text-2xl font-semibold">
            {t("heading")}
          </h2>
          <div className="flex flex-wrap items-center gap-3">
            <a href={`/api/assignments/${board.assignment.id}/results?locale=${locale}`} download className="btn btn-secondary" data-testid="csv-link">
              {t("downloadCsv")}
            </a>
            {/* The other separator: a Vietnamese teacher on an English Excel, or the other way round. */}
            <a href={`/api/assignments/${board.assignment.id}/results?locale=${locale}&sep=${locale === "vi" ? "comma" : "semicolon"}`} download className="text-sm" data-testid="csv-link-other">
              {t("downloadCsvOther")}
            </a>
          </div>
        </div>
        <p data-testid="dashboard-summary">{t("summary", { learners: learners.length, read: readEnough, passed })}</p>
        {learners.length === 0 ? (
          <p className="text-muted">{t("noLearners")}</p>
        ) : (
          // Scrolls sideways on a phone: focusable so it can be scrolled from the keyboard.
          <div className="overflow-x-auto" tabIndex={0} role="region" aria-labelledby="overview">
            <table className="w-full min-w-[36rem] border-collapse text-left" data-testid="learner-table">
              <thead>
                <tr className="border-b border-line">
                  <th scope="col" className="py-2 pr-3">{t("learner")}</th>
                  <th scope="col" className="py-2 pr-3">{t("read")}</th>
                  <th scope="col" className="py-2 pr-3">{t("attempts")}</th>
                  <th scope="col" className="py-2 pr-3">{t("best")}</th>
                  <th scope="col" className="py-2 pr-3">{t("status")}</th>
                  <th scope="col" className="py-2 pr-3">{t("passed")}</th>
                  <th scope="col" className="py-2 pr-3">{t("late")}</th>
                </tr>
              </thead>
              <tbody>
                {learners.map((l) => (
                  <tr key={l.id} className="border-b border-line" data-learner={l.username ?? l.name}>
                    <th scope="row" className="py-2 pr-3 font-medium">
                      {l.name}
                      {l.username && l.username !== l.name && <span className="block text-sm font-normal text-muted">@{l.username}</span>}
                    </th>
                    <td className="py-2 pr-3">{l.work.readPercent}%</td>
                    <td className="py-2 pr-3">{board.assignment.settings.quizRequired ? `${l.work.attempts.length}/${board.assignment.settings.attemptsAllowed}` : "—"}</td>
                    <td className="py-2 pr-3">{percent(l.work.progress.bestScore)}</td>
                    <td className="py-2 pr-3">
                      <StatusBadge status={l.work.progress.status} />
                    </td>
                    <td className="py-2 pr-3" data-passed={l.work.progress.done}>
                      {l.work.progress.done ? t("yes") : "—"}
                    </td>
                    <td className="py-2 pr-3">{l.work.progress.submittedLate ? t("yes") : "—"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      {board.assignment.settings.quizRequired && learners.length > 0 && (
        <section aria-labelledby="scores" className="space-y-3">
          <h2 id="scores" className="text-xl font-semibold">
            {t("scoresHeading")}
          </h2>
          <LazyClassChart
            label={t("chartLabel", { pass: passMark })}
            passMark={passMark}
            bars={learners.filter((l) => l.work.progress.bestScore !== null).map((l) => ({ name: l.username ?? l.name, percent: Math.round(l.work.progress.bestScore! * 100) }))}
          />
        </section>
      )}
      {board.assignment.settings.quizRequired && <Binder board={board} uiLocale={locale} />}
      <section aria-labelledby="reveals" className="space-y-3">
        <h2 id="reveals" className="text-xl font-semibold">
          {t("revealsHeading")}
        </h2>
        <p className="text-muted">{t("revealsIntro")}</p>
        {board.reveals.length === 0 ? (
          <p>{t("noReveals")}</p>
        ) : (
          <ol className="space-y-2" data-testid="reveals">
            {board.reveals.map((r) => (
              <li key={r.sentenceId} className="rounded border border-line p-3">
                <p className="text-sm font-semibold">{t("revealCount", { learners: r.learners, reveals: r.reveals })}</p>
                {r.sentence && (
                  <>
                    <p lang="vi">{r.sentence.vi}</p>
                    <p lang="en" className="text-muted">
                      {r.sentence.en}
                    </p>
                  </>
                )}
              </li>
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}
