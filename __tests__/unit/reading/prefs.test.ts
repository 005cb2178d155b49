import { defaultReaderPrefs, parseReaderPrefs, readPrefsCookie, serializeReaderPrefs } from "@/lib/reading/prefs";

describe("reader preferences", () => {
  it("defaults to the interface language first and reading aloud the other one", () => {
    expect(defaultReaderPrefs("vi")).toEqual({ mode: "auto", first: "vi", rate: 1, readAloud: "en" });
    expect(defaultReaderPrefs("en")).toEqual({ mode: "auto", first: "en", rate: 1, readAloud: "vi" });
  });

  it("round-trips through the cookie value", () => {
    const prefs = { mode: "cover", first: "en", rate: 0.75, readAloud: "both" } as const;
    expect(serializeReaderPrefs(prefs)).toBe("cover_en_0.75_both");
    expect(parseReaderPrefs(serializeReaderPrefs(prefs), "vi")).toEqual(prefs);
  });

  it("falls back to the defaults on a missing or tampered cookie", () => {
    expect(parseReaderPrefs(undefined, "en")).toEqual(defaultReaderPrefs("en"));
    expect(parseReaderPrefs("cover_fr_1_en", "vi")).toEqual(defaultReaderPrefs("vi"));
    expect(parseReaderPrefs("side_vi_9_en", "vi")).toEqual(defaultReaderPrefs("vi"));
    expect(parseReaderPrefs("<script>", "vi")).toEqual(defaultReaderPrefs("vi"));
  });
});

describe("readPrefsCookie", () => {
  it("finds the reader's cookie among others", () => {
    expect(readPrefsCookie("NEXT_LOCALE=vi; songngu_reader=side_en_1_vi; other=1")).toBe("side_en_1_vi");
    expect(readPrefsCookie("xsongngu_reader=cover_vi_1_en")).toBeUndefined();
    expect(readPrefsCookie("")).toBeUndefined();
  });
});
