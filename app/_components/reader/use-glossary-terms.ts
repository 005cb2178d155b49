"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { TermInfo } from "./reader-popover";

/** The glossary is fetched when the learner first does something on the page (scrolls,
 * taps, types) or after this long: never while the page is still loading. */
const PREFETCH_AFTER_MS = 8000;
const FIRST_ACTIVITY = ["pointerdown", "keydown", "scroll", "focusin"] as const;

/**
 * The article's glossary, fetched from /api/articles/[slug]/glossary once the learner starts
 * reading (or at once when a control needs it). `load()` resolves to the terms.
 */
export function useGlossaryTerms(url: string) {
  const [terms, setTerms] = useState<TermInfo[] | null>(null);
  const pending = useRef<Promise<TermInfo[]> | null>(null);

  const load = useCallback(() => {
    pending.current ??= fetch(url)
      .then((r) => (r.ok ? (r.json() as Promise<{ terms: TermInfo[] }>) : Promise.reject(new Error(String(r.status)))))
      .then((body) => {
        setTerms(body.terms);
        return body.terms;
      })
      .catch((error: unknown) => {
        pending.current = null; // let a later tap try again (slow or dropped connection)
        throw error;
      });
    return pending.current;
  }, [url]);

  useEffect(() => {
    const start = () => {
      stop();
      void load().catch(() => {});
    };
    const timer = window.setTimeout(start, PREFETCH_AFTER_MS);
    const stop = () => {
      window.clearTimeout(timer);
      FIRST_ACTIVITY.forEach((type) => window.removeEventListener(type, start, true));
    };
    FIRST_ACTIVITY.forEach((type) => window.addEventListener(type, start, { capture: true, passive: true }));
    return stop;
  }, [load]);

  return { terms, load };
}
