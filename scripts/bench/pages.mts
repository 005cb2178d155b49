// The pages people open, under load, each against the trivial /api/health route of the same
// server measured the same way in the same run: the near-empty page, the home page (served from
// its cache), and the pages rendered per request for a signed-in reader — the library, a
// teacher's class list, a learner's assignments and progress, a class dashboard for 40 learners
// with real attempts and its CSV export. Prints PASS/FAIL for each page's budget.
import autocannon from "autocannon";
import { runServerScript } from "./server.mts";

const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const LEARNERS = 40;
const SETUP_FILE = "data/bench-class.json";

type Setup = { cookie: string; learnerCookie: string; classId: string; assignmentId: string };
type Target = { name: string; path: string; cookie: string; budget?: number };

function setUpClass(databaseUrl: string): Setup {
  return runServerScript<Setup>("scripts/bench/class-setup.mts", [LEARNERS], databaseUrl, SETUP_FILE);
}

export async function runPagesBench(base: string, databaseUrl: string): Promise<boolean> {
  const started = Date.now();
  const setup = setUpClass(databaseUrl);
  console.log(`\nPages: a class of ${LEARNERS} learners, 2 attempts each (set up in ${((Date.now() - started) / 1000).toFixed(1)} s); ${CONNECTIONS} connections, ${SECONDS} s per target\n`);
  const dashboard = `/vi/classes/${setup.classId}/assignments/${setup.assignmentId}`;
  const csv = `/api/assignments/${setup.assignmentId}/results?locale=vi`;
  const csvText = await (await fetch(`${base}${csv}`, { headers: { cookie: setup.cookie } })).text();
  const csvRows = csvText.trim().split("\r\n").length - 1;
  const targets: Target[] = [
    { name: "baseline: GET /api/health", path: "/api/health", cookie: "" },
    { name: "near-empty page /vi/about", path: "/vi/about", cookie: "" },
    { name: "home page /vi (cached)", path: "/vi", cookie: "", budget: 0.35 },
    { name: "library /vi/library (learner)", path: "/vi/library", cookie: setup.learnerCookie, budget: 0.35 },
    { name: "class list /vi/classes (teacher)", path: "/vi/classes", cookie: setup.cookie, budget: 0.35 },
    { name: "my assignments /vi/assignments", path: "/vi/assignments", cookie: setup.learnerCookie, budget: 0.35 },
    { name: "progress /vi/progress", path: "/vi/progress", cookie: setup.learnerCookie, budget: 0.35 },
    { name: "class dashboard (40 learners)", path: dashboard, cookie: setup.cookie, budget: 0.1 },
    { name: "results CSV", path: csv, cookie: setup.cookie },
  ];
  // Warm-up: each route's code loads and the caches fill before anything is timed.
  for (const t of targets) await autocannon({ url: `${base}${t.path}`, connections: 2, amount: 40, headers: { cookie: t.cookie } });
  const rows = [];
  let baseline = 0;
  let ok = csvRows === LEARNERS;
  for (const t of targets) {
    const r = await autocannon({ url: `${base}${t.path}`, connections: CONNECTIONS, duration: SECONDS, timeout: 30, headers: { cookie: t.cookie } });
    baseline ||= r.requests.average;
    const ratio = r.requests.average / baseline;
    const errors = r.errors + r.timeouts + r.non2xx;
    const pass = t.budget === undefined ? "" : ratio >= t.budget ? `PASS ≥ ${t.budget}×` : `FAIL ≥ ${t.budget}×`;
    if (errors > 0 || pass.startsWith("FAIL")) ok = false;
    rows.push({ target: t.name, "req/s": Math.round(r.requests.average), "× baseline": ratio.toFixed(2), budget: pass, "p50 ms": r.latency.p50, "p99 ms": r.latency.p99, errors });
  }
  console.table(rows);
  console.log(`CSV rows: ${csvRows} (one per learner: ${LEARNERS})`);
  return ok;
}
