// The reader's display preferences, kept in a cookie. The article page is static, so a tiny
// inline script applies the cookie before the first paint (reader-prefs-script.ts) and the
// reader reads it after hydration. Pure: no I/O.

export const READER_MODES = ["auto", "side", "interleaved", "single", "cover"] as const;
export type ReaderMode = (typeof READER_MODES)[number];
export type ReaderLang = "vi" | "en";
export const SPEECH_RATES = [0.75, 1, 1.25] as const;
export type SpeechRate = (typeof SPEECH_RATES)[number];
export const READ_ALOUD_LANGUAGES = ["vi", "en", "both"] as const;
export type ReadAloudLanguage = (typeof READ_ALOUD_LANGUAGES)[number];

export const READER_PREFS_COOKIE = "songngu_reader";

export type ReaderPrefs = {
  /** "auto": side by side on wide screens, interleaved on narrow ones (decided by CSS). */
  mode: ReaderMode;
  /** The language that stands first (left column, or first of each pair). */
  first: ReaderLang;
  rate: SpeechRate;
  readAloud: ReadAloudLanguage;
};

/** Defaults: the interface language first, and read aloud the other one (the one being learnt). */
export function defaultReaderPrefs(uiLocale: ReaderLang): ReaderPrefs {
  return { mode: "auto", first: uiLocale, rate: 1, readAloud: uiLocale === "vi" ? "en" : "vi" };
}

/** Cookie value: "mode_first_rate_readAloud", e.g. "cover_vi_0.75_en". */
export function serializeReaderPrefs(prefs: ReaderPrefs): string {
  return [prefs.mode, prefs.first, prefs.rate, prefs.readAloud].join("_");
}

const isOneOf = <T extends string | number>(list: readonly T[], value: unknown): value is T => list.includes(value as T);

/**
 * Parses a cookie value; anything missing or malformed falls back to the defaults. Checked
 * by hand, not with zod: it runs in the browser, where zod would weigh more than the reader.
 */
export function parseReaderPrefs(value: string | undefined, uiLocale: ReaderLang): ReaderPrefs {
  const defaults = defaultReaderPrefs(uiLocale);
  const [mode, first, rate, readAloud] = (value ?? "").split("_");
  const rateNumber = Number(rate);
  if (!isOneOf(READER_MODES, mode) || !isOneOf(["vi", "en"] as const, first) || !isOneOf(SPEECH_RATES, rateNumber) || !isOneOf(READ_ALOUD_LANGUAGES, readAloud)) {
    return defaults;
  }
  return { mode, first, rate: rateNumber, readAloud };
}

/** The cookie's value in a `document.cookie` string, if set. */
export function readPrefsCookie(cookieHeader: string): string | undefined {
  const prefix = `${READER_PREFS_COOKIE}=`;
  return cookieHeader
    .split(/;\s*/)
    .find((c) => c.startsWith(prefix))
    ?.slice(prefix.length);
}
