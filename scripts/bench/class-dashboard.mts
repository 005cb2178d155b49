// A teacher's class dashboard under load: the published assignment's page (status table, binder,
// facts missed, reveals) and its CSV export for a class of learners with real attempts, against
// the trivial /api/health route and the near-empty /vi/about page of the same server, same run.
import autocannon from "autocannon";
import { runServerScript } from "./server.mts";

const CONNECTIONS = Number(process.env.BENCH_DASHBOARD_CONNECTIONS ?? 10);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const LEARNERS = 40;
/**
 * The dashboard must answer at least this share of the throughput of the teacher's class list
 * (a signed-in dynamic page with little data: same session check, layout and translations), so
 * what is measured is the cost of the class's figures and the binder.
 */
const MIN_RATIO_TO_CLASS_LIST = 0.15;
const SETUP_FILE = "data/bench-class.json";

type Setup = { cookie: string; classId: string; assignmentId: string };

function setUpClass(databaseUrl: string): Setup {
  return runServerScript<Setup>("scripts/bench/class-setup.mts", [LEARNERS], databaseUrl, SETUP_FILE);
}

export async function runDashboardBench(base: string, databaseUrl: string): Promise<boolean> {
  const started = Date.now();
  const setup = setUpClass(databaseUrl);
  console.log(`\nClass dashboard: ${LEARNERS} learners, 2 attempts each (set up in ${((Date.now() - started) / 1000).toFixed(1)} s); ${CONNECTIONS} connections, ${SECONDS} s per target\n`);
  const dashboard = `/vi/classes/${setup.classId}/assignments/${setup.assignmentId}`;
  const csv = `/api/assignments/${setup.assignmentId}/results?locale=vi`;
  const csvText = await (await fetch(`${base}${csv}`, { headers: { cookie: setup.cookie } })).text();
  const csvRows = csvText.trim().split("\r\n").length - 1;
  const targets = [
    { name: "baseline: GET /api/health", path: "/api/health", cookie: "" },
    { name: "near-empty page /vi/about", path: "/vi/about", cookie: "" },
    { name: "teacher's class list (dynamic, signed in)", path: "/vi/classes", cookie: setup.cookie },
    { name: "class dashboard page", path: dashboard, cookie: setup.cookie },
    { name: "results CSV", path: csv, cookie: setup.cookie },
  ];
  for (const t of targets) await autocannon({ url: `${base}${t.path}`, connections: 2, amount: 20, headers: { cookie: t.cookie } }); // warm-up
  const rows = [];
  let baseline = 0;
  let page = 0;
  for (const t of targets) {
    const r = await autocannon({ url: `${base}${t.path}`, connections: CONNECTIONS, duration: SECONDS, timeout: 30, headers: { cookie: t.cookie } });
    baseline ||= r.requests.average;
    if (t.path === "/vi/about") page = r.requests.average;
    rows.push({
      target: t.name,
      "req/s": Math.round(r.requests.average),
      "× baseline": (r.requests.average / baseline).toFixed(2),
      "× near-empty page": page ? (r.requests.average / page).toFixed(2) : "",
      "p50 ms": r.latency.p50,
      "p99 ms": r.latency.p99,
      errors: r.errors + r.timeouts + r.non2xx,
    });
  }
  console.table(rows);
  const ratio = rows[3]!["req/s"] / rows[2]!["req/s"];
  console.log(`CSV rows: ${csvRows} (one per learner: ${LEARNERS})`);
  console.log(`class dashboard ${ratio.toFixed(2)}× the class list page (budget ≥ ${MIN_RATIO_TO_CLASS_LIST}×)`);
  return ratio >= MIN_RATIO_TO_CLASS_LIST && csvRows === LEARNERS && rows.every((r) => r.errors === 0);
}
