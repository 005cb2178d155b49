// `npm run bench -- scale`: the answer-submission bench three ways in one run, at 100
// connections, each against the health route of the same target measured the same way:
// one server on SQLite, one server on PostgreSQL, and nginx in front of two servers on
// PostgreSQL (npm run cluster, in data/bench-cluster). Every acknowledged answer must be
// stored and every attempt graded once, in each.
import { spawn } from "node:child_process";
import { openSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { runSubmissionBench } from "./submissions.mts";

const CONNECTIONS = Number(process.env.BENCH_SCALE_CONNECTIONS ?? 100);
const PORT = Number(process.env.BENCH_CLUSTER_PORT ?? 3500);
const PG_PORT = PORT + 100;
const FOLDER = "data/bench-cluster";

async function waitFor(url: string, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await fetch(url).then((r) => r.ok, () => false))) {
    if (Date.now() > until) throw new Error(`${url} did not come up`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

export async function runScaleBench(sqliteBase: string, sqliteUrl: string): Promise<boolean> {
  // SQLite first: its server signs sessions with its own secret (data/auth-secret).
  let ok = await runSubmissionBench(sqliteBase, sqliteUrl, "one server, SQLite", CONNECTIONS);

  const log = openSync(join("data", "bench-cluster.log"), "a");
  const cluster = spawn(process.execPath, ["--import", "tsx", "scripts/cluster.mts", "--servers", "2", "--port", String(PORT), "--pg-port", String(PG_PORT), "--folder", FOLDER], {
    stdio: ["ignore", log, log],
  });
  const exited = new Promise<void>((resolve) => cluster.on("exit", () => resolve()));
  try {
    await waitFor(`http://127.0.0.1:${PORT}/api/health`, 240_000);
    // The learners are signed up by a script of the bench's: with the cluster's secret, so every server accepts them.
    process.env.BETTER_AUTH_SECRET = readFileSync(join(FOLDER, "auth-secret"), "utf8").trim();
    const pgUrl = `postgresql://songngu@127.0.0.1:${PG_PORT}/song_ngu`;
    ok = (await runSubmissionBench(`http://127.0.0.1:${PORT + 1}`, pgUrl, "one server, PostgreSQL", CONNECTIONS)) && ok;
    ok = (await runSubmissionBench(`http://127.0.0.1:${PORT}`, pgUrl, "nginx and two servers, PostgreSQL", CONNECTIONS)) && ok;
  } finally {
    cluster.kill("SIGTERM");
    await exited;
  }
  return ok;
}
