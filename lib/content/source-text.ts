// Parses an article as it arrives from a news site export: one paragraph per line, the
// first line the headline, image lines `![](...) |` followed by a caption line that ends
// with the photo credit ("Ảnh: Xinhua |"). Pure: no I/O.
import { splitSentences } from "./sentences";

export type SourceBlock =
  | { kind: "headline"; sentences: string[] }
  | { kind: "paragraph"; sentences: string[] }
  | { kind: "figure"; imageUrl: string | null; sentences: string[]; credit: string | null };

const IMAGE_LINE = /^!\[[^\]]*\]\(([^)]*)\)\s*\|?$/;
const TABLE_CELL_END = /\s*\|\s*$/;
const CREDIT = /^(Ảnh|Photo|Nguồn ảnh)\s*:/iu;

function cleanLine(line: string): string {
  return line.normalize("NFC").replace(TABLE_CELL_END, "").trim();
}

/** Splits a caption into its sentences and the trailing photo credit, if any. */
function parseCaption(line: string): { sentences: string[]; credit: string | null } {
  const sentences = splitSentences(cleanLine(line));
  const last = sentences.at(-1);
  if (last !== undefined && CREDIT.test(last)) {
    return { sentences: sentences.slice(0, -1), credit: last };
  }
  return { sentences, credit: null };
}

/** Turns the raw text of an article into headline, paragraph and figure blocks. */
export function parseSourceText(text: string): SourceBlock[] {
  const lines = text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== "");
  const blocks: SourceBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    const image = IMAGE_LINE.exec(line);
    if (image) {
      const next = lines[i + 1];
      const hasCaption = next !== undefined && !IMAGE_LINE.test(next);
      const caption = hasCaption ? parseCaption(next) : { sentences: [], credit: null };
      blocks.push({ kind: "figure", imageUrl: image[1] ? image[1] : null, ...caption });
      if (hasCaption) i++;
      continue;
    }
    const sentences = splitSentences(cleanLine(line));
    blocks.push({ kind: blocks.length === 0 ? "headline" : "paragraph", sentences });
  }
  return blocks;
}
