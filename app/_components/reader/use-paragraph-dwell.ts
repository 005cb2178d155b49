"use client";

import { useEffect, useRef, type RefObject } from "react";
import { markRead, type ReadingRecord } from "@/lib/reading/local-record";
import type { ReaderLang } from "@/lib/reading/prefs";
import { dwellThresholdMs } from "@/lib/reading/progress";
import type { CountableParagraph } from "./reader-shell";

/** A paragraph is "on screen" when most of it shows, or it fills half the window (long ones). */
function isOnScreen(entry: IntersectionObserverEntry): boolean {
  return entry.isIntersecting && (entry.intersectionRatio >= 0.6 || entry.intersectionRect.height >= window.innerHeight * 0.5);
}

/**
 * Reading-time tracking: a paragraph counts as read once it has stayed on screen long enough
 * to read it in the learner's first language (lib/reading/progress.ts says how long).
 */
export function useParagraphDwell(
  body: RefObject<HTMLElement | null>,
  paragraphs: CountableParagraph[],
  lang: ReaderLang,
  record: ReadingRecord,
  updateRecord: (change: (record: ReadingRecord) => ReadingRecord) => void,
): void {
  // The observer outlives renders; it reads which paragraphs are already read from here.
  const readIds = useRef(record.read);
  useEffect(() => {
    readIds.current = record.read;
  }, [record.read]);

  useEffect(() => {
    const root = body.current;
    if (!root) return;
    const chars = new Map(paragraphs.map((p) => [p.id, p.chars[lang]]));
    const timers = new Map<string, number>();
    const observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          const id = (entry.target as HTMLElement).dataset.blockId ?? "";
          const onScreen = isOnScreen(entry);
          if (onScreen && !timers.has(id) && readIds.current[id] === undefined) {
            const timer = window.setTimeout(() => {
              timers.delete(id);
              updateRecord((r) => markRead(r, id, Date.now()));
            }, dwellThresholdMs(chars.get(id) ?? 0));
            timers.set(id, timer);
          } else if (!onScreen && timers.has(id)) {
            window.clearTimeout(timers.get(id));
            timers.delete(id);
          }
        }
      },
      { threshold: [0, 0.25, 0.5, 0.6, 0.8, 1] },
    );
    root.querySelectorAll("[data-countable]").forEach((el) => observer.observe(el));
    return () => {
      observer.disconnect();
      timers.forEach((timer) => window.clearTimeout(timer));
    };
  }, [body, paragraphs, lang, updateRecord]);
}
