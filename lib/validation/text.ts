import { z } from "zod";

// Characters that draw nothing yet change what a reader sees or what a file holds: C0 and C1
// controls (NUL included), bidirectional embeddings, overrides and isolates (they can make
// "Lan" display as another name in a roster), zero-width spaces, direction marks and the BOM.
const INVISIBLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200b\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/gu;

/**
 * Text a person typed, as it is kept and shown: composed (NFC, so "Nguyễn" typed on any
 * keyboard is one spelling), without invisible characters; one line unless `multiline`
 * (then line breaks are kept, as "\n").
 */
export function cleanText(text: string, { multiline = false } = {}): string {
  const visible = text.normalize("NFC").replace(INVISIBLE, "");
  return multiline ? visible.replace(/\r\n?/g, "\n") : visible.replace(/[\t\n\r]+/g, " ");
}

/** A name or a title: one line of visible text, trimmed. Refine it with `.pipe(...)`. */
export const LineText = z.string().transform((s) => cleanText(s).trim());

/** Free text of several lines (instructions, notes): visible characters, trimmed. */
export const ParagraphText = z.string().transform((s) => cleanText(s, { multiline: true }).trim());
