// Serves the production build on a database of its own, for the benchmarks and the fault tests.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { openSync, readFileSync, rmSync } from "node:fs";

export type BenchServer = { base: string; process: ChildProcess; stop: () => void };

export const BENCH_DATABASE_URL = "file:./data/bench.db";
// Read at each call: the scale-out bench sets the cluster's BETTER_AUTH_SECRET on the way.
const baseEnv = () => ({ ...process.env, NEXT_TELEMETRY_DISABLED: "1" });

function run(command: string, args: string[], databaseUrl: string): void {
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...baseEnv(), DATABASE_URL: databaseUrl } });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed`);
}

async function isUp(base: string): Promise<boolean> {
  return fetch(`${base}/api/health`).then((r) => r.ok, () => false);
}

async function waitForServer(base: string, server: ChildProcess): Promise<void> {
  for (let i = 0; i < 240; i++) {
    if (server.exitCode !== null || server.signalCode !== null) throw new Error("the server exited");
    if (await isUp(base)) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error("server did not start");
}

/** Migrates and seeds the database, and builds the app if there is no build yet. */
export function prepareDatabase(databaseUrl: string): void {
  run("npm", ["run", "-s", "db:setup"], databaseUrl);
  run("node", ["scripts/build-if-missing.mjs"], databaseUrl);
}

/**
 * Serves the build on `port` against a prepared database; `log` (a file) gets the server's
 * output. What `npm start` runs, started by Node itself (not through npm), so that killing the
 * child — with SIGKILL too — stops the server itself.
 */
export async function serveBuild(port: number, databaseUrl: string, log?: string): Promise<BenchServer> {
  const base = `http://127.0.0.1:${port}`;
  if (await isUp(base)) throw new Error(`port ${port} is already in use: stop that server or choose another port`);
  const output = log ? openSync(log, "a") : "ignore";
  const server = spawn(process.execPath, ["--import", "tsx", "scripts/serve.mts", "-p", String(port), "-H", "127.0.0.1"], {
    env: { ...baseEnv(), DATABASE_URL: databaseUrl, NODE_ENV: "production" },
    stdio: ["ignore", output, output],
  });
  await waitForServer(base, server);
  return { base, process: server, stop: () => server.kill("SIGTERM") };
}

/** Migrates and seeds data/bench.db, builds if needed, and serves the build on `port` (its output to BENCH_SERVER_LOG, a file, if set). */
export async function startServer(port: number): Promise<BenchServer> {
  prepareDatabase(BENCH_DATABASE_URL);
  return serveBuild(port, BENCH_DATABASE_URL, process.env.BENCH_SERVER_LOG);
}

/**
 * Runs a setup script that uses the app's server modules (through scripts/lib/server-modules.cjs)
 * against `databaseUrl`; the script writes its result as JSON to `file`, returned here.
 */
export function runServerScript<T>(script: string, args: (string | number)[], databaseUrl: string, file: string): T {
  const result = spawnSync(process.execPath, ["--require", "./scripts/lib/server-modules.cjs", "--import", "tsx", script, ...args.map(String), file], {
    stdio: "inherit",
    env: { ...baseEnv(), DATABASE_URL: databaseUrl, NODE_ENV: "production" },
  });
  if (result.status !== 0) throw new Error(`${script} failed`);
  const output = JSON.parse(readFileSync(file, "utf8")) as T;
  rmSync(file);
  return output;
}
