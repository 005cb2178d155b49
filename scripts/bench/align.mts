// The article import's alignment: quality on the team's alignment set (line-link precision,
// recall and F1, against Gale & Church's length-only alignment in the same run) and the time
// to split and align a 3,000-word article (against splitting it alone and against the
// length-only alignment). Targets: F1 ≥ 0.97, < 200 ms.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { alignDocuments, pairsAsText } from "../../lib/align/align.ts";
import { scoreLinks, sumScores, type TextPair } from "../../lib/align/score.ts";
import { splitDocument } from "../../lib/align/split.ts";

const F1_TARGET = 0.97;
const BUDGET_MS = 200;
const RUNS = Number(process.env.BENCH_ALIGN_RUNS ?? 20);
const SET = join(process.cwd(), "__tests__", "fixtures", "align");

function median(run: () => void): number {
  for (let i = 0; i < 3; i++) run();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? 0;
}

/** Prints the figures; false if a target is missed. */
export function runAlignBench(): boolean {
  const documents = readdirSync(SET)
    .filter((f) => f.endsWith(".gold.json"))
    .sort()
    .map((f) => {
      const name = f.replace(/\.gold\.json$/u, "");
      return { name, gold: (JSON.parse(readFileSync(join(SET, f), "utf8")) as { pairs: TextPair[] }).pairs, vi: readFileSync(join(SET, `${name}.vi.txt`), "utf8"), en: readFileSync(join(SET, `${name}.en.txt`), "utf8") };
    });
  const score = (lengthOnly: boolean) =>
    documents.map((d) => ({ name: d.name, ...scoreLinks(pairsAsText(alignDocuments(splitDocument(d.vi, "vi"), splitDocument(d.en, "en"), { lengthOnly })), d.gold) }));
  const full = score(false);
  const baseline = score(true);
  const [all, base] = [sumScores(full), sumScores(baseline)];
  console.log(`\nAlignment set (${documents.length} documents, ${all.gold} gold links)\n`);
  console.table([
    { aligner: "baseline: lengths only (Gale & Church)", precision: base.precision.toFixed(3), recall: base.recall.toFixed(3), F1: base.f1.toFixed(3), "× baseline F1": "1.000" },
    { aligner: "Song Ngữ: lengths + anchors + structure", precision: all.precision.toFixed(3), recall: all.recall.toFixed(3), F1: all.f1.toFixed(3), "× baseline F1": (all.f1 / base.f1).toFixed(3) },
  ]);
  const worst = full.reduce((a, b) => (b.f1 < a.f1 ? b : a));
  console.log(`weakest document: ${worst.name} (F1 ${worst.f1.toFixed(3)})`);

  // A 3,000-word article: the set's documents one after another until the English has 3,000 words.
  const parts: { vi: string; en: string }[] = [];
  let words = 0;
  for (const d of documents) {
    if (words >= 3000) break;
    parts.push(d);
    words += d.en.split(/\s+/u).filter(Boolean).length;
  }
  const vi = parts.map((p) => p.vi).join("\n\n");
  const en = parts.map((p) => p.en).join("\n\n");
  const sentences = splitDocument(en, "en").blocks.reduce((n, b) => n + b.sentences.length, 0);
  const splitOnly = median(() => {
    splitDocument(vi, "vi");
    splitDocument(en, "en");
  });
  const lengthOnly = median(() => alignDocuments(splitDocument(vi, "vi"), splitDocument(en, "en"), { lengthOnly: true }));
  const aligned = median(() => alignDocuments(splitDocument(vi, "vi"), splitDocument(en, "en")));
  console.log(`\nA ${words}-word article (${sentences} English sentences), median of ${RUNS} runs\n`);
  console.table([
    { task: "baseline: split both texts", "median ms": splitOnly.toFixed(1), "× baseline": "1.0" },
    { task: "split + align, lengths only", "median ms": lengthOnly.toFixed(1), "× baseline": (lengthOnly / splitOnly).toFixed(1) },
    { task: "split + align (full)", "median ms": aligned.toFixed(1), "× baseline": (aligned / splitOnly).toFixed(1) },
  ]);
  const f1Ok = all.f1 >= F1_TARGET;
  const timeOk = aligned < BUDGET_MS;
  console.log(`${f1Ok ? "PASS" : "FAIL"}  F1 ≥ ${F1_TARGET}: ${all.f1.toFixed(3)} (baseline ${base.f1.toFixed(3)})`);
  console.log(`${timeOk ? "PASS" : "FAIL"}  ${words} words aligned in < ${BUDGET_MS} ms: ${aligned.toFixed(1)} ms`);
  return f1Ok && timeOk;
}
