// Answer submission under load: signed-in learners autosaving answers (POST
// /api/attempts/[id]/answers), then every attempt submitted twice at once, against the
// trivial /api/health route of the same server measured in the same run. Counts the rows
// afterwards: every accepted answer must be stored, every attempt graded exactly once.
import autocannon from "autocannon";
import Database from "better-sqlite3";
import { Client } from "pg";
import { isPostgresUrl, splitSchema } from "../../lib/db/database-url";
import { runServerScript } from "./server.mts";

const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
/** This run's connections (the scale-out bench asks for 100). */
let connections = CONNECTIONS;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const LEARNERS = 50;
const QUIZZES_PER_LEARNER = 4; // 50 × 4 × 20 questions = 4000 distinct answers
const MIN_RATIO = 0.5;
/** A learner pressing Submit with 49 others at once waits less than this (p99). */
const MAX_SUBMIT_P99_MS = 1000;
const SETUP_FILE = "data/bench-learners.json";

type Plan = { requests: { cookie: string; attemptId: string; body: string }[]; attempts: { cookie: string; attemptId: string }[] };

function setUpLearners(databaseUrl: string): Plan {
  return runServerScript<Plan>("scripts/bench/learners-setup.mts", [LEARNERS, QUIZZES_PER_LEARNER], databaseUrl, SETUP_FILE);
}

/** Sends `bodies` once each, in order, spread over the connections. */
async function sendAll(base: string, items: { path: string; cookie: string; body: string }[]) {
  let next = 0;
  const result = await autocannon({
    url: base,
    connections,
    amount: items.length,
    timeout: 30,
    requests: [
      {
        method: "POST",
        setupRequest: (request) => {
          const item = items[next++ % items.length]!;
          return { ...request, path: item.path, body: item.body, headers: { ...request.headers, cookie: item.cookie, "content-type": "application/json" } };
        },
      },
    ],
  });
  return result;
}

/** One COUNT(*) on either database ("?" placeholders; numbered for PostgreSQL). */
async function count(databaseUrl: string, sql: string, params: unknown[]): Promise<number> {
  if (isPostgresUrl(databaseUrl)) {
    const client = new Client({ connectionString: splitSchema(databaseUrl).connectionString });
    await client.connect();
    let i = 0;
    const { rows } = await client.query(sql.replace(/\?/g, () => `$${++i}`), params);
    await client.end();
    return Number(rows[0].n);
  }
  const sqlite = new Database(databaseUrl.replace(/^file:/, ""), { readonly: true });
  const row = sqlite.prepare(sql).get(...params) as { n: number };
  sqlite.close();
  return row.n;
}

export async function runSubmissionBench(base: string, databaseUrl: string, label = "", connectionCount = CONNECTIONS): Promise<boolean> {
  connections = connectionCount;
  const started = Date.now();
  const plan = setUpLearners(databaseUrl);
  console.log(`\nAnswer submission${label ? ` (${label})` : ""}, ${connections} connections: ${LEARNERS} learners, ${plan.attempts.length} attempts, ${plan.requests.length} answers (set up in ${((Date.now() - started) / 1000).toFixed(1)} s)\n`);

  await autocannon({ url: `${base}/api/health`, connections: 5, amount: 200 }); // warm-up
  // The routes' first requests load their code: measured is the steady state, not a cold start
  // (an attempt that does not exist answers 404 through the same session and lookup path).
  const cookie = plan.attempts[0]!.cookie;
  for (const route of ["answers", "submit"]) {
    await autocannon({
      url: `${base}/api/attempts/nosuchattempt/${route}`, connections: 5, amount: 100, method: "POST",
      headers: { cookie, "content-type": "application/json" }, body: route === "answers" ? JSON.stringify(JSON.parse(plan.requests[0]!.body)) : "{}",
    });
  }
  const baseline = await autocannon({ url: `${base}/api/health`, connections, duration: SECONDS, timeout: 30 });
  const answers = await sendAll(
    base,
    plan.requests.map((r) => ({ path: `/api/attempts/${r.attemptId}/answers`, cookie: r.cookie, body: r.body })),
  );
  const submits = await sendAll(
    base,
    [...plan.attempts, ...plan.attempts].map((a) => ({ path: `/api/attempts/${a.attemptId}/submit`, cookie: a.cookie, body: "{}" })),
  );

  const ids = plan.attempts.map((a) => a.attemptId);
  const marks = ids.map(() => "?").join(",");
  const storedAnswers = await count(databaseUrl, `SELECT COUNT(*) AS n FROM "Answer" WHERE "attemptId" IN (${marks})`, ids);
  const submitted = await count(databaseUrl, `SELECT COUNT(*) AS n FROM "Attempt" WHERE "status" = 'submitted' AND "score" IS NOT NULL AND "id" IN (${marks})`, ids);
  const ok2xx = (r: autocannon.Result) => r["2xx"];
  const rows = [
    { target: "baseline: GET /api/health", "req/s": Math.round(baseline.requests.average), "× baseline": "1.00", "p50 ms": baseline.latency.p50, "p99 ms": baseline.latency.p99, requests: baseline.requests.total, "2xx": ok2xx(baseline), errors: baseline.errors + baseline.timeouts },
    ...[
      ["POST …/answers (autosave)", answers],
      ["POST …/submit (each twice)", submits],
    ].map(([name, r]) => {
      const result = r as autocannon.Result;
      return {
        target: name as string,
        "req/s": Math.round(result.requests.average),
        "× baseline": (result.requests.average / baseline.requests.average).toFixed(2),
        "p50 ms": result.latency.p50,
        "p99 ms": result.latency.p99,
        requests: result.requests.total,
        "2xx": ok2xx(result),
        errors: result.errors + result.timeouts + result.non2xx,
      };
    }),
  ];
  console.table(rows);
  const ratio = answers.requests.average / baseline.requests.average;
  console.log(`answers stored: ${storedAnswers} of ${plan.requests.length} sent (${ok2xx(answers)} answered 2xx)`);
  console.log(`attempts graded: ${submitted} of ${plan.attempts.length} (${ok2xx(submits)} submit requests answered 2xx)`);
  console.log(`${ratio >= MIN_RATIO ? "PASS" : "FAIL"}  answer autosave ${ratio.toFixed(2)}× baseline (budget ≥ ${MIN_RATIO}×)`);
  const submitP99 = submits.latency.p99;
  console.log(`${submitP99 < MAX_SUBMIT_P99_MS ? "PASS" : "FAIL"}  submit p99 ${submitP99} ms at ${connections} connections (budget < ${MAX_SUBMIT_P99_MS} ms)`);
  return (
    ratio >= MIN_RATIO &&
    submitP99 < MAX_SUBMIT_P99_MS &&
    rows.every((r) => r.errors === 0) &&
    storedAnswers === plan.requests.length &&
    ok2xx(answers) === plan.requests.length &&
    submitted === plan.attempts.length
  );
}
