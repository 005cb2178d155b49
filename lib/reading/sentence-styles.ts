// The reader's per-sentence state as CSS: the highlighted sentence, translations revealed in
// cover mode and translations hidden with Enter in the other modes. The server-rendered
// article is never touched; the reader writes these rules into one <style>. Pure: no I/O.
import type { ReaderLang } from "./prefs";

export type SentenceStyleState = {
  activeId: string | null;
  /** Cover mode: sentences whose translation is shown. Other modes: whose translation is hidden. */
  flippedIds: readonly string[];
};

function attr(id: string): string {
  return `[data-sentence-id="${id.replace(/["\\\n]/g, (c) => `\\${c === "\n" ? "a " : c}`)}"]`;
}

const MASK =
  "color:transparent;background-color:var(--color-mask);border-radius:.25rem;-webkit-box-decoration-break:clone;box-decoration-break:clone";

/** CSS rules for the given state. Selectors are specific enough to beat the base mode rules. */
export function sentenceStyles({ activeId, flippedIds }: SentenceStyleState): string {
  const rules: string[] = [];
  if (activeId) {
    // Repeating the attribute raises the rule above the mode rules: a highlighted sentence
    // shows as highlighted even where it is masked or revealed.
    const sel = attr(activeId).repeat(4);
    // Sentences are `.s` spans; the headline is one element holding both languages.
    rules.push(
      `.reader :is(.s${sel}:is(:lang(vi),:lang(en)),${sel}:not(.s)>[lang]){background-color:var(--color-highlight);box-shadow:0 0 0 2px var(--color-highlight)}`,
    );
  }
  const second = (first: ReaderLang) => (first === "vi" ? "en" : "vi");
  for (const id of flippedIds) {
    const sel = attr(id);
    // Revealed in cover mode.
    rules.push(
      `.reader[data-mode="cover"] .s${sel}${sel}:is(:lang(vi),:lang(en)){color:inherit;background-color:transparent;cursor:auto}`,
      `.reader[data-mode="cover"] .s${sel}${sel}:is(:lang(vi),:lang(en)) .term{visibility:visible}`,
      `.reader[data-mode="cover"] .s${sel}${sel}:is(:lang(vi),:lang(en)) .note-marker{color:var(--color-accent)}`,
    );
    // Hidden in the modes that show both languages.
    for (const first of ["vi", "en"] as const) {
      const hidden = `.reader:is([data-mode="auto"],[data-mode="side"],[data-mode="interleaved"])[data-first="${first}"] .s${sel}:lang(${second(first)})`;
      rules.push(
        `${hidden}{${MASK}}`,
        `${hidden} .note-marker{color:transparent}`,
        `${hidden} .term{visibility:hidden}`,
      );
    }
  }
  return rules.join("\n");
}
