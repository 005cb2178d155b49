import { localizedPath } from "@/lib/i18n/paths";

describe("localizedPath", () => {
  it("prefixes every path with the locale", () => {
    expect(localizedPath("vi", "/")).toBe("/vi");
    expect(localizedPath("en", "/articles/waic-2025")).toBe("/en/articles/waic-2025");
    expect(localizedPath("en", "about")).toBe("/en/about");
  });

  it("refuses a locale the app does not have", () => {
    expect(() => localizedPath("fr" as "vi", "/")).toThrow(/unknown locale/);
  });
});
