// The reader's display preferences, kept in a cookie so the server renders the chosen
// layout straight away (no jump after the page loads). Pure: no I/O.
import { z } from "zod";

export const READER_MODES = ["auto", "side", "interleaved", "single", "cover"] as const;
export type ReaderMode = (typeof READER_MODES)[number];
export type ReaderLang = "vi" | "en";
export const SPEECH_RATES = [0.75, 1, 1.25] as const;
export type SpeechRate = (typeof SPEECH_RATES)[number];
export type ReadAloudLanguage = ReaderLang | "both";

export const READER_PREFS_COOKIE = "songngu_reader";

export const ReaderPrefsSchema = z.object({
  /** "auto": side by side on wide screens, interleaved on narrow ones (decided by CSS). */
  mode: z.enum(READER_MODES),
  /** The language that stands first (left column, or first of each pair). */
  first: z.enum(["vi", "en"]),
  rate: z.union(SPEECH_RATES.map((r) => z.literal(r))),
  readAloud: z.enum(["vi", "en", "both"]),
});
export type ReaderPrefs = z.infer<typeof ReaderPrefsSchema>;

/** Defaults: the interface language first, and read aloud the other one (the one being learnt). */
export function defaultReaderPrefs(uiLocale: ReaderLang): ReaderPrefs {
  return { mode: "auto", first: uiLocale, rate: 1, readAloud: uiLocale === "vi" ? "en" : "vi" };
}

/** Cookie value: "mode_first_rate_readAloud", e.g. "cover_vi_0.75_en". */
export function serializeReaderPrefs(prefs: ReaderPrefs): string {
  return [prefs.mode, prefs.first, prefs.rate, prefs.readAloud].join("_");
}

/** Parses a cookie value; anything missing or malformed falls back to the defaults. */
export function parseReaderPrefs(value: string | undefined, uiLocale: ReaderLang): ReaderPrefs {
  const defaults = defaultReaderPrefs(uiLocale);
  if (!value) return defaults;
  const [mode, first, rate, readAloud] = value.split("_");
  const parsed = ReaderPrefsSchema.safeParse({ mode, first, rate: Number(rate), readAloud });
  return parsed.success ? parsed.data : defaults;
}
