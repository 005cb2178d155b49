import { localeAlternates } from "@/lib/i18n/alternates";

describe("localeAlternates", () => {
  it("lists every locale and Vietnamese as x-default, canonical in the page's locale", () => {
    expect(localeAlternates("/articles/waic-2025", "en")).toEqual({
      canonical: "/en/articles/waic-2025",
      languages: {
        vi: "/vi/articles/waic-2025",
        en: "/en/articles/waic-2025",
        "x-default": "/vi/articles/waic-2025",
      },
    });
  });

  it("handles the home page", () => {
    expect(localeAlternates("", "vi").canonical).toBe("/vi");
    expect(localeAlternates("", "vi").languages.en).toBe("/en");
  });
});
