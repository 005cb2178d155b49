// The article import from the command line: `align --json` prints the pairs in reading order,
// verbatim; `import` writes a content file the seed loader accepts; .docx and .md files are
// read; bad input prints one line on stderr and exits with code 2.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArticleContent } from "@/lib/content/schema";

const ROOT = join(__dirname, "..", "..");
const SET = join(ROOT, "__tests__", "fixtures", "align");
const run = (...args: string[]) => spawnSync("npx", ["tsx", "scripts/article.ts", ...args], { cwd: ROOT, encoding: "utf8" });

describe("npm run article", () => {
  it("aligns two files and prints the pairs as JSON, several sentences as an array and none as an empty string", () => {
    const result = run("align", "--vi", join(SET, "03-asean-coffee.vi.txt"), "--en", join(SET, "03-asean-coffee.en.txt"), "--json");
    expect(result.status).toBe(0);
    const { pairs } = JSON.parse(result.stdout) as { pairs: { vi: string | string[]; en: string | string[]; confidence: number }[] };
    expect(pairs[0]).toEqual({ vi: "ASEAN thông qua khung dữ liệu chung, hướng tới kinh tế số 1.000 tỷ USD vào năm 2030", en: "ASEAN adopts common data framework, aiming for a $1 trillion digital economy by 2030", confidence: expect.any(Number) });
    expect(pairs.filter((p) => p.en === "")).toHaveLength(1);
    expect(pairs.filter((p) => Array.isArray(p.vi))).toHaveLength(1);
    for (const p of pairs) expect(p.confidence).toBeGreaterThanOrEqual(0);
  }, 30_000);

  it("reads a Word document and a Markdown file", () => {
    const result = run("align", "--vi", join(SET, "files", "walkway.vi.docx"), "--en", join(SET, "files", "walkway.en.md"), "--json");
    expect(result.status).toBe(0);
    const { pairs } = JSON.parse(result.stdout) as { pairs: { vi: string; en: string }[] };
    expect(pairs.map((p) => [p.vi, p.en])).toEqual([
      ["Đà Nẵng khánh thành cầu đi bộ qua sông Hàn", "Da Nang opens a footbridge over the Han River"],
      ["Sáng 12/5, UBND TP Đà Nẵng khánh thành cầu đi bộ dài 320 m.", "On the morning of 12 May, the Da Nang People's Committee opened a 320 m footbridge."],
      ["Cầu có tổng vốn 450 tỷ đồng.", "The bridge cost 450 billion dong."],
      ["Ông Nguyễn Văn Hùng cho biết cầu mở cửa từ 6 giờ đến 23 giờ mỗi ngày.", "Nguyen Van Hung said the bridge would be open from 6 am to 11 pm every day."],
    ]);
  }, 30_000);

  it("imports two files into a content file that loads as a seed article", () => {
    const out = join(mkdtempSync(join(tmpdir(), "article-")), "content.json");
    const result = run("import", "--vi", join(SET, "05-mekong-exams.vi.txt"), "--en", join(SET, "05-mekong-exams.en.txt"), "--out", out, "--slug", "mekong-exams", "--source", "Song Ngữ", "--date", "2026-03-14");
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/\d+ pairs/u);
    const content = parseArticleContent(JSON.parse(readFileSync(out, "utf8")));
    expect(content.slug).toBe("mekong-exams");
    expect(content.source.publishedOn).toBe("2026-03-14");
    expect(content.blocks[0]!.kind).toBe("headline");
    // The split English sentence is one pair with the Vietnamese one.
    expect(content.blocks.flatMap((b) => b.sentences).find((s) => s.en.startsWith("The 2025 rainy season upstream ended early."))?.en).toMatch(/ended early\. Total rainfall/u);
  }, 30_000);

  it.each([
    [["align", "--vi", "missing.txt", "--en", "missing.txt"], /cannot read missing\.txt/u],
    [["align", "--en", "x.txt"], /--vi takes/u],
    [["shuffle", "--vi", "a", "--en", "b"], /unknown command "shuffle"/u],
    [["import", "--vi", "VI", "--en", "EN", "--out", "OUT", "--date", "12/3/2026"], /--date takes a date as YYYY-MM-DD/u],
    [["align", "--vi", "PDF", "--en", "EN"], /is not a \.txt, \.md or \.docx file/u],
    [["align", "--vi", "LATIN1", "--en", "EN"], /is not UTF-8 text/u],
    [["align", "--vi", "LONG", "--en", "EN"], /is longer than 40000 characters/u],
  ])("refuses %j with one line on stderr and exit code 2", (args, message) => {
    const dir = mkdtempSync(join(tmpdir(), "article-bad-"));
    const files: Record<string, string> = { VI: join(SET, "01-waic-2025.vi.txt"), EN: join(SET, "01-waic-2025.en.txt"), OUT: join(dir, "out.json"), PDF: join(dir, "a.pdf"), LATIN1: join(dir, "latin1.txt"), LONG: join(dir, "long.txt") };
    writeFileSync(files.PDF!, "%PDF-1.4");
    writeFileSync(files.LATIN1!, Buffer.from([0x54, 0xe9, 0x74, 0xe9]));
    writeFileSync(files.LONG!, "Câu rất dài. ".repeat(4000));
    const result = run(...args.map((a) => files[a] ?? a));
    expect(result.status).toBe(2);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(result.stderr).toMatch(message);
    expect(result.stdout).toBe("");
  }, 30_000);
});
