import { getTranslations } from "next-intl/server";

/**
 * Every string the reader's client components show, translated on the server. Strings with
 * {placeholders} are completed on the client with lib/i18n/fill.ts.
 */
export async function readerLabels() {
  const [t, terms] = await Promise.all([getTranslations("Reader"), getTranslations("Terms")]);
  return {
    saveTerm: terms("save"),
    termSaved: terms("saved"),
    saveTermFailed: terms("saveFailed"),
    toolbar: t("toolbar"),
    layout: t("layout"),
    modes: { side: t("modeSide"), interleaved: t("modeInterleaved"), single: t("modeSingle"), cover: t("modeCover") },
    firstLanguage: t("firstLanguage"),
    languages: { vi: t("language", { language: "vi" }), en: t("language", { language: "en" }), both: t("language", { language: "both" }) },
    listen: t("listen"),
    playArticle: t("playArticle"),
    continueArticle: t("continueArticle"),
    pause: t("pause"),
    stop: t("stop"),
    playSentence: t("playSentence"),
    readAloudLanguage: t("readAloudLanguage"),
    speed: t("speed"),
    noSpeech: t("noSpeech"),
    noVoice: { vi: t("noVoice", { language: "vi" }), en: t("noVoice", { language: "en" }) },
    selectSentenceFirst: t("selectSentenceFirst"),
    progress: t("progress"),
    /** {percent} {read} {total} */
    progressText: t.raw("progressText") as string,
    /** {count} */
    revealCount: t.raw("revealCount") as string,
    glossary: t("glossary"),
    glossaryTitle: t("glossaryTitle"),
    glossarySearch: t("glossarySearch"),
    glossaryEmpty: t("glossaryEmpty"),
    /** {term} */
    glossaryJump: t.raw("glossaryJump") as string,
    glossaryFullPage: t("glossaryFullPage"),
    region: t("region"),
    keyboardHint: t("keyboardHint"),
    coverHint: t("coverHint"),
    singleHint: t("singleHint"),
    translation: t("translation"),
    sentenceTerms: t("sentenceTerms"),
    termUnavailable: t("termUnavailable"),
    seeInGlossary: t("seeInGlossary"),
    close: t("close"),
  };
}

export type ReaderLabels = Awaited<ReturnType<typeof readerLabels>>;
