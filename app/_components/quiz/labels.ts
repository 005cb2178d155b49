import { getTranslations } from "next-intl/server";
import type { FeedbackLabels } from "./feedback-view";
import type { PlayerLabels } from "./quiz-player";

/** The feedback strings in the UI language (client components get plain text). */
export async function feedbackLabels(): Promise<FeedbackLabels> {
  const t = await getTranslations("Quiz");
  return {
    correct: t("correct"),
    incorrect: t("incorrect"),
    partial: t("partial", { percent: "{percent}" }),
    answerWas: t("answerWas", { answer: "{answer}" }),
    wrongFirst: t("wrongFirst"),
    evidence: t("evidence"),
    showInArticle: t("showInArticle"),
    explanation: t("explanation"),
    withheld: t("withheld"),
    withheldNever: t("withheldNever"),
    notes: {
      "missing-diacritics": t("notes.missing-diacritics", { answer: "{answer}" }),
      typo: t("notes.typo", { answer: "{answer}" }),
      "repeated-item": t("notes.repeated-item"),
      "source-spelling": t("notes.source-spelling", { answer: "{answer}" }),
    },
  };
}

export async function playerLabels(): Promise<PlayerLabels> {
  const [t, api] = await Promise.all([getTranslations("Quiz"), getTranslations("Errors")]);
  return {
    feedback: await feedbackLabels(),
    typeAnswer: t("typeAnswer"),
    matchWith: t("matchWith", { item: "{item}" }),
    choose: t("choose"),
    moveUp: t("moveUp", { item: "{item}" }),
    moveDown: t("moveDown", { item: "{item}" }),
    keepOrder: t("keepOrder"),
    markRight: t("markRight"),
    markWrong: t("markWrong"),
    questionOf: t("questionOf", { number: "{number}", total: "{total}" }),
    answered: t("answered", { count: "{count}", total: "{total}" }),
    saving: t("saving"),
    saved: t("saved"),
    saveFailed: t("saveFailed"),
    check: t("check"),
    tryAgain: t("tryAgain"),
    submit: t("submit"),
    submitting: t("submitting"),
    confirmUnanswered: t("confirmUnanswered", { count: "{count}" }),
    notSavedYet: t("notSavedYet"),
    error: api("unexpected"),
  };
}
