// `npm run -s quiz -- facts|generate …`: the quiz engine from the command line, for teachers
// and for checks. Prints the facts of an article, or a quiz with its answer key.
import { existsSync } from "node:fs";
import { parseArgs } from "node:util";
import { z } from "zod";
import { quizArticleFromContent } from "../lib/quiz/article";
import { extractFacts } from "../lib/quiz/facts";
import { generateQuiz } from "../lib/quiz/generate";
import { QUESTION_TYPES, type Fact, type Question } from "../lib/quiz/types";
import { loadArticleFile, loadArticleFiles } from "../prisma/seed/load-content";

const USAGE = `Usage:
  npm run -s quiz -- facts (--article <slug> | --file <content.json>) [--json]
  npm run -s quiz -- generate (--article <slug> | --file <content.json>) --seed <n> --lang vi|en|cross --count <n> [--types a,b] [--json]
Question types: ${QUESTION_TYPES.join(", ")}`;

const Source = z
  .object({ article: z.string().regex(/^[a-z0-9-]+$/, "--article takes a slug such as waic-2025").optional(), file: z.string().optional() })
  .refine((s) => (s.article === undefined) !== (s.file === undefined), "give exactly one of --article and --file");

const Generate = z.object({
  seed: z.coerce.number({ error: "--seed must be a whole number" }).int("--seed must be a whole number"),
  lang: z.enum(["vi", "en", "cross"], "--lang must be vi, en or cross"),
  count: z.coerce
    .number({ error: "--count must be a number from 1 to 200" })
    .int("--count must be a whole number")
    .min(1, "--count must be at least 1")
    .max(200, "--count must be at most 200"),
  types: z
    .string()
    .optional()
    .transform((t) => (t ? t.split(",").map((x) => x.trim()) : undefined))
    .pipe(z.array(z.enum(QUESTION_TYPES, `--types takes: ${QUESTION_TYPES.join(", ")}`)).optional()),
});

class UsageError extends Error {}

function fail(message: string): never {
  throw new UsageError(message);
}

function loadArticle(source: z.infer<typeof Source>) {
  if (source.file) {
    if (!existsSync(source.file)) fail(`no such file: ${source.file}`);
    return loadArticleFile(source.file).content;
  }
  const found = loadArticleFiles().find((a) => a.content.slug === source.article);
  return found?.content ?? fail(`no article with the slug "${source.article}"`);
}

/** One line per fact, both languages side by side. */
function describeFact(f: Fact): string {
  switch (f.type) {
    case "number":
      return `number     ${[f.vi.qualifier, f.vi.text, f.vi.unitText, f.vi.counted].filter(Boolean).join(" ")}  ↔  ${[f.en.qualifier, f.en.text, f.en.unitText, f.en.counted].filter(Boolean).join(" ")}`;
    case "entity":
      return `${f.kind.padEnd(10)} ${f.name.vi}  ↔  ${f.name.en}`;
    case "quotation":
      return `quotation  “${f.quote.vi}” ↔ “${f.quote.en}” — ${f.speaker.name.vi} / ${f.speaker.name.en}`;
    case "epithet":
      return `epithet    “${f.epithet.vi}” ↔ “${f.epithet.en}” = ${f.person.name.vi} / ${f.person.name.en}`;
    case "enumeration":
      return `list       ${f.items.map((i) => i.vi).join(" | ")}  ↔  ${f.items.map((i) => i.en).join(" | ")}`;
    case "term":
      return `term       ${f.term.vi}  ↔  ${f.term.en}`;
  }
}

const LETTERS = "ABCDEFGH";

/** A quiz as a teacher would print it: numbered questions, then the answer key. */
function printable(questions: Question[]): string {
  const body = questions.map((q, i) => {
    const lines = [`${i + 1}. ${q.instruction}`, ...(q.prompt ? [`   ${q.prompt}`] : [])];
    if (q.type === "matching") {
      q.items?.forEach((item, k) => lines.push(`   ${k + 1}) ${item.text}`));
      q.options?.forEach((o, k) => lines.push(`   ${LETTERS[k]}) ${o.text}`));
    } else if (q.type === "ordering") {
      q.items?.forEach((item, k) => lines.push(`   ${LETTERS[k]}) ${item.text}`));
    } else if (q.input === "text") {
      lines.push("   ____________________");
    } else {
      q.options?.forEach((o, k) => lines.push(`   ${LETTERS[k]}) ${o.text}`));
    }
    return lines.join("\n");
  });
  const key = questions.map((q, i) => {
    const a = q.answer;
    const letter = (id: string, list = q.options) => LETTERS[list?.findIndex((o) => o.id === id) ?? -1] ?? "?";
    switch (a.kind) {
      case "option":
        return `${i + 1}. ${letter(a.optionId)}`;
      case "text":
        return `${i + 1}. ${a.display}`;
      case "pairs":
        return `${i + 1}. ${Object.entries(a.pairs).map(([l, r]) => `${(q.items?.findIndex((x) => x.id === l) ?? 0) + 1}-${letter(r)}`).join(", ")}`;
      case "order":
        return `${i + 1}. ${a.itemIds.map((id) => letter(id, q.items)).join(" ")}`;
    }
  });
  return `${body.join("\n\n")}\n\nAnswer key / Đáp án\n${key.join("\n")}\n`;
}

function main(argv: string[]): void {
  const { values, positionals } = (() => {
    try {
      return parseArgs({
        args: argv,
        allowPositionals: true,
        options: {
          article: { type: "string" },
          file: { type: "string" },
          seed: { type: "string" },
          lang: { type: "string" },
          count: { type: "string" },
          types: { type: "string" },
          json: { type: "boolean", default: false },
        },
      });
    } catch (error) {
      return fail((error as Error).message);
    }
  })();
  const command = positionals[0];
  if (command !== "facts" && command !== "generate") fail(command ? `unknown command "${command}"` : "missing command: facts or generate");
  const source = Source.safeParse(values);
  if (!source.success) fail(source.error.issues.map((i) => i.message).join("; "));
  const content = loadArticle(source.data);
  const article = quizArticleFromContent(content);

  if (command === "facts") {
    const facts = extractFacts(article);
    if (values.json) console.log(JSON.stringify({ article: article.slug, facts }, null, 2));
    else for (const f of facts) console.log(describeFact(f));
    return;
  }
  const options = Generate.safeParse(values);
  if (!options.success) fail(options.error.issues.map((i) => i.message).join("; "));
  const { seed, lang, count, types } = options.data;
  const questions = generateQuiz(article, { seed, language: lang, count, ...(types ? { types } : {}) });
  if (values.json) console.log(JSON.stringify({ article: article.slug, seed, language: lang, count: questions.length, questions }, null, 2));
  else process.stdout.write(printable(questions));
}

// Piped into `head`: stop quietly when the reader goes away.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});

try {
  main(process.argv.slice(2));
} catch (error) {
  if (error instanceof UsageError) {
    console.error(`quiz: ${error.message}\n\n${USAGE}`);
    process.exit(2);
  }
  throw error;
}
