"use client";

import { useSyncExternalStore } from "react";
import type { ReaderPrefs } from "@/lib/reading/prefs";
import type { DisplayMode } from "./reader-toolbar";

/** Where the "auto" layout switches from side by side to interleaved (globals.css agrees). */
const NARROW = "(max-width: 767.98px)";
const noSubscription = () => () => {};
function subscribeNarrow(onChange: () => void) {
  const query = window.matchMedia(NARROW);
  query.addEventListener("change", onChange);
  return () => query.removeEventListener("change", onChange);
}

/**
 * The layout the reader shows now ("auto" resolved by the window's width) and whether the
 * page has hydrated: the controls work from then on (tests wait for data-hydrated).
 */
export function useReaderLayout(mode: ReaderPrefs["mode"]): { displayMode: DisplayMode; hydrated: boolean } {
  const hydrated = useSyncExternalStore(noSubscription, () => true, () => false);
  const isNarrow = useSyncExternalStore(subscribeNarrow, () => window.matchMedia(NARROW).matches, () => false);
  return { displayMode: mode === "auto" ? (isNarrow ? "interleaved" : "side") : mode, hydrated };
}
