// Starts the production server on its own database for a benchmark run.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";

export type BenchServer = { base: string; stop: () => void };

export const BENCH_DATABASE_URL = "file:./data/bench.db";
const env = { ...process.env, DATABASE_URL: BENCH_DATABASE_URL, NEXT_TELEMETRY_DISABLED: "1" };

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { stdio: "inherit", env });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed`);
}

async function isUp(base: string): Promise<boolean> {
  return fetch(`${base}/api/health`).then((r) => r.ok, () => false);
}

async function waitForServer(base: string, server: ChildProcess): Promise<void> {
  for (let i = 0; i < 120; i++) {
    if (server.exitCode !== null) throw new Error("the server exited");
    if (await isUp(base)) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error("server did not start");
}

/** Migrates and seeds data/bench.db, builds if needed, and serves the build on `port`. */
export async function startServer(port: number): Promise<BenchServer> {
  const base = `http://127.0.0.1:${port}`;
  if (await isUp(base)) throw new Error(`port ${port} is already in use: stop that server or set BENCH_PORT`);
  run("npm", ["run", "-s", "db:setup"]);
  run("node", ["scripts/build-if-missing.mjs"]);
  // What `npm start` runs, started by Node itself (not through npm) so that killing the child
  // stops the server.
  const server = spawn(process.execPath, ["--import", "tsx", "scripts/serve.mts", "-p", String(port), "-H", "127.0.0.1"], {
    env: { ...env, NODE_ENV: "production" },
    stdio: "ignore",
  });
  await waitForServer(base, server);
  return { base, stop: () => server.kill("SIGTERM") };
}
