"use client";

import { useEffect } from "react";

/** A link to "#s-…" (the glossary's "first use" links) selects that sentence, now and on later hash changes. */
export function useHashSelection(select: (sentenceId: string) => void): void {
  useEffect(() => {
    const fromHash = () => {
      const el = window.location.hash.startsWith("#s-") ? document.getElementById(window.location.hash.slice(1)) : null;
      if (el?.dataset.sentenceId) select(el.dataset.sentenceId);
    };
    fromHash();
    window.addEventListener("hashchange", fromHash);
    return () => window.removeEventListener("hashchange", fromHash);
  }, [select]);
}
