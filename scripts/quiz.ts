// `npm run -s quiz -- facts|bank|generate|grade …`: the quiz engine from the command line, for
// teachers and for checks. Prints the facts of an article, its whole question bank with keys,
// quality and flags, a quiz with its answer key, or the grade of a typed answer. Bad
// arguments (or an unreadable content file) print one line on stderr and exit with code 2.
import { existsSync } from "node:fs";
import { parseArgs } from "node:util";
import { z } from "zod";
import { quizArticleFromContent } from "../lib/quiz/article";
import { extractFacts } from "../lib/quiz/facts";
import { generateQuestionBank, generateQuiz } from "../lib/quiz/generate";
import { grade } from "../lib/quiz/grade";
import { QUESTION_TYPES, type Fact, type NumberMention, type Question } from "../lib/quiz/types";
import { loadArticleFile, loadArticleFiles } from "../prisma/seed/load-content";

const USAGE = `Usage:
  npm run -s quiz -- facts (--article <slug> | --file <content.json>) [--json]
  npm run -s quiz -- bank (--article <slug> | --file <content.json>) --lang vi|en|cross [--json]
  npm run -s quiz -- generate (--article <slug> | --file <content.json>) --seed <n> --lang vi|en|cross --count <n> [--types a,b] [--json]
  npm run -s quiz -- grade (--article <slug> | --file <content.json>) --lang vi|en|cross --question <id> --answer <text> [--json]
Question types: ${QUESTION_TYPES.join(", ")}`;

const Source = z
  .object({ article: z.string().regex(/^[a-z0-9-]+$/, "--article takes a slug such as waic-2025").optional(), file: z.string().optional() })
  .refine((s) => (s.article === undefined) !== (s.file === undefined), "give exactly one of --article and --file");

const Lang = z.enum(["vi", "en", "cross"], "--lang must be vi, en or cross");

const Generate = z.object({
  seed: z.coerce.number({ error: "--seed must be a whole number" }).int("--seed must be a whole number"),
  lang: Lang,
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

const Grade = z.object({
  lang: Lang,
  question: z.string({ error: "--question takes a question id from the bank" }).min(1, "--question takes a question id from the bank"),
  answer: z.string({ error: "--answer takes the typed answer" }).max(200, "--answer is at most 200 characters"),
});

class UsageError extends Error {}

function fail(message: string): never {
  throw new UsageError(message);
}

function check<T>(result: z.ZodSafeParseResult<T>): T {
  if (!result.success) fail(result.error.issues.map((i) => i.message).join("; "));
  return result.data;
}

function loadArticle(source: z.infer<typeof Source>) {
  if (source.file) {
    if (!existsSync(source.file)) fail(`no such file: ${source.file}`);
    try {
      return loadArticleFile(source.file).content;
    } catch (error) {
      // A broken content file is bad input, not a crash: say what is wrong in one line.
      const message = (error as Error).message.replace(/\s*\n\s*/g, " ");
      fail(message.length > 300 ? `${message.slice(0, 300)}…` : message);
    }
  }
  const found = loadArticleFiles().find((a) => a.content.slug === source.article);
  return found?.content ?? fail(`no article with the slug "${source.article}"`);
}

const numberText = (m: NumberMention) => [m.qualifier, m.text, m.scale ? `(×${m.scale})` : "", m.unitText, m.counted].filter(Boolean).join(" ");

/** One line per fact, both languages side by side. */
function describeFact(f: Fact): string {
  switch (f.type) {
    case "number":
      return `number     ${f.vi.kind.padEnd(10)} ${numberText(f.vi)}  ↔  ${numberText(f.en)}`;
    case "entity":
      return `${f.kind.padEnd(10)} ${f.name.vi}  ↔  ${f.name.en}`;
    case "quotation":
      return `quotation  “${f.quote.vi}” ↔ “${f.quote.en}” — ${f.speaker.name.vi} / ${f.speaker.name.en}`;
    case "epithet":
      return `epithet    “${f.epithet.vi}” ↔ “${f.epithet.en}” = ${f.person.name.vi} / ${f.person.name.en}`;
    case "role":
      return `role       ${f.person.name.vi}: ${f.role.vi}  ↔  ${f.person.name.en}: ${f.role.en}`;
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

function parse(argv: string[]) {
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
        question: { type: "string" },
        answer: { type: "string" },
        json: { type: "boolean", default: false },
        help: { type: "boolean", default: false },
      },
    });
  } catch (error) {
    return fail((error as Error).message);
  }
}

function main(argv: string[]): void {
  const { values, positionals } = parse(argv);
  const command = positionals[0];
  if (values.help || command === "help") {
    console.log(USAGE);
    return;
  }
  if (command !== "facts" && command !== "generate" && command !== "bank" && command !== "grade") {
    fail(command ? `unknown command "${command}"` : "missing command: facts, bank, generate or grade");
  }
  const source = check(Source.safeParse(values));
  const options = command === "generate" ? check(Generate.safeParse(values)) : null;
  const grading = command === "grade" ? check(Grade.safeParse(values)) : null;
  const lang = command === "bank" ? check(Lang.safeParse(values.lang)) : null;
  const article = quizArticleFromContent(loadArticle(source));

  if (command === "facts") {
    const facts = extractFacts(article);
    if (values.json) console.log(JSON.stringify({ article: article.slug, facts }, null, 2));
    else for (const f of facts) console.log(describeFact(f));
    return;
  }
  if (lang) {
    const bank = generateQuestionBank(article, lang);
    if (values.json) console.log(JSON.stringify({ article: article.slug, language: lang, count: bank.length, questions: bank }, null, 2));
    else for (const q of bank) console.log(`${q.quality.toFixed(2)}  ${q.type.padEnd(17)} ${q.id}  ${q.prompt || q.instruction}${q.flags.length ? `  [${q.flags.join(", ")}]` : ""}`);
    return;
  }
  if (grading) {
    const question = generateQuestionBank(article, grading.lang).find((q) => q.id === grading.question) ?? fail(`no question "${grading.question}" in the ${grading.lang} bank of ${article.slug}`);
    if (question.input !== "text") fail(`question "${question.id}" is answered by ${question.input}, not by typing`);
    const result = grade(question, { text: grading.answer });
    const verdict = { correct: result.correct, credit: result.score, notes: result.notes, expected: result.expected };
    if (values.json) console.log(JSON.stringify(verdict));
    else console.log(`${result.correct ? "right" : "wrong"} (${result.score}): expected ${result.expected}${result.notes.length ? `; ${result.notes.join(", ")}` : ""}`);
    return;
  }
  if (!options) return;
  const { seed, count, types } = options;
  const questions = generateQuiz(article, { seed, language: options.lang, count, ...(types ? { types } : {}) });
  if (values.json) console.log(JSON.stringify({ article: article.slug, seed, language: options.lang, count: questions.length, questions }, null, 2));
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
    console.error(`quiz: ${error.message} (npm run -s quiz -- --help for usage)`);
    process.exit(2);
  }
  throw error;
}
