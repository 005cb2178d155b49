"use client";

import { useCallback, useSyncExternalStore } from "react";
import {
  defaultReaderPrefs,
  parseReaderPrefs,
  READ_ALOUD_LANGUAGES,
  READER_MODES,
  READER_PREFS_COOKIE,
  readPrefsCookie,
  serializeReaderPrefs,
  type ReaderLang,
  type ReaderPrefs,
} from "@/lib/reading/prefs";

const listeners = new Set<() => void>();
const defaults = { vi: defaultReaderPrefs("vi"), en: defaultReaderPrefs("en") };
let cached: { raw: string | undefined; locale: ReaderLang; prefs: ReaderPrefs } | null = null;

function snapshot(locale: ReaderLang): ReaderPrefs {
  const raw = readPrefsCookie(document.cookie);
  if (cached && cached.raw === raw && cached.locale === locale) return cached.prefs;
  cached = { raw, locale, prefs: parseReaderPrefs(raw, locale) };
  return cached.prefs;
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The reader's preferences, kept in a cookie (a year) so they apply on every visit. */
export function useReaderPrefs(locale: ReaderLang): [ReaderPrefs, (patch: Partial<ReaderPrefs>) => void] {
  const prefs = useSyncExternalStore(subscribe, () => snapshot(locale), () => defaults[locale]);
  const update = useCallback(
    (patch: Partial<ReaderPrefs>) => {
      const next = serializeReaderPrefs({ ...snapshot(locale), ...patch });
      document.cookie = `${READER_PREFS_COOKIE}=${next}; path=/; max-age=31536000; samesite=lax`;
      listeners.forEach((listener) => listener());
    },
    [locale],
  );
  return [prefs, update];
}

/**
 * Runs inside the reader's root element as the page is parsed, before anything is painted:
 * applies the layout and language order of the cookie, so a static page shows the learner's
 * own layout at once. Built from constants only (no user data is written into it).
 */
export const APPLY_PREFS_SCRIPT = `(function(r){try{var m=document.cookie.match(/(?:^|; )${READER_PREFS_COOKIE}=([^;]*)/);if(!m)return;var p=m[1].split("_");if(${JSON.stringify(
  READER_MODES,
)}.indexOf(p[0])<0||["vi","en"].indexOf(p[1])<0||${JSON.stringify(READ_ALOUD_LANGUAGES)}.indexOf(p[3])<0)return;r.setAttribute("data-mode",p[0]);r.setAttribute("data-first",p[1])}catch(e){}})(document.currentScript.parentElement)`;
