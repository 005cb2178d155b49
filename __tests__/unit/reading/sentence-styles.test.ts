import { sentenceStyles } from "@/lib/reading/sentence-styles";

describe("sentenceStyles", () => {
  it("writes nothing when nothing is selected or flipped", () => {
    expect(sentenceStyles({ activeId: null, flippedIds: [] })).toBe("");
  });

  it("highlights both sides of the active sentence pair", () => {
    const css = sentenceStyles({ activeId: "waic-2025:p2-s1", flippedIds: [] });
    expect(css).toContain('[data-sentence-id="waic-2025:p2-s1"]');
    expect(css).toContain(":is(:lang(vi),:lang(en))");
    expect(css).toContain("background-color:var(--color-highlight)");
    // The headline is one element carrying the id, with a child per language.
    expect(css).toContain('[data-sentence-id="waic-2025:p2-s1"]:not(.s)>[lang]');
  });

  it("reveals a flipped sentence in cover mode and masks it in the other modes", () => {
    const css = sentenceStyles({ activeId: null, flippedIds: ["waic-2025:p3-s1"] }).split("\n");
    const reveal = css.find((r) => r.startsWith('.reader[data-mode="cover"]'));
    expect(reveal).toContain("color:inherit");
    const masks = css.filter((r) => r.includes('[data-mode="side"]') && r.includes("background-color:var(--color-mask)"));
    expect(masks.map((r) => /data-first="(vi|en)"\] \.s\S*:lang\((vi|en)\)/.exec(r)?.slice(1))).toEqual([
      ["vi", "en"],
      ["en", "vi"],
    ]);
  });

  it("escapes quotes so an id cannot break out of its selector", () => {
    const css = sentenceStyles({ activeId: 'x"]{}body{display:none', flippedIds: [] });
    expect(css).toContain('[data-sentence-id="x\\"]{}body{display:none"]');
  });
});
