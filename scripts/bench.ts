// `npm run bench`: serves the production build and measures, in one run and at the same
// concurrency, a trivial route handler (the baseline) and the app's pages. Figures are
// printed as ratios to the baseline, since absolute numbers drift from run to run here.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import autocannon from "autocannon";

const PORT = Number(process.env.BENCH_PORT ?? 3200);
const BASE = `http://127.0.0.1:${PORT}`;
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const env = { ...process.env, DATABASE_URL: "file:./data/bench.db", NEXT_TELEMETRY_DISABLED: "1" };

// The 404 page is the near-empty page: the full layout (header, fonts, language switcher)
// and a few words, rendered per request like every page of the app.
const TARGETS = [
  { name: "baseline: GET /api/health", path: "/api/health", status: 200 },
  { name: "near-empty page (404 in layout)", path: "/vi/bench-no-such-page", status: 404 },
  { name: "home page /vi", path: "/vi", status: 200 },
  { name: "article page /vi/articles/waic-2025", path: "/vi/articles/waic-2025", status: 200 },
  { name: "article page /en/articles/waic-2025", path: "/en/articles/waic-2025", status: 200 },
];

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { stdio: "inherit", env });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed`);
}

async function waitForServer(server: ChildProcess): Promise<void> {
  const portTaken = await fetch(`${BASE}/api/health`).then(() => true, () => false);
  if (portTaken) throw new Error(`port ${PORT} is already in use: stop that server or set BENCH_PORT`);
  for (let i = 0; i < 120; i++) {
    if (server.exitCode !== null) throw new Error("next start exited");
    try {
      if ((await fetch(`${BASE}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error("server did not start");
}

async function measure(path: string, status: number) {
  // A 30 s timeout: slow answers under load show in p99; only a hung request counts as an error.
  const result = await autocannon({ url: `${BASE}${path}`, connections: CONNECTIONS, duration: SECONDS, timeout: 30 });
  const expected = result.statusCodeStats?.[String(status) as keyof typeof result.statusCodeStats]?.count ?? 0;
  return {
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + (result.requests.total - expected),
  };
}

async function main(): Promise<void> {
  run("npm", ["run", "-s", "db:setup"]);
  run("node", ["scripts/build-if-missing.mjs"]);
  // Node runs next directly (not through npx) so that killing `server` stops the server itself.
  const next = require.resolve("next/dist/bin/next");
  const server = spawn(process.execPath, [next, "start", "-p", String(PORT), "-H", "127.0.0.1"], { env, stdio: "ignore" });
  try {
    await waitForServer(server);
    for (const t of TARGETS) await autocannon({ url: `${BASE}${t.path}`, connections: 5, amount: 200 }); // warm-up
    console.log(`\n${CONNECTIONS} connections, ${SECONDS} s per target\n`);
    const rows = [];
    let baseline = 0;
    for (const target of TARGETS) {
      const m = await measure(target.path, target.status);
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
    if (rows.some((r) => r.errors > 0)) process.exitCode = 1;
  } finally {
    server.kill("SIGTERM");
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
