"use client";

import { useEffect, useState } from "react";
import { SPEECH_RATES, type ReadAloudLanguage, type ReaderLang, type ReaderPrefs } from "@/lib/reading/prefs";
import type { ReaderLabels } from "./labels";
import type { SpeechScope } from "./use-read-aloud-items";
import { useSpeech, type SpeechItem } from "./use-speech";

type Props = {
  labels: ReaderLabels;
  prefs: ReaderPrefs;
  onPrefs: (patch: Partial<ReaderPrefs>) => void;
  activeId: string | null;
  /** Utterances for the article from a sentence on, or for one sentence only. */
  items: (scope: SpeechScope) => SpeechItem[];
  onSpeaking: (sentenceId: string | null) => void;
};

const field = "rounded border border-line bg-paper px-2 py-1 text-sm text-ink";
const button = "rounded border border-line px-3 py-1 text-sm hover:border-accent disabled:opacity-50";

/** Read-aloud controls. Loaded only when the learner first opens "Listen". */
export default function ListenPanel({ labels, prefs, onPrefs, activeId, items, onSpeaking }: Props) {
  const speech = useSpeech();
  const [resumeFrom, setResumeFrom] = useState<string | null>(null);
  useEffect(() => onSpeaking(speech.speakingId), [speech.speakingId, onSpeaking]);

  const needed: ReaderLang[] = prefs.readAloud === "both" ? ["vi", "en"] : [prefs.readAloud];
  const missing = speech.supported && speech.voicesReady ? needed.filter((l) => !speech.hasVoice(l)) : [];

  const playArticle = () => {
    speech.play(items({ from: resumeFrom ?? activeId }), prefs.rate);
    setResumeFrom(null);
  };
  const pause = () => {
    setResumeFrom(speech.speakingId);
    speech.stop();
  };
  const stop = () => {
    setResumeFrom(null);
    speech.stop();
  };

  if (!speech.supported) {
    return (
      <p role="status" className="text-sm">
        {labels.noSpeech}
      </p>
    );
  }
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
        {speech.playing ? (
          <button type="button" className={button} onClick={pause}>
            {labels.pause}
          </button>
        ) : (
          <button type="button" className={button} onClick={playArticle}>
            {resumeFrom ? labels.continueArticle : labels.playArticle}
          </button>
        )}
        <button type="button" className={button} onClick={stop} disabled={!speech.playing && !resumeFrom}>
          {labels.stop}
        </button>
        <button
          type="button"
          className={button}
          onClick={() => activeId && speech.play(items({ only: activeId }), prefs.rate)}
          disabled={!activeId}
        >
          {labels.playSentence}
        </button>
        <label className="flex items-center gap-2 text-sm">
          {labels.readAloudLanguage}
          <select className={field} value={prefs.readAloud} onChange={(e) => onPrefs({ readAloud: e.target.value as ReadAloudLanguage })}>
            {(["vi", "en", "both"] as const).map((l) => (
              <option key={l} value={l}>
                {labels.languages[l]}
              </option>
            ))}
          </select>
        </label>
        <label className="flex items-center gap-2 text-sm">
          {labels.speed}
          <select className={field} value={prefs.rate} onChange={(e) => onPrefs({ rate: Number(e.target.value) as ReaderPrefs["rate"] })}>
            {SPEECH_RATES.map((r) => (
              <option key={r} value={r}>
                {r}×
              </option>
            ))}
          </select>
        </label>
      </div>
      <div role="status" className="space-y-1 text-sm">
        {missing.map((lang) => (
          <p key={lang} data-no-voice={lang}>
            {labels.noVoice[lang]}
          </p>
        ))}
        {!activeId && <p className="text-muted">{labels.selectSentenceFirst}</p>}
      </div>
    </div>
  );
}
