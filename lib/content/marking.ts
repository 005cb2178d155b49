// Which words of each sentence to mark as glossary terms. Pure: no I/O.
import { segmentByTerms, type TextSegment } from "./glossary";

export type MarkableTerm = { id: string; vi: string; en: string; enForms: string[]; sentenceIds: string[] };
export type MarkedSentence = { vi: TextSegment[]; en: TextSegment[] };

/**
 * Segments each sentence pair's two sides by the glossary terms linked to it. A term is
 * only looked for in the sentences it was linked to, so the English marks always have a
 * Vietnamese counterpart in the same pair.
 */
export function markSentences(
  sentences: readonly { id: string; vi: string; en: string }[],
  terms: readonly MarkableTerm[],
): Map<string, MarkedSentence> {
  const termsBySentence = new Map<string, MarkableTerm[]>();
  for (const term of terms) {
    for (const id of term.sentenceIds) termsBySentence.set(id, [...(termsBySentence.get(id) ?? []), term]);
  }
  const marked = new Map<string, MarkedSentence>();
  for (const s of sentences) {
    const linked = termsBySentence.get(s.id) ?? [];
    marked.set(s.id, {
      vi: segmentByTerms(s.vi, linked.map((t) => ({ id: t.id, forms: [t.vi] })), "vi"),
      en: segmentByTerms(s.en, linked.map((t) => ({ id: t.id, forms: [t.en, ...t.enForms] })), "en"),
    });
  }
  return marked;
}
