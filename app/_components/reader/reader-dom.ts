import type { ReaderLang } from "@/lib/reading/prefs";

// How the reader finds its sentences in the server-rendered article: every side of a
// sentence pair is an element with class "s", a data-sentence-id and its lang attribute.

export const otherLang = (lang: ReaderLang): ReaderLang => (lang === "vi" ? "en" : "vi");

/** The element of one side of a sentence pair inside the reader's body, if it is there. */
export function findSentence(root: HTMLElement | null, id: string, lang: ReaderLang): HTMLElement | null {
  return root?.querySelector<HTMLElement>(`.s[data-sentence-id="${CSS.escape(id)}"]:lang(${lang})`) ?? null;
}

/** Every sentence id of the article, in reading order (one per pair). */
export function sentenceIdsIn(root: HTMLElement | null): string[] {
  return [...(root?.querySelectorAll<HTMLElement>(".s:lang(vi)") ?? [])].map((el) => el.dataset.sentenceId ?? "");
}

/** The sentence id of the element an event happened on, if it is inside a sentence. */
export function sentenceIdAt(target: EventTarget | null): string | null {
  return (target instanceof Element && target.closest<HTMLElement>(".s")?.dataset.sentenceId) || null;
}

/** Text of one side of a sentence pair as read aloud or shown in a bubble: its text and its
 * terms' links, without the note marker (nor React's <!-- --> separators, whose data is " "). */
export function sentenceText(el: Element): string {
  return [...el.childNodes]
    .filter((n) => n instanceof Text || (n instanceof Element && !n.classList.contains("note-marker")))
    .map((n) => n.textContent ?? "")
    .join("")
    .trim();
}
