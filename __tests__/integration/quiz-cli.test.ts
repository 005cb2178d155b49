import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const ROOT = join(__dirname, "..", "..");
const run = (...args: string[]) => spawnSync("npx", ["tsx", "scripts/quiz.ts", ...args], { cwd: ROOT, encoding: "utf8" });

describe("npm run quiz", () => {
  it("prints the facts of an article as JSON", () => {
    const result = run("facts", "--article", "waic-2025", "--json");
    expect(result.status).toBe(0);
    const { article, facts } = JSON.parse(result.stdout) as { article: string; facts: { type: string; vi?: { text: string }; en?: { text: string } }[] };
    expect(article).toBe("waic-2025");
    expect(facts.find((f) => f.type === "number" && f.vi?.text === "70.000")?.en?.text).toBe("70,000");
  }, 30_000);

  it("prints a quiz with its answer keys and every field a question needs", () => {
    const result = run("generate", "--article", "waic-2025", "--seed", "5", "--lang", "cross", "--count", "12", "--json");
    expect(result.status).toBe(0);
    const quiz = JSON.parse(result.stdout) as { count: number; questions: Record<string, unknown>[] };
    expect(quiz.count).toBe(12);
    for (const q of quiz.questions) {
      for (const field of ["id", "type", "language", "prompt", "answer", "sourceSentenceIds", "sources", "explanation", "difficulty"]) {
        expect(q).toHaveProperty(field);
      }
      expect(q.language).toBe("cross");
      const options = q.options as { id: string; text: string }[] | undefined;
      for (const o of options ?? []) expect(Object.keys(o).sort()).toEqual(["id", "text"]);
    }
    const again = run("generate", "--article", "waic-2025", "--seed", "5", "--lang", "cross", "--count", "12", "--json");
    expect(again.stdout).toBe(result.stdout);
  }, 30_000);

  it("reads an article from a content file", () => {
    const result = run("generate", "--file", "__tests__/fixtures/da-nang-walkway.json", "--seed", "1", "--lang", "vi", "--count", "3", "--types", "true-false", "--json");
    expect(result.status).toBe(0);
    const quiz = JSON.parse(result.stdout) as { article: string; questions: { type: string }[] };
    expect(quiz.article).toBe("da-nang-walkway");
    expect(quiz.questions.map((q) => q.type)).toEqual(["true-false", "true-false", "true-false"]);
  }, 30_000);

  it("prints the whole bank with keys, quality and flags, and grades a typed answer", () => {
    const result = run("bank", "--article", "waic-2025", "--lang", "vi", "--json");
    expect(result.status).toBe(0);
    const bank = JSON.parse(result.stdout) as { count: number; questions: { id: string; type: string; input: string; quality: number; flags: string[]; answer: { kind: string; display?: string } }[] };
    expect(bank.count).toBe(bank.questions.length);
    expect(bank.count).toBeGreaterThan(100);
    for (const q of bank.questions) {
      for (const field of ["id", "type", "input", "prompt", "options", "answer", "sources", "explanation", "quality", "flags"].filter((f) => f !== "options")) expect(q).toHaveProperty(field);
      expect(q.quality).toBeGreaterThanOrEqual(0);
      expect(q.quality).toBeLessThanOrEqual(1);
    }
    const area = bank.questions.find((q) => q.input === "text" && q.answer.display === "70.000");
    expect(area).toBeDefined();
    const right = run("grade", "--article", "waic-2025", "--lang", "vi", "--question", area?.id ?? "", "--answer", "70 nghìn", "--json");
    expect(right.status).toBe(0);
    expect(JSON.parse(right.stdout)).toMatchObject({ correct: true, credit: 1, notes: [] });
    const wrong = run("grade", "--article", "waic-2025", "--lang", "vi", "--question", area?.id ?? "", "--answer", "70", "--json");
    expect(JSON.parse(wrong.stdout)).toMatchObject({ correct: false, credit: 0 });
  }, 60_000);

  it("refuses a broken content file in one line, with exit code 2", () => {
    const dir = mkdtempSync(join(tmpdir(), "quiz-cli-"));
    const file = join(dir, "broken.json");
    writeFileSync(file, JSON.stringify({ schemaVersion: 1, slug: "Not A Slug", blocks: [] }));
    const result = run("bank", "--file", file, "--lang", "vi");
    expect(result.status).toBe(2);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(result.stderr).toContain("Invalid article content");
    writeFileSync(file, "{ not json");
    const notJson = run("facts", "--file", file);
    expect(notJson.status).toBe(2);
    expect(notJson.stderr.trim().split("\n")).toHaveLength(1);
  }, 30_000);

  it.each([
    [["generate", "--article", "waic-2025", "--seed", "1", "--lang", "fr", "--count", "5"], "--lang must be vi, en or cross"],
    [["grade", "--article", "waic-2025", "--lang", "vi", "--question", "q-nope", "--answer", "3"], 'no question "q-nope"'],
    [["bank", "--article", "waic-2025"], "--lang must be vi, en or cross"],
    [["generate", "--article", "waic-2025", "--seed", "x", "--lang", "vi", "--count", "5"], "--seed must be a whole number"],
    [["generate", "--article", "waic-2025", "--seed", "1", "--lang", "vi", "--count", "5", "--types", "essay"], "--types takes"],
    [["generate", "--article", "nope", "--seed", "1", "--lang", "vi", "--count", "5"], 'no article with the slug "nope"'],
    [["facts", "--article", "waic-2025", "--file", "x.json"], "give exactly one of --article and --file"],
    [["lecture"], 'unknown command "lecture"'],
  ])("refuses bad arguments (%j) with exit code 2", (args, message) => {
    const result = run(...(args as string[]));
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(result.stdout).toBe("");
  }, 30_000);
});
