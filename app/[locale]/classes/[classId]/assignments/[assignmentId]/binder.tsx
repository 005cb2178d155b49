import { getTranslations } from "next-intl/server";
import type { AssignmentDashboard } from "@/lib/server/teaching/dashboard";

/**
 * The binder: each learner's answer to each question of their best attempt, the share right
 * per question with the most common wrong answer, and the facts the class missed most.
 */
export async function Binder({ board, uiLocale }: { board: AssignmentDashboard; uiLocale: string }) {
  const t = await getTranslations("Dashboard");
  const stats = new Map(board.stats.map((s) => [s.questionId, s]));
  // Translated once: the table below has a cell per learner and question.
  const [right, wrong] = [t("right"), t("wrong")];
  const headings = board.questions.map((_, i) => t("questionShort", { n: i + 1 }));
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
                  <th key={q.id} scope="col" className="px-2 py-2 text-left">
                    <a href={`#q-${i + 1}`}>{headings[i]}</a>
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
                    {board.questions.map((q, j) => {
                      const cell = cells?.get(q.id);
                      // Lean markup: this table has a cell per learner and question.
                      return cell ? (
                        <td key={j} className="binder-cell" data-correct={cell.correct} lang={q.optionsLanguage}>
                          <span className="sr-only" lang={uiLocale}>{`${cell.correct ? right : wrong}: `}</span>
                          {`${cell.correct ? "✓" : "✗"} ${cell.text || "—"}`}
                        </td>
                      ) : (
                        <td key={j} className="binder-cell text-muted">
                          ·
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
                  <td key={q.id} className="px-2 py-2 font-semibold">
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
                {s?.commonWrong && (
                  <p className="text-sm" data-testid="common-wrong">
                    {t("commonWrong", { count: s.commonWrong.count })} <span lang={q.optionsLanguage}>“{s.commonWrong.text}”</span>
                  </p>
                )}
                {q.retakes.length > 0 && (
                  <details className="text-sm" data-testid="retake-questions">
                    <summary className="cursor-pointer py-1 font-medium">{t("retakesAsk", { count: q.retakes.length })}</summary>
                    <ul className="space-y-2 pt-2">
                      {q.retakes.map((r) => (
                        <li key={r.id} className="border-l-2 border-line pl-3">
                          <p className="text-muted" lang={r.promptLanguage}>
                            {r.instruction}
                          </p>
                          <p lang={r.promptLanguage}>{r.prompt}</p>
                          <p>
                            {t("answer")} <span lang={r.optionsLanguage}>{r.answer}</span>
                          </p>
                        </li>
                      ))}
                    </ul>
                  </details>
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
