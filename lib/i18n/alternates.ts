import { routing, type AppLocale } from "./routing";

/**
 * Canonical and hreflang alternates for a page, given its path without the locale
 * prefix ("" for the home page, "/articles/waic-2025" for an article).
 */
export function localeAlternates(path: string, locale: AppLocale) {
  const languages: Record<string, string> = {};
  for (const l of routing.locales) languages[l] = `/${l}${path}`;
  languages["x-default"] = `/${routing.defaultLocale}${path}`;
  return { canonical: `/${locale}${path}`, languages };
}
