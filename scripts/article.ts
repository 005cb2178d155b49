// `npm run -s article -- align|import …`: the article import from the command line, for checks
// and bulk work. `align` prints the sentence pairs of two texts with their confidence;
// `import` writes an article content file (the seed format) from them. Files may be .txt, .md
// or .docx. Bad arguments or unreadable files print one line on stderr and exit with code 2.
import { readFileSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { z } from "zod";
import { alignDocuments, pairsAsText } from "../lib/align/align";
import { importArticle } from "../lib/align/content";
import { splitDocument } from "../lib/align/split";
import { parseArticleContent } from "../lib/content/schema";
import { MAX_SIDE_CHARACTERS, TextFileError, textOfFile } from "../lib/server/authoring/text-files";

const USAGE = `Usage:
  npm run -s article -- align --vi <file> --en <file> [--json]
  npm run -s article -- import --vi <file> --en <file> --out <content.json> [--slug <slug>] [--source <name>] [--url <link>] [--date <YYYY-MM-DD>]
Files: .txt, .md or .docx, at most ${MAX_SIDE_CHARACTERS} characters a side.`;

class UsageError extends Error {}
const fail = (message: string): never => {
  throw new UsageError(message);
};

const Files = z.object({
  vi: z.string({ error: "--vi takes the Vietnamese text's file" }).min(1, "--vi takes the Vietnamese text's file"),
  en: z.string({ error: "--en takes the English text's file" }).min(1, "--en takes the English text's file"),
});
const ImportOptions = z.object({
  out: z.string({ error: "--out takes the content file to write" }).min(1, "--out takes the content file to write"),
  slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "--slug takes lower-case words joined by dashes").optional(),
  source: z.string().trim().min(1).max(200, "--source is at most 200 characters").optional(),
  url: z.url({ protocol: /^https?$/, error: "--url takes a web address (http or https)" }).optional(),
  date: z.iso.date("--date takes a date as YYYY-MM-DD").optional(),
});

const PROBLEMS: Record<TextFileError["problem"], string> = {
  "unsupported-type": "is not a .txt, .md or .docx file",
  "not-utf8": "is not UTF-8 text",
  "too-long": `is longer than ${MAX_SIDE_CHARACTERS} characters`,
  empty: "holds no text",
  "unreadable-docx": "is not a readable Word document",
};

async function readSide(path: string): Promise<string> {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch {
    return fail(`cannot read ${path}`);
  }
  try {
    return await textOfFile(path, bytes);
  } catch (error) {
    if (error instanceof TextFileError) return fail(`${path} ${PROBLEMS[error.problem]}`);
    throw error;
  }
}

function check<T>(result: z.ZodSafeParseResult<T>): T {
  if (!result.success) fail(result.error.issues.map((i) => i.message).join("; "));
  return (result as { data: T }).data;
}

async function main(argv: string[]): Promise<void> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { vi: { type: "string" }, en: { type: "string" }, out: { type: "string" }, slug: { type: "string" }, source: { type: "string" }, url: { type: "string" }, date: { type: "string" }, json: { type: "boolean" }, help: { type: "boolean" } },
    });
  } catch (error) {
    return fail((error as Error).message.split("\n")[0] ?? "bad arguments");
  }
  const { values, positionals } = parsed;
  const command = positionals[0];
  if (values.help || command === undefined) {
    console.log(USAGE);
    return;
  }
  if (command !== "align" && command !== "import") fail(`unknown command "${command}": use align or import`);
  const files = check(Files.safeParse(values));
  const [viText, enText] = [await readSide(files.vi), await readSide(files.en)];
  if (command === "align") {
    const pairs = pairsAsText(alignDocuments(splitDocument(viText, "vi"), splitDocument(enText, "en")));
    if (values.json) console.log(JSON.stringify({ pairs }, null, 2));
    else for (const p of pairs) console.log(`${p.confidence.toFixed(2)}  ${[p.vi].flat().join(" ") || "—"}\n      ${[p.en].flat().join(" ") || "—"}`);
    return;
  }
  const options = check(ImportOptions.safeParse(values));
  const { content, report } = importArticle(viText, enText, {
    ...(options.slug ? { slug: options.slug } : {}),
    source: { name: options.source ?? null, url: options.url ?? null, publishedOn: options.date ?? null },
  });
  // The file must load as any seed article does.
  const valid = parseArticleContent(content);
  writeFileSync(options.out, `${JSON.stringify(valid, null, 2)}\n`);
  console.log(`${options.out}: ${report.pairs} pairs, ${report.weak.length} weak, ${report.unpaired.length} without a partner`);
  for (const w of report.weak) console.log(`  weak ${w.key} (${w.confidence.toFixed(2)})`);
  for (const u of report.unpaired) console.log(`  no ${u.side === "vi" ? "English" : "Vietnamese"} partner near ${u.key}: ${u.text.slice(0, 80)}`);
}

process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});

main(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof UsageError) {
    console.error(`article: ${error.message} (npm run -s article -- --help for usage)`);
    process.exit(2);
  }
  throw error;
});
