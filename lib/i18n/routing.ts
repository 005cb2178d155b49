import { defineRouting } from "next-intl/routing";

/** Vietnamese is the default; every page lives under /vi or /en. */
export const routing = defineRouting({
  locales: ["vi", "en"],
  defaultLocale: "vi",
  localePrefix: "always",
});

export type AppLocale = (typeof routing.locales)[number];

/**
 * Both locales as a page's static params: a page the same for everyone exports
 * `generateStaticParams` returning these, so it is built once per language. (Not the layout's:
 * the home page must not be built, see app/[locale]/page.tsx.)
 */
export function localeParams(): { locale: AppLocale }[] {
  return routing.locales.map((locale) => ({ locale }));
}
