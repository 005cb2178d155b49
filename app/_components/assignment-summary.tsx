import { getTranslations } from "next-intl/server";
import type { AssignmentSettings } from "@/lib/server/assignments";
import { userDateTime } from "@/lib/server/session";

/** What an assignment asks for, as a short list (the teacher's page and the learner's). */
export async function AssignmentSummary({ settings }: { settings: Omit<AssignmentSettings, "questionIds" | "disabledQuestionIds"> }) {
  const [t, quiz, dateTime] = await Promise.all([getTranslations("AssignmentSummary"), getTranslations("Quiz"), userDateTime()]);
  const language = { vi: quiz("languageVi"), en: quiz("languageEn"), cross: quiz("languageCross") }[settings.quizLanguage];
  const mode = settings.feedbackMode === "test" ? quiz("feedbackTest") : quiz("feedbackImmediate");
  return (
    <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[auto_1fr]" data-testid="assignment-summary">
      <dt className="font-semibold">{t("due")}</dt>
      <dd>{settings.dueAt ? dateTime(settings.dueAt, { dateStyle: "full", timeStyle: "short" }) : t("noDueDate")}</dd>
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
    </dl>
  );
}
