import { getTranslations } from "next-intl/server";
import type { AssignmentSettings } from "@/lib/server/teaching/assignments";

/** What an assignment asks for, as a short list (the teacher's page and the learner's). `due`: the
 * due date as the page formats it for its user (their time zone), or null for none. */
export async function AssignmentSummary({ settings, due }: { settings: Omit<AssignmentSettings, "questionIds" | "disabledQuestionIds" | "retakeQuestionIds">; due: string | null }) {
  const [t, quiz] = await Promise.all([getTranslations("AssignmentSummary"), getTranslations("Quiz")]);
  const language = { vi: quiz("languageVi"), en: quiz("languageEn"), cross: quiz("languageCross") }[settings.quizLanguage];
  const mode = settings.feedbackMode === "test" ? quiz("feedbackTest") : quiz("feedbackImmediate");
  return (
    <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[auto_1fr]" data-testid="assignment-summary">
      <dt className="font-semibold">{t("due")}</dt>
      <dd>{due ?? t("noDueDate")}</dd>
      <dt className="font-semibold">{t("reading")}</dt>
      <dd>
        {settings.readPercent > 0 ? t("readAtLeast", { percent: settings.readPercent }) : t("readingOptional")}
        {settings.guidedReading && ` · ${t("guided")}`}
      </dd>
      <dt className="font-semibold">{t("quiz")}</dt>
      <dd>
        {settings.quizRequired
          ? t("quizDetails", { count: settings.quizLength, pass: Math.round(settings.passMark * 100), attempts: settings.attemptsAllowed, language, mode })
          : t("noQuiz")}
      </dd>
      {settings.quizRequired && (
        <>
          <dt className="font-semibold">{t("rightAnswers")}</dt>
          <dd data-testid="answer-review">
            {t(`review-${settings.reviewAnswers}`)}
            {settings.attemptsAllowed > 1 && <span className="block text-sm text-muted">{t("retakes")}</span>}
          </dd>
        </>
      )}
    </dl>
  );
}
