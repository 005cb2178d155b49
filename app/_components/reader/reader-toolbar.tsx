"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import type { ReadingProgress } from "@/lib/reading/progress";
import { SPEECH_RATES, type ReadAloudLanguage, type ReaderLang, type ReaderPrefs } from "@/lib/reading/prefs";

export type DisplayMode = "side" | "interleaved" | "single" | "cover";

type Speech = {
  supported: boolean;
  voicesReady: boolean;
  hasVoice: (lang: ReaderLang) => boolean;
  playing: boolean;
};

type Props = {
  prefs: ReaderPrefs;
  displayMode: DisplayMode;
  onPrefs: (patch: Partial<ReaderPrefs>) => void;
  progress: ReadingProgress;
  revealCount: number;
  speech: Speech;
  canResume: boolean;
  hasSelection: boolean;
  onPlayArticle: () => void;
  onPause: () => void;
  onStop: () => void;
  onPlaySentence: () => void;
  glossaryHref: string;
};

const MODES: { value: DisplayMode; label: "modeSide" | "modeInterleaved" | "modeSingle" | "modeCover" }[] = [
  { value: "side", label: "modeSide" },
  { value: "interleaved", label: "modeInterleaved" },
  { value: "single", label: "modeSingle" },
  { value: "cover", label: "modeCover" },
];

const field = "rounded border border-line bg-paper px-2 py-1 text-sm text-ink";
const button = "rounded border border-line px-3 py-1 text-sm hover:border-accent disabled:opacity-50";

/** The reader's controls: layout, which language first, read-aloud and reading progress. */
export function ReaderToolbar(props: Props) {
  const t = useTranslations("Reader");
  const { prefs, speech, progress } = props;
  const [listenOpen, setListenOpen] = useState(false);
  const needed: ReaderLang[] = prefs.readAloud === "both" ? ["vi", "en"] : [prefs.readAloud];
  const missing = speech.supported && speech.voicesReady ? needed.filter((l) => !speech.hasVoice(l)) : [];
  const progressText = t("progressText", { percent: progress.percent, read: progress.readBlocks, total: progress.totalBlocks });

  return (
    <section aria-label={t("toolbar")} className="reader-toolbar sticky top-0 z-20 -mx-4 border-b border-line bg-paper/95 px-4 py-2 backdrop-blur sm:-mx-6 sm:px-6 print:hidden">
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
        <label className="flex items-center gap-2 text-sm">
          {t("layout")}
          <select className={field} value={props.displayMode} onChange={(e) => props.onPrefs({ mode: e.target.value as DisplayMode })}>
            {MODES.map((m) => (
              <option key={m.value} value={m.value}>
                {t(m.label)}
              </option>
            ))}
          </select>
        </label>
        <label className="flex items-center gap-2 text-sm">
          {t("firstLanguage")}
          <select className={field} value={prefs.first} onChange={(e) => props.onPrefs({ first: e.target.value as ReaderLang })}>
            <option value="vi">{t("language", { language: "vi" })}</option>
            <option value="en">{t("language", { language: "en" })}</option>
          </select>
        </label>
        <button type="button" className={button} aria-expanded={listenOpen} aria-controls="reader-listen" onClick={() => setListenOpen((o) => !o)}>
          {t("listen")}
        </button>
        <a href={props.glossaryHref} className="text-sm text-accent underline underline-offset-4">
          {t("glossary")}
        </a>
        <div className="flex min-w-48 flex-1 items-center gap-2 text-sm text-muted">
          <div
            role="progressbar"
            aria-label={t("progress")}
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={progress.percent}
            aria-valuetext={progressText}
            className="h-2 flex-1 overflow-hidden rounded-full bg-line"
          >
            <div className="h-full rounded-full bg-read transition-[width]" style={{ width: `${progress.percent}%` }} />
          </div>
          <span data-progress-text="">{progressText}</span>
        </div>
      </div>
      {props.displayMode === "cover" && (
        <p className="mt-1 text-sm text-muted">
          {t("coverHint")} <span data-reveal-count="">{t("revealCount", { count: props.revealCount })}</span>
        </p>
      )}
      {props.displayMode === "single" && <p className="mt-1 text-sm text-muted">{t("singleHint")}</p>}
      <div id="reader-listen" hidden={!listenOpen} className="mt-2 space-y-2">
        {!speech.supported ? (
          <p role="status" className="text-sm">
            {t("noSpeech")}
          </p>
        ) : (
          <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
            {speech.playing ? (
              <button type="button" className={button} onClick={props.onPause}>
                {t("pause")}
              </button>
            ) : (
              <button type="button" className={button} onClick={props.onPlayArticle}>
                {props.canResume ? t("continueArticle") : t("playArticle")}
              </button>
            )}
            <button type="button" className={button} onClick={props.onStop} disabled={!speech.playing && !props.canResume}>
              {t("stop")}
            </button>
            <button type="button" className={button} onClick={props.onPlaySentence} disabled={!props.hasSelection} title={props.hasSelection ? undefined : t("selectSentenceFirst")}>
              {t("playSentence")}
            </button>
            <label className="flex items-center gap-2 text-sm">
              {t("readAloudLanguage")}
              <select className={field} value={prefs.readAloud} onChange={(e) => props.onPrefs({ readAloud: e.target.value as ReadAloudLanguage })}>
                {(["vi", "en", "both"] as const).map((l) => (
                  <option key={l} value={l}>
                    {t("language", { language: l })}
                  </option>
                ))}
              </select>
            </label>
            <label className="flex items-center gap-2 text-sm">
              {t("speed")}
              <select className={field} value={prefs.rate} onChange={(e) => props.onPrefs({ rate: Number(e.target.value) as ReaderPrefs["rate"] })}>
                {SPEECH_RATES.map((r) => (
                  <option key={r} value={r}>
                    {t("speedValue", { rate: r })}
                  </option>
                ))}
              </select>
            </label>
          </div>
        )}
        <div role="status" className="space-y-1 text-sm">
          {missing.map((lang) => (
            <p key={lang} data-no-voice={lang}>
              {t("noVoice", { language: lang })}
            </p>
          ))}
          {!props.hasSelection && <p className="text-muted">{t("selectSentenceFirst")}</p>}
        </div>
      </div>
    </section>
  );
}
