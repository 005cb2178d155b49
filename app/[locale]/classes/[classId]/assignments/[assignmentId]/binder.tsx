import { getTranslations } from "next-intl/server";
import type { AssignmentDashboard } from "@/lib/server/class-dashboard";

/**
 * The binder: each learner's answer to each question of their best attempt, the share right
 * per question with the most common wrong answer, and the facts the class missed most.
 */
export async function Binder({ board }: { board: AssignmentDashboard }) {
  const t = await getTranslations("Dashboard");
  const stats = new Map(board.stats.map((s) => [s.questionId, s]));
  const share = (id: string) => {
    const s = stats.get(id)?.shareCorrect;
    return s === null || s === undefined ? "—" : `${Math.round(s * 100)}%`;
  };
  return (
    <>
      <section aria-labelledby="binder" className="space-y-3">
        <h2 id="binder" className="text-xl font-semibold">
          {t("binderHeading")}
        </h2>
        <p className="text-muted">{t("binderIntro")}</p>
        <div className="overflow-x-auto" tabIndex={0} role="region" aria-labelledby="binder">
          <table className="border-collapse text-left text-sm" data-testid="binder">
            <thead>
              <tr className="border-b border-line">
                <th scope="col" className="py-2 pr-3">
                  {t("learner")}
                </th>
                {board.questions.map((q, i) => (
                  <th key={q.id} scope="col" className="px-2 py-2 text-center">
                    <a href={`#q-${i + 1}`}>{t("questionShort", { n: i + 1 })}</a>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {board.learners.map((l) => {
                const cells = board.binder.get(l.id);
                return (
                  <tr key={l.id} className="border-b border-line">
                    <th scope="row" className="py-2 pr-3 font-medium">
                      {l.name}
                    </th>
                    {board.questions.map((q) => {
                      const cell = cells?.get(q.id);
                      return (
                        <td key={q.id} className="px-2 py-2 text-center" title={cell?.text || undefined}>
                          {cell ? (
                            <span className={cell.correct ? "text-green-700 dark:text-green-300" : "text-red-700 dark:text-red-300"}>
                              {cell.correct ? "✓" : "✗"}
                              <span className="sr-only"> {cell.correct ? t("right") : t("wrong")}</span>
                            </span>
                          ) : (
                            <span className="text-muted">·</span>
                          )}
                        </td>
                      );
                    })}
                  </tr>
                );
              })}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row" className="py-2 pr-3">
                  {t("shareRight")}
                </th>
                {board.questions.map((q) => (
                  <td key={q.id} className="px-2 py-2 text-center font-semibold">
                    {share(q.id)}
                  </td>
                ))}
              </tr>
            </tfoot>
          </table>
        </div>
        <ol className="space-y-3">
          {board.questions.map((q, i) => {
            const s = stats.get(q.id);
            return (
              <li key={q.id} id={`q-${i + 1}`} className="rounded border border-line p-3" data-question-stats={i + 1}>
                <p className="text-sm font-semibold">
                  {t("questionShort", { n: i + 1 })} · {t("rightOf", { correct: s?.correct ?? 0, answered: s?.answered ?? 0 })}
                </p>
                <p className="text-sm text-muted" lang={q.promptLanguage}>
                  {q.instruction}
                </p>
                <p lang={q.promptLanguage}>{q.prompt}</p>
                <p className="text-sm">
                  {t("answer")} <span lang={q.optionsLanguage}>{q.answer}</span>
                </p>
                {s && s.answered > 0 && (
                  <details className="text-sm">
                    <summary className="cursor-pointer">{t("eachAnswer")}</summary>
                    <ul className="mt-1 space-y-0.5">
                      {board.learners.flatMap((l) => {
                        const cell = board.binder.get(l.id)?.get(q.id);
                        return cell
                          ? [
                              <li key={l.id}>
                                <span className={cell.correct ? "text-green-700 dark:text-green-300" : "text-red-700 dark:text-red-300"}>{cell.correct ? "✓" : "✗"}</span> {l.name}:{" "}
                                <span lang={q.optionsLanguage}>{cell.text || "—"}</span>
                              </li>,
                            ]
                          : [];
                      })}
                    </ul>
                  </details>
                )}
                {s?.commonWrong && (
                  <p className="text-sm" data-testid="common-wrong">
                    {t("commonWrong", { count: s.commonWrong.count })} <span lang={q.optionsLanguage}>“{s.commonWrong.text}”</span>
                  </p>
                )}
              </li>
            );
          })}
        </ol>
      </section>
      <section aria-labelledby="missed" className="space-y-3">
        <h2 id="missed" className="text-xl font-semibold">
          {t("missedHeading")}
        </h2>
        {board.missedFacts.length === 0 ? (
          <p>{t("noMissed")}</p>
        ) : (
          <ol className="space-y-2" data-testid="missed-facts">
            {board.missedFacts.map((f) => (
              <li key={f.factId} className="rounded border border-line p-3">
                <p className="text-sm font-semibold">{t("missedBy", { learners: f.learners, missed: f.missed, asked: f.asked })}</p>
                {f.question?.source && (
                  <>
                    <p lang="vi">{f.question.source.vi}</p>
                    <p lang="en" className="text-muted">
                      {f.question.source.en}
                    </p>
                  </>
                )}
              </li>
            ))}
          </ol>
        )}
      </section>
    </>
  );
}
