// What library search compares: an article's titles, lead and topics without marks, lower
// case and with single spaces, so "hoi nghi" finds "Hội nghị" and "Hội nghị" finds it too.
import { withoutMarks } from "./fold";

/** A text folded for search. */
export function foldForSearch(text: string): string {
  return withoutMarks(text.normalize("NFC")).toLowerCase().replace(/\s+/gu, " ").trim();
}

/** The folded text an article is found by. */
export function searchTextOf(parts: { titles: readonly string[]; lead: readonly string[]; topics: readonly string[]; source?: string | null }): string {
  return foldForSearch([...parts.titles, ...parts.lead, ...parts.topics, parts.source ?? ""].join(" "));
}
