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

/** A bound or posted locale, checked (anything else is the default). */
export function asLocale(value: unknown): AppLocale {
  return routing.locales.includes(value as AppLocale) ? (value as AppLocale) : routing.defaultLocale;
}

/**
 * A "return to" path from a form, if it is one of our own localized pages: starts with
 * "/vi/" or "/en/", no scheme, no protocol-relative "//", no backslashes. Anything else is
 * null, so a crafted link can never send someone to another site after signing in.
 */
export function safeReturnPath(value: string): string | null {
  if (!value || value.length > 300 || /[\\\s\p{Cc}]/u.test(value) || value.startsWith("//")) return null;
  const ok = routing.locales.some((l) => value === `/${l}` || value.startsWith(`/${l}/`) || value.startsWith(`/${l}?`) || value.startsWith(`/${l}#`));
  if (!ok) return null;
  // A Location header carries ASCII only ("/vi/tìm" would break the redirect): the rest is
  // percent-encoded, which the browser shows and sends back as the same path.
  return value.replace(/[^\x21-\x7e]+/gu, (run) => encodeURIComponent(run));
}
