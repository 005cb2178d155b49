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

// The browser side of parseReaderPrefs, for the inline scripts below: the cookie's four
// fields if they are valid, else null.
const COOKIE_FIELDS = `function(){var m=document.cookie.match(/(?:^|; )${READER_PREFS_COOKIE}=([^;]*)/);if(!m)return null;var p=m[1].split("_");return ${JSON.stringify(
  READER_MODES,
)}.indexOf(p[0])<0||["vi","en"].indexOf(p[1])<0||${JSON.stringify(READ_ALOUD_LANGUAGES)}.indexOf(p[3])<0||p.length!==4?null:p}`;

/**
 * Runs inside the reader's root element as the page is parsed, before anything is painted:
 * applies the layout and language order of the cookie, so a static page shows the learner's
 * own layout at once. Built from constants only (no user data is written into it).
 */
export const APPLY_PREFS_SCRIPT = `(function(r,f){try{var p=f();if(!p)return;r.setAttribute("data-mode",p[0]);r.setAttribute("data-first",p[1])}catch(e){}})(document.currentScript.parentElement,${COOKIE_FIELDS})`;

/**
 * Runs right after the toolbar is parsed: the layout and language-order controls work from
 * then on, seconds before the page's code has arrived on a slow phone (both are only an
 * attribute of the reader's root and the cookie). Once React has hydrated the reader
 * (data-hydrated), it does nothing more: React's own handlers, reading the same cookie, take
 * over. `defaults` is the serialized default preferences of the page's locale.
 */
export function earlyControlsScript(defaults: ReaderPrefs): string {
  return `(function(r,f,d){try{var s=r.querySelectorAll(".reader-toolbar select[data-pref]"),p=f()||d;s.forEach(function(e){var i=e.getAttribute("data-pref")==="first"?1:0;if(i||p[0]!=="auto")e.value=p[i]});r.addEventListener("change",function(e){var t=e.target,k=t.getAttribute&&t.getAttribute("data-pref");if(r.hasAttribute("data-hydrated")||!k)return;var q=f()||d.slice(),i=k==="first"?1:0;q[i]=t.value;document.cookie="${READER_PREFS_COOKIE}="+q.join("_")+"; path=/; max-age=31536000; samesite=lax";r.setAttribute(i?"data-first":"data-mode",t.value)})}catch(e){}})(document.currentScript.parentElement,${COOKIE_FIELDS},${JSON.stringify(
    serializeReaderPrefs(defaults).split("_"),
  )})`;
}
