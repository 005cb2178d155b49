"use client";

import dynamic from "next/dynamic";
import { useState, type ComponentProps } from "react";
import { fill } from "@/lib/i18n/fill";
import type { ReadingProgress } from "@/lib/reading/progress";
import type { ReaderLang, ReaderPrefs } from "@/lib/reading/prefs";
import type { ReaderLabels } from "./labels";

export type DisplayMode = "side" | "interleaved" | "single" | "cover";

// Speech synthesis code loads only when the learner opens "Listen".
const ListenPanel = dynamic(() => import("./listen-panel"), { ssr: false });

type Props = {
  labels: ReaderLabels;
  prefs: ReaderPrefs;
  displayMode: DisplayMode;
  onPrefs: (patch: Partial<ReaderPrefs>) => void;
  progress: ReadingProgress;
  revealCount: number;
  listen: Omit<ComponentProps<typeof ListenPanel>, "labels" | "prefs" | "onPrefs">;
  glossaryOpen: boolean;
  onToggleGlossary: () => void;
};

const MODES: DisplayMode[] = ["side", "interleaved", "single", "cover"];
const field = "min-w-0 rounded border border-line bg-paper px-2 py-1 text-sm text-ink";
const button = "shrink-0 rounded border min-h-8 border-line px-2.5 py-1 text-sm hover:border-accent aria-expanded:border-accent aria-expanded:bg-note sm:px-3";
// On a phone the labels are read out but not shown, so the controls fit on one row.
const phoneLabel = "sr-only sm:not-sr-only";
const icon = "size-5 sm:hidden";

/** A speaker: the Listen button's face on a phone. */
function SpeakerIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 24 24" className={icon} fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
      <path d="M11 5 6 9H3v6h3l5 4z" />
      <path d="M15.5 8.5a5 5 0 0 1 0 7M18.5 5.5a9 9 0 0 1 0 13" />
    </svg>
  );
}

/** An open book: the Glossary button's face on a phone. */
function BookIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 24 24" className={icon} fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
      <path d="M2 5h6a4 4 0 0 1 4 4v11a3 3 0 0 0-3-3H2zM22 5h-6a4 4 0 0 0-4 4v11a3 3 0 0 1 3-3h7z" />
    </svg>
  );
}

/**
 * The reader's controls: layout, which language first, read-aloud, glossary and reading
 * progress. On a phone they stay on one row under the text's edge (the progress is a thin
 * line along the toolbar's bottom), so the text keeps the screen; the mode's hint comes after
 * the toolbar and scrolls away with the page.
 */
export function ReaderToolbar({ labels, prefs, displayMode, onPrefs, progress, revealCount, listen, glossaryOpen, onToggleGlossary }: Props) {
  const [listenOpen, setListenOpen] = useState(false);
  const [listenLoaded, setListenLoaded] = useState(false);
  const progressText = fill(labels.progressText, { percent: progress.percent, read: progress.readBlocks, total: progress.totalBlocks });

  return (
    <>
      <section aria-label={labels.toolbar} className="reader-toolbar sticky top-0 z-20 -mx-4 border-b border-line bg-paper/95 px-4 pb-2 pt-1.5 backdrop-blur sm:-mx-6 sm:px-6 sm:py-2 print:hidden">
        <div className="flex items-center gap-2 sm:flex-wrap sm:gap-x-4 sm:gap-y-2">
          <label className="flex min-w-0 flex-1 items-center gap-2 text-sm sm:flex-none">
            <span className={phoneLabel}>{labels.layout}</span>
            <select data-pref="mode" className={`${field} w-full sm:w-auto`} value={displayMode} onChange={(e) => onPrefs({ mode: e.target.value as DisplayMode })}>
              {MODES.map((mode) => (
                <option key={mode} value={mode}>
                  {labels.modes[mode]}
                </option>
              ))}
            </select>
          </label>
          <label className="flex min-w-0 shrink items-center gap-2 text-sm">
            <span className={phoneLabel}>{labels.firstLanguage}</span>
            <select data-pref="first" className={field} value={prefs.first} onChange={(e) => onPrefs({ first: e.target.value as ReaderLang })}>
              <option value="vi">{labels.languages.vi}</option>
              <option value="en">{labels.languages.en}</option>
            </select>
          </label>
          <button
            type="button"
            className={button}
            aria-expanded={listenOpen}
            aria-controls="reader-listen"
            onClick={() => {
              setListenOpen((open) => !open);
              setListenLoaded(true);
            }}
          >
            <SpeakerIcon />
            <span className={phoneLabel}>{labels.listen}</span>
          </button>
          <button type="button" className={button} aria-expanded={glossaryOpen} onClick={onToggleGlossary}>
            <BookIcon />
            <span className={phoneLabel}>{labels.glossary}</span>
          </button>
          <div className="absolute inset-x-0 bottom-0 flex items-center gap-2 text-sm text-muted sm:static sm:min-w-48 sm:flex-1">
            <div
              role="progressbar"
              aria-label={labels.progress}
              aria-valuemin={0}
              aria-valuemax={100}
              aria-valuenow={progress.percent}
              aria-valuetext={progressText}
              className="h-1 flex-1 overflow-hidden bg-line sm:h-2 sm:rounded-full"
            >
              <div className="h-full rounded-full bg-read transition-[width] motion-reduce:transition-none" style={{ width: `${progress.percent}%` }} />
            </div>
            <span data-progress-text="" className={phoneLabel}>
              {progressText}
            </span>
          </div>
        </div>
        <div id="reader-listen" hidden={!listenOpen} className="mt-2">
          {listenLoaded && <ListenPanel labels={labels} prefs={prefs} onPrefs={onPrefs} {...listen} />}
        </div>
      </section>
      {displayMode === "cover" && (
        <p className="text-sm text-muted print:hidden">
          {labels.coverHint} <span data-reveal-count="">{fill(labels.revealCount, { count: revealCount })}</span>
        </p>
      )}
      {displayMode === "single" && <p className="text-sm text-muted print:hidden">{labels.singleHint}</p>}
    </>
  );
}
