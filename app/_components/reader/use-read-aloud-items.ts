"use client";

import { useEffect, type RefObject } from "react";
import type { ReaderLang, ReaderPrefs } from "@/lib/reading/prefs";
import { findSentence, otherLang, sentenceIdsIn, sentenceText } from "./reader-dom";
import type { SpeechItem } from "./use-speech";

export type SpeechScope = { from: string | null } | { only: string };

/**
 * Read-aloud items: the chosen language(s) of each sentence, from a sentence on or just one,
 * and the sentence being read kept in view.
 */
export function useReadAloudItems(
  body: RefObject<HTMLElement | null>,
  prefs: Pick<ReaderPrefs, "readAloud" | "first">,
  speakingId: string | null,
): (scope: SpeechScope) => SpeechItem[] {
  const { readAloud, first } = prefs;
  // Called from the listen panel's buttons only, so it reads the article when pressed.
  const items = (scope: SpeechScope): SpeechItem[] => {
    const all = sentenceIdsIn(body.current);
    const ids = "only" in scope ? [scope.only] : all.slice(Math.max(0, all.indexOf(scope.from ?? "")));
    const langs: ReaderLang[] = readAloud === "both" ? [first, otherLang(first)] : [readAloud];
    return ids.flatMap((id) =>
      langs.flatMap((lang) => {
        const el = findSentence(body.current, id, lang);
        return el ? [{ sentenceId: id, text: sentenceText(el), lang }] : [];
      }),
    );
  };

  useEffect(() => {
    if (!speakingId) return;
    const still = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
    findSentence(body.current, speakingId, first)?.scrollIntoView({ block: "nearest", behavior: still ? "auto" : "smooth" });
  }, [body, speakingId, first]);

  return items;
}
