import { defineRouting } from "next-intl/routing";

/** Vietnamese is the default; every page lives under /vi or /en. */
export const routing = defineRouting({
  locales: ["vi", "en"],
  defaultLocale: "vi",
  localePrefix: "always",
});

export type AppLocale = (typeof routing.locales)[number];
