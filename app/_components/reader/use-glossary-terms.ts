"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { TermInfo } from "./reader-popover";

/** The glossary is fetched once the page has loaded and the browser is idle (or at the first
 * tap, key or scroll, whichever comes first): never while the page itself is loading. */
const IDLE_TIMEOUT_MS = 3000;
const FIRST_ACTIVITY = ["pointerdown", "keydown", "scroll", "focusin"] as const;

/**
 * The article's glossary (the terms' translations and notes; the terms themselves are marked
 * in the server's markup), fetched from /api/articles/[slug]/glossary soon after the page has
 * loaded, or at once when a tap needs it. `load()` resolves to the terms.
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
    let idle: number | undefined;
    const start = () => {
      stop();
      void load().catch(() => {});
    };
    const onIdle = (window as Partial<Window>).requestIdleCallback;
    const whenIdle = () => {
      idle = onIdle ? onIdle(start, { timeout: IDLE_TIMEOUT_MS }) : window.setTimeout(start, 200);
    };
    const stop = () => {
      window.removeEventListener("load", whenIdle);
      if (idle !== undefined && onIdle) window.cancelIdleCallback(idle);
      else if (idle !== undefined) window.clearTimeout(idle);
      FIRST_ACTIVITY.forEach((type) => window.removeEventListener(type, start, true));
    };
    if (document.readyState === "complete") whenIdle();
    else window.addEventListener("load", whenIdle, { once: true });
    FIRST_ACTIVITY.forEach((type) => window.addEventListener(type, start, { capture: true, passive: true }));
    return stop;
  }, [load]);

  return { terms, load };
}
