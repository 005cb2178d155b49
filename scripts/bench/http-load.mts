// Throughput under load: a trivial route handler (the baseline), a near-empty page and the
// app's pages, measured one after another at the same concurrency.
import autocannon from "autocannon";

const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);

const TARGETS = [
  { name: "baseline: GET /api/health", path: "/api/health", status: 200 },
  { name: "near-empty page /vi/about", path: "/vi/about", status: 200 },
  { name: "home page /vi", path: "/vi", status: 200 },
  { name: "article page /vi/articles/waic-2025", path: "/vi/articles/waic-2025", status: 200 },
  { name: "article page /en/articles/waic-2025", path: "/en/articles/waic-2025", status: 200 },
];

async function measure(base: string, path: string, status: number) {
  // A 30 s timeout: slow answers under load show in p99; only a hung request counts as an error.
  const result = await autocannon({ url: `${base}${path}`, connections: CONNECTIONS, duration: SECONDS, timeout: 30 });
  const expected = result.statusCodeStats?.[String(status) as keyof typeof result.statusCodeStats]?.count ?? 0;
  return {
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + (result.requests.total - expected),
  };
}

/** Prints req/s, the ratio to the baseline, p50/p99 and errors; false if any request failed. */
export async function runHttpLoad(base: string): Promise<boolean> {
  for (const t of TARGETS) await autocannon({ url: `${base}${t.path}`, connections: 5, amount: 200 }); // warm-up
  console.log(`\nHTTP load: ${CONNECTIONS} connections, ${SECONDS} s per target\n`);
  const rows = [];
  let baseline = 0;
  for (const target of TARGETS) {
    const m = await measure(base, target.path, target.status);
    baseline ||= m.requestsPerSecond;
    rows.push({
      target: target.name,
      "req/s": Math.round(m.requestsPerSecond),
      "× baseline": (m.requestsPerSecond / baseline).toFixed(2),
      "p50 ms": m.p50,
      "p99 ms": m.p99,
      errors: m.errors,
    });
  }
  console.table(rows);
  return rows.every((r) => r.errors === 0);
}
