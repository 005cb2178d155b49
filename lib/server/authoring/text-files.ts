// The text of a file a teacher brings: plain text or Markdown as UTF-8, a Word document
// (.docx) through mammoth's raw-text reading (one paragraph per line, blank lines between).
// Any other kind, text that is not UTF-8, or text over the limit is refused with a reason
// the caller shows. Server-side only (reads bytes; no rendering).
import mammoth from "mammoth";
import { MAX_SIDE_CHARACTERS } from "@/lib/validation/authoring";

export { MAX_SIDE_CHARACTERS };

export type TextFileProblem = "unsupported-type" | "not-utf8" | "too-long" | "empty" | "unreadable-docx";

export class TextFileError extends Error {
  constructor(readonly problem: TextFileProblem) {
    super(problem);
  }
}

const KINDS = { txt: "text", md: "text", markdown: "text", docx: "docx" } as const;

/** The kind of a file by its name's ending, or null. */
export function textFileKind(name: string): "text" | "docx" | null {
  const ending = /\.([a-z]+)$/i.exec(name)?.[1]?.toLowerCase();
  return ending && ending in KINDS ? KINDS[ending as keyof typeof KINDS] : null;
}

/** A side's text as checked for length and emptiness (after trimming). */
export function checkedSide(text: string): string {
  const trimmed = text.trim();
  if (trimmed === "") throw new TextFileError("empty");
  if ([...trimmed].length > MAX_SIDE_CHARACTERS) throw new TextFileError("too-long");
  return trimmed;
}

/** The text of an uploaded or named file. */
export async function textOfFile(name: string, bytes: Uint8Array): Promise<string> {
  const kind = textFileKind(name);
  if (kind === null) throw new TextFileError("unsupported-type");
  if (kind === "docx") {
    try {
      const result = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
      return checkedSide(result.value);
    } catch (error) {
      if (error instanceof TextFileError) throw error;
      throw new TextFileError("unreadable-docx");
    }
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new TextFileError("not-utf8");
  }
  return checkedSide(text.replace(/^\uFEFF/u, ""));
}
