// `npx tsx scripts/quiz-sample.ts --seed <s> --count 60 <content.json>…`: questions drawn at
// random from real quizzes (an article, a language mode and a quiz seed drawn for each), printed
// with their keys and source sentences for a teacher to rate (docs/quiz-quality.md).
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { parseArticleContent } from "../lib/content/schema";
import { quizArticleFromContent } from "../lib/quiz/article";
import { generateQuiz } from "../lib/quiz/generate";
import { seededRandom } from "../lib/quiz/random";
import type { Question, QuizLanguage } from "../lib/quiz/types";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { seed: { type: "string", default: "rating" }, count: { type: "string", default: "60" } },
});
const articles = positionals.map((file) => quizArticleFromContent(parseArticleContent(JSON.parse(readFileSync(file, "utf8")))));
const random = seededRandom(values.seed ?? "rating");
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
const MODES: QuizLanguage[] = ["vi", "en", "cross"];
const LETTERS = "ABCDEFGH";

function describe(q: Question): string[] {
  const lines: string[] = [];
  if (q.type === "matching") {
    q.items?.forEach((item, k) => lines.push(`   ${k + 1}) ${item.text}`));
    q.options?.forEach((o, k) => lines.push(`   ${LETTERS[k]}) ${o.text}`));
  } else if (q.type === "ordering") {
    q.items?.forEach((item, k) => lines.push(`   ${LETTERS[k]}) ${item.text}`));
  } else if (q.input === "text") {
    lines.push("   (typed answer)");
  } else {
    q.options?.forEach((o, k) => lines.push(`   ${LETTERS[k]}) ${o.text}`));
  }
  const a = q.answer;
  const letter = (id: string, list = q.options) => LETTERS[list?.findIndex((o) => o.id === id) ?? -1] ?? "?";
  const key =
    a.kind === "option"
      ? `${letter(a.optionId)} (${q.options?.find((o) => o.id === a.optionId)?.text})`
      : a.kind === "text"
        ? a.value
          ? `${a.display}   (typed: any way of writing this ${a.value.kind === "date" ? "date" : "number"} is accepted — digits or words, either language's number style, with or without its unit or qualifier)`
          : `${a.display}   (also accepted: ${[...new Set(a.accepted)].join(" | ")}${a.typos === "name" ? "; no marks at all is accepted with a note; one keyboard slip is forgiven" : ""})`
        : a.kind === "pairs"
          ? Object.entries(a.pairs).map(([l, r]) => `${(q.items?.findIndex((x) => x.id === l) ?? 0) + 1}-${letter(r)}`).join(", ")
          : a.itemIds.map((id) => letter(id, q.items)).join(" ");
  lines.push(`   KEY: ${key}`);
  for (const s of q.sources) lines.push(`   source vi: ${s.vi}`, `   source en: ${s.en}`);
  return lines;
}

const count = Number(values.count);
const seen = new Set<string>();
const out: string[] = [];
for (let tries = 0; seen.size < count && tries < count * 50; tries++) {
  const article = pick(articles);
  const language = pick(MODES);
  const quiz = generateQuiz(article, { seed: Math.floor(random() * 1e9), language, count: 20 });
  const q = pick(quiz);
  if (!q || seen.has(`${article.slug}|${q.id}`)) continue;
  seen.add(`${article.slug}|${q.id}`);
  out.push([`${seen.size}. [${article.slug} · ${language} · ${q.type} · ${q.promptLanguage}→${q.optionsLanguage}] ${q.instruction}`, ...(q.prompt ? [`   ${q.prompt}`] : []), ...describe(q)].join("\n"));
}
console.log(out.join("\n\n"));
