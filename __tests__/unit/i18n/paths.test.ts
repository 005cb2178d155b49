import { asLocale, localizedPath, safeReturnPath } from "@/lib/i18n/paths";

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

describe("safeReturnPath", () => {
  it("accepts only our own localized pages", () => {
    expect(safeReturnPath("/vi/progress")).toBe("/vi/progress");
    expect(safeReturnPath("/en/articles/waic-2025/quiz?x=1")).toBe("/en/articles/waic-2025/quiz?x=1");
    expect(safeReturnPath("/en")).toBe("/en");
    for (const bad of ["", "https://evil.example/vi/", "//evil.example", "/\\evil.example", "/vie/x", "/fr/x", "/vi/ x", "javascript:alert(1)", `/vi/${"a".repeat(300)}`]) {
      expect(safeReturnPath(bad)).toBeNull();
    }
  });

  it("percent-encodes what a Location header cannot carry, and refuses control characters", () => {
    expect(safeReturnPath("/vi/join/ABC?tên=Lan")).toBe("/vi/join/ABC?t%C3%AAn=Lan");
    expect(safeReturnPath("/en/x?q=%C3%AA")).toBe("/en/x?q=%C3%AA");
    expect(safeReturnPath("/en/x\u0000y")).toBeNull();
    expect(safeReturnPath("/en/x\u007fy")).toBeNull();
  });

  it("asLocale falls back to the default for anything unknown", () => {
    expect(asLocale("en")).toBe("en");
    expect(asLocale("fr")).toBe("vi");
    expect(asLocale(undefined)).toBe("vi");
  });
});
