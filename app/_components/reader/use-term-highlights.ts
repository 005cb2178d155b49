"use client";

import { useCallback, useEffect, useRef, type RefObject } from "react";
import { markSentences } from "@/lib/content/marking";
import type { TermInfo } from "./reader-popover";

/** The CSS highlight the glossary terms are drawn with (globals.css: ::highlight(glossary-term)). */
const HIGHLIGHT = "glossary-term";

export type TermRange = { range: Range; termId: string };

/** A sentence side's own text: its first child (the note marker, if any, comes after). */
function textNodeOf(span: Element): Text | null {
  return span.firstChild instanceof Text ? span.firstChild : null;
}

function caretAt(x: number, y: number): { node: Node; offset: number } | null {
  if (document.caretPositionFromPoint) {
    const position = document.caretPositionFromPoint(x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  const range = document.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

/**
 * Marks the glossary terms in the article with the CSS Custom Highlight API once the glossary
 * has loaded: no extra elements in the page (the article stays light to load and hydrate),
 * and `termAt` tells which term, if any, is under a tap.
 */
export function useTermHighlights(body: RefObject<HTMLElement | null>, terms: TermInfo[] | null) {
  const ranges = useRef<TermRange[]>([]);

  useEffect(() => {
    const root = body.current;
    if (!root || !terms) return;
    const sides = new Map<string, { vi?: Text; en?: Text }>();
    root.querySelectorAll<HTMLElement>(".s").forEach((span) => {
      const id = span.dataset.sentenceId;
      const text = textNodeOf(span);
      if (!id || !text) return;
      sides.set(id, { ...sides.get(id), [span.matches(":lang(vi)") ? "vi" : "en"]: text });
    });
    const sentences = [...sides].map(([id, s]) => ({ id, vi: s.vi?.data ?? "", en: s.en?.data ?? "" }));
    const marked = markSentences(sentences, terms);
    const found: TermRange[] = [];
    for (const [id, side] of sides) {
      for (const lang of ["vi", "en"] as const) {
        const node = side[lang];
        let offset = 0;
        for (const segment of (node && marked.get(id)?.[lang]) || []) {
          if (segment.termId && node) {
            const range = new Range();
            range.setStart(node, offset);
            range.setEnd(node, offset + segment.text.length);
            found.push({ range, termId: segment.termId });
          }
          offset += segment.text.length;
        }
      }
    }
    ranges.current = found;
    if (!("highlights" in CSS)) return;
    CSS.highlights.set(HIGHLIGHT, new Highlight(...found.map((r) => r.range)));
    return () => {
      CSS.highlights.delete(HIGHLIGHT);
    };
  }, [body, terms]);

  /** The term occurrence drawn at a point of the screen, or null. */
  const termAt = useCallback((x: number, y: number): TermRange | null => {
    const caret = caretAt(x, y);
    if (!caret) return null;
    return (
      ranges.current.find(
        ({ range }) =>
          range.startContainer === caret.node &&
          caret.offset >= range.startOffset &&
          caret.offset <= range.endOffset &&
          [...range.getClientRects()].some((r) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom),
      ) ?? null
    );
  }, []);

  return termAt;
}
