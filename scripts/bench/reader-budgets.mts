// The reader's budgets, each measured against the near-empty page of the same app in the
// same run: JavaScript loaded on first visit (gzipped), and Lighthouse (mobile, simulated
// throttling) performance and accessibility with LCP, TBT and CLS.
import { gzipSync } from "node:zlib";
import { chromium } from "@playwright/test";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const FLAGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync"];
const RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 5);
const FIRST_LOAD_JS_BUDGET_KB = 120;
const PERFORMANCE_POINTS_BUDGET = 3;

const PAGES = [
  { name: "near-empty page", path: "/vi/about" },
  { name: "article (reader)", path: "/vi/articles/waic-2025" },
];

/** Gzipped size of every script a first visit loads, in KB. */
async function firstLoadJsKb(url: string): Promise<number> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS.filter((f) => !f.startsWith("--headless")) });
  const page = await browser.newPage();
  const sizes = new Map<string, number>();
  page.on("response", async (response) => {
    if (response.request().resourceType() !== "script") return;
    const body = await response.body().catch(() => null);
    if (body) sizes.set(response.url(), gzipSync(body, { level: 9 }).length);
  });
  await page.goto(url, { waitUntil: "networkidle" });
  await browser.close();
  return [...sizes.values()].reduce((n, s) => n + s, 0) / 1024;
}

type Scores = { performance: number; accessibility: number; lcp: number; tbt: number; cls: number };

async function lighthouseRun(url: string, port: number): Promise<Scores> {
  const result = await lighthouse(url, { port, output: "json", logLevel: "error", onlyCategories: ["performance", "accessibility"] });
  if (!result) throw new Error("lighthouse returned nothing");
  const { categories, audits } = result.lhr;
  return {
    performance: Math.round((categories.performance?.score ?? 0) * 100),
    accessibility: Math.round((categories.accessibility?.score ?? 0) * 100),
    lcp: Math.round(audits["largest-contentful-paint"]?.numericValue ?? 0),
    tbt: Math.round(audits["total-blocking-time"]?.numericValue ?? 0),
    cls: Number((audits["cumulative-layout-shift"]?.numericValue ?? 0).toFixed(3)),
  };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

/** Runs every page RUNS times, alternating pages so drift hits both alike; medians per page. */
async function lighthouseMedians(base: string): Promise<Scores[]> {
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: FLAGS });
  try {
    const runs: Scores[][] = PAGES.map(() => []);
    for (let i = 0; i < RUNS; i++) {
      for (const [p, page] of PAGES.entries()) runs[p]?.push(await lighthouseRun(`${base}${page.path}`, chrome.port));
    }
    return runs.map((r) => ({
      performance: median(r.map((s) => s.performance)),
      accessibility: median(r.map((s) => s.accessibility)),
      lcp: median(r.map((s) => s.lcp)),
      tbt: median(r.map((s) => s.tbt)),
      cls: median(r.map((s) => s.cls)),
    }));
  } finally {
    chrome.kill();
  }
}

/** Prints the figures and whether each budget holds; false if one does not. */
export async function runReaderBudgets(base: string): Promise<boolean> {
  const js: number[] = [];
  for (const page of PAGES) js.push(await firstLoadJsKb(`${base}${page.path}`));
  console.log(`\nReader budgets (Lighthouse mobile, median of ${RUNS} runs per page)\n`);
  const scores = await lighthouseMedians(base);
  console.table(
    PAGES.map((page, i) => ({
      page: page.name,
      "first-load JS KB (gz)": js[i]?.toFixed(1),
      "× near-empty JS": ((js[i] ?? 0) / (js[0] ?? 1)).toFixed(2),
      performance: scores[i]?.performance,
      accessibility: scores[i]?.accessibility,
      "LCP ms": scores[i]?.lcp,
      "TBT ms": scores[i]?.tbt,
      CLS: scores[i]?.cls,
    })),
  );
  const [empty, reader] = scores;
  const readerJs = js[1] ?? Infinity;
  const checks = [
    { budget: `article first-load JS ≤ ${FIRST_LOAD_JS_BUDGET_KB} KB gzipped`, ok: readerJs <= FIRST_LOAD_JS_BUDGET_KB, value: `${readerJs.toFixed(1)} KB` },
    { budget: "article accessibility = 100", ok: reader?.accessibility === 100, value: String(reader?.accessibility) },
    {
      budget: `article performance within ${PERFORMANCE_POINTS_BUDGET} points of the near-empty page`,
      ok: (empty?.performance ?? 0) - (reader?.performance ?? 0) <= PERFORMANCE_POINTS_BUDGET,
      value: `${reader?.performance} vs ${empty?.performance}`,
    },
  ];
  for (const c of checks) console.log(`${c.ok ? "PASS" : "FAIL"}  ${c.budget}: ${c.value}`);
  // What the reader itself adds; the rest is the framework every page loads (React and the
  // Next.js router, ~130 KB gzipped on the near-empty page).
  console.log(`      the reader's own JS over the near-empty page: ${(readerJs - (js[0] ?? 0)).toFixed(1)} KB`);
  return checks.every((c) => c.ok);
}
