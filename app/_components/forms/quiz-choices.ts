import { getTranslations } from "next-intl/server";
import { QUIZ_LENGTHS } from "@/lib/validation/quiz-settings";
import type { Choice } from "./radio-group";

/** The quiz settings' choices (length, language mode, feedback) in the UI language. */
export async function quizChoices(): Promise<{ lengths: Choice[]; languages: Choice[]; modes: Choice[] }> {
  const t = await getTranslations("Quiz");
  return {
    lengths: QUIZ_LENGTHS.map((n) => ({ value: String(n), label: t("lengthOption", { count: n }) })),
    languages: [
      { value: "vi", label: t("languageVi") },
      { value: "en", label: t("languageEn") },
      { value: "cross", label: t("languageCross") },
    ],
    modes: [
      { value: "immediate", label: t("feedbackImmediate") },
      { value: "test", label: t("feedbackTest") },
    ],
  };
}
