import { routing, type AppLocale } from "./routing";

/**
 * The URL of an app path in a locale: "/articles/x" → "/vi/articles/x", "/" → "/vi". Every
 * route is prefixed (localePrefix "always") and none is translated, so this is all
 * next-intl's getPathname would do here — without pulling its client Link into the bundle.
 */
export function localizedPath(locale: AppLocale, href: string): string {
  if (!routing.locales.includes(locale)) throw new Error(`unknown locale ${locale}`);
  return href === "/" ? `/${locale}` : `/${locale}${href.startsWith("/") ? href : `/${href}`}`;
}
