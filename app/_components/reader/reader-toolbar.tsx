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
const field = "rounded border border-line bg-paper px-2 py-1 text-sm text-ink";
const button = "rounded border border-line px-3 py-1 text-sm hover:border-accent";

/** The reader's controls: layout, which language first, read-aloud and reading progress. */
export function ReaderToolbar({ labels, prefs, displayMode, onPrefs, progress, revealCount, listen, glossaryOpen, onToggleGlossary }: Props) {
  const [listenOpen, setListenOpen] = useState(false);
  const [listenLoaded, setListenLoaded] = useState(false);
  const progressText = fill(labels.progressText, { percent: progress.percent, read: progress.readBlocks, total: progress.totalBlocks });

  return (
    <section aria-label={labels.toolbar} className="reader-toolbar sticky top-0 z-20 -mx-4 border-b border-line bg-paper/95 px-4 py-2 backdrop-blur sm:-mx-6 sm:px-6 print:hidden">
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
        <label className="flex items-center gap-2 text-sm">
          {labels.layout}
          <select className={field} value={displayMode} onChange={(e) => onPrefs({ mode: e.target.value as DisplayMode })}>
            {MODES.map((mode) => (
              <option key={mode} value={mode}>
                {labels.modes[mode]}
              </option>
            ))}
          </select>
        </label>
        <label className="flex items-center gap-2 text-sm">
          {labels.firstLanguage}
          <select className={field} value={prefs.first} onChange={(e) => onPrefs({ first: e.target.value as ReaderLang })}>
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
          {labels.listen}
        </button>
        <button type="button" className={button} aria-expanded={glossaryOpen} onClick={onToggleGlossary}>
          {labels.glossary}
        </button>
        <div className="flex min-w-48 flex-1 items-center gap-2 text-sm text-muted">
          <div
            role="progressbar"
            aria-label={labels.progress}
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={progress.percent}
            aria-valuetext={progressText}
            className="h-2 flex-1 overflow-hidden rounded-full bg-line"
          >
            <div className="h-full rounded-full bg-read transition-[width] motion-reduce:transition-none" style={{ width: `${progress.percent}%` }} />
          </div>
          <span data-progress-text="">{progressText}</span>
        </div>
      </div>
      {displayMode === "cover" && (
        <p className="mt-1 text-sm text-muted">
          {labels.coverHint} <span data-reveal-count="">{fill(labels.revealCount, { count: revealCount })}</span>
        </p>
      )}
      {displayMode === "single" && <p className="mt-1 text-sm text-muted">{labels.singleHint}</p>}
      <div id="reader-listen" hidden={!listenOpen} className="mt-2">
        {listenLoaded && <ListenPanel labels={labels} prefs={prefs} onPrefs={onPrefs} {...listen} />}
      </div>
    </section>
  );
}
