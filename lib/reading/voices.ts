// Choosing a speech-synthesis voice for a language. Pure: no I/O (voices are passed in).

export type VoiceInfo = { lang: string; name: string; localService: boolean; default: boolean };

/** BCP 47 tag each language is spoken with. */
export const SPEECH_LANG = { vi: "vi-VN", en: "en-US" } as const;

function normalizeTag(tag: string): string {
  return tag.replace("_", "-").toLowerCase();
}

/**
 * The best voice for `lang` among those the device offers, or null when it has none.
 * Prefers the exact regional tag (vi-VN, en-US), then voices installed on the device (they
 * work offline and report progress reliably), then the device's default.
 */
export function pickVoice<V extends VoiceInfo>(voices: readonly V[], lang: "vi" | "en"): V | null {
  const exact = normalizeTag(SPEECH_LANG[lang]);
  const candidates = voices.filter((v) => {
    const tag = normalizeTag(v.lang);
    return tag === lang || tag.startsWith(`${lang}-`);
  });
  const score = (v: V) => (normalizeTag(v.lang) === exact ? 4 : 0) + (v.localService ? 2 : 0) + (v.default ? 1 : 0);
  return [...candidates].sort((a, b) => score(b) - score(a))[0] ?? null;
}
