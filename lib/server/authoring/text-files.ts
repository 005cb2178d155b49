// The text of a file a teacher brings: plain text or Markdown as UTF-8, a Word document
// (.docx) through mammoth's raw-text reading (one paragraph per line, blank lines between).
// Any other kind, text that is not UTF-8, or text over the limit is refused with a reason
// the caller shows. Server-side only (reads bytes; no rendering).
import { spawn } from "node:child_process";
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
  if (kind === "docx") return checkedSide(await docxText(bytes));
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new TextFileError("not-utf8");
  }
  return checkedSide(text.replace(/^\uFEFF/u, ""));
}

/** Memory and time a Word document may take to read: a real article needs a fraction of it. */
const DOCX_MEMORY_MB = 192;
const DOCX_TIMEOUT_MS = 10_000;
const DOCX_TEXT_LIMIT = 4 * MAX_SIDE_CHARACTERS;

// Read in a process of its own: a document that unpacks to gigabytes (a "zip bomb") or takes
// ages to parse ends that process, never the server. The bytes come in on stdin, the text
// goes out on stdout.
const DOCX_READER = `
const chunks = [];
process.stdin.on("data", (c) => chunks.push(c));
process.stdin.on("end", () => {
  require("mammoth").extractRawText({ buffer: Buffer.concat(chunks) }).then(
    (result) => process.stdout.write(JSON.stringify({ text: result.value.slice(0, ${DOCX_TEXT_LIMIT}) })),
    () => process.stdout.write(JSON.stringify({ error: true })),
  );
});`;

/** A Word document's text, read by mammoth in a child process with bounded memory and time. */
function docxText(bytes: Uint8Array): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [`--max-old-space-size=${DOCX_MEMORY_MB}`, "-e", DOCX_READER], { stdio: ["pipe", "pipe", "ignore"], cwd: process.cwd() });
    const out: Buffer[] = [];
    let done = false;
    const finish = (text: string | null) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      child.kill("SIGKILL");
      if (text === null) reject(new TextFileError("unreadable-docx"));
      else resolve(text);
    };
    const timer = setTimeout(() => finish(null), DOCX_TIMEOUT_MS);
    child.stdout.on("data", (chunk: Buffer) => out.push(chunk));
    child.on("error", () => finish(null));
    child.on("close", () => {
      try {
        const message = JSON.parse(Buffer.concat(out).toString("utf8")) as { text?: unknown };
        finish(typeof message.text === "string" ? message.text : null);
      } catch {
        finish(null);
      }
    });
    child.stdin.on("error", () => finish(null));
    child.stdin.end(Buffer.from(bytes));
  });
}
