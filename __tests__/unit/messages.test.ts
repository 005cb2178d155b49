import en from "@/messages/en.json";
import vi from "@/messages/vi.json";

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

/** Top-level ICU argument names of a message ("{count}", "{date, date, long}" → count, date). */
function argumentsOf(message: string): string[] {
  const names = new Set<string>();
  let depth = 0;
  for (let i = 0; i < message.length; i++) {
    const ch = message[i];
    if (ch === "{") {
      if (depth === 0) names.add(/^\{\s*([A-Za-z0-9_]+)/.exec(message.slice(i))?.[1] ?? "");
      depth++;
    } else if (ch === "}") depth--;
  }
  return [...names].sort();
}

const viMessages = flatten(vi);
const enMessages = flatten(en);

describe("messages", () => {
  it("vi.json and en.json have identical key sets", () => {
    expect([...viMessages.keys()].sort()).toEqual([...enMessages.keys()].sort());
  });

  it("has no empty message", () => {
    for (const [key, value] of [...viMessages, ...enMessages]) {
      expect({ key, empty: value.trim() === "" }).toEqual({ key, empty: false });
    }
  });

  it("uses the same ICU arguments in both languages", () => {
    for (const [key, value] of viMessages) {
      expect({ key, args: argumentsOf(value) }).toEqual({ key, args: argumentsOf(enMessages.get(key) ?? "") });
    }
  });

  it("writes Vietnamese with its diacritics, in NFC", () => {
    const all = [...viMessages.values()].join(" ");
    expect(all).toBe(all.normalize("NFC"));
    expect(viMessages.get("Layout.skipToContent")).toBe("Chuyển đến nội dung chính");
    // Messages made only of placeholders and symbols ("{rate}×") have no words to check.
    const hasWords = (message: string) => /\p{L}{2,}/u.test(message.replace(/\{[^{}]*\}/g, ""));
    const worded = [...viMessages.values()].filter(hasWords);
    const withDiacritics = worded.filter((m) => /[\u00C0-\u1EF9]/.test(m));
    // A few correct Vietnamese phrases have none ("Song song"), nearly all do.
    expect(withDiacritics.length / worded.length).toBeGreaterThan(0.9);
  });

  it("translates every message: no Vietnamese message is the English one", () => {
    const sameInBoth = new Set(["Metadata.siteName", "LocaleNames.vi", "LocaleNames.en"]);
    for (const [key, value] of viMessages) {
      if (sameInBoth.has(key)) continue;
      expect({ key, same: value === enMessages.get(key) }).toEqual({ key, same: false });
    }
  });
});

describe("scores as a learner reads them", () => {
  it("shows a partly right score with one decimal at most, in the UI language's number style", async () => {
    const { createTranslator } = await import("next-intl");
    const vit = createTranslator({ locale: "vi", messages: vi, namespace: "Results" });
    const ent = createTranslator({ locale: "en", messages: en, namespace: "Results" });
    expect(vit("score", { score: 11 / 3, total: 5, percent: 73 })).toBe("Bạn đạt 3,7/5 điểm (73%)");
    expect(ent("score", { score: 11 / 3, total: 5, percent: 73 })).toBe("You scored 3.7/5 (73%)");
    expect(ent("score", { score: 4, total: 5, percent: 80 })).toBe("You scored 4/5 (80%)");
    const viq = createTranslator({ locale: "vi", messages: vi, namespace: "Quiz" });
    expect(viq("scoreOf", { score: 2.25, total: 5 })).toBe("2,3/5 điểm");
  });
});
