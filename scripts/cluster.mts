// `npm run cluster [-- --servers N --port P --pg-port Q --folder DIR]`: a real local cluster.
// PostgreSQL (Debian's package, a cluster of its own in DIR/postgres, run as the `postgres`
// user when started as root), N app servers (scripts/serve.mts, ports P+1…P+N, one shared
// BETTER_AUTH_SECRET) and nginx (Debian's package) balancing them on port P; it prints the URL
// and stops everything on Ctrl-C or SIGTERM. The database is migrated and seeded first and kept
// between runs (DIR defaults to data/cluster). nginx passes the client's address in
// X-Forwarded-For; the app servers trust it from 127.0.0.1 only (TRUSTED_PROXIES).
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { chownSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";

const { values } = parseArgs({
  options: {
    servers: { type: "string", default: "2" },
    port: { type: "string", default: "8080" },
    "pg-port": { type: "string", default: "55433" },
    folder: { type: "string", default: "data/cluster" },
  },
});
const servers = Number(values.servers);
const port = Number(values.port);
const pgPort = Number(values["pg-port"]);
if (!Number.isInteger(servers) || servers < 1 || servers > 16 || !Number.isInteger(port) || !Number.isInteger(pgPort)) {
  console.error("usage: npm run cluster -- [--servers 1-16] [--port P] [--pg-port Q] [--folder DIR]");
  process.exit(2);
}
const root = resolve(values.folder);
mkdirSync(root, { recursive: true });
const isRoot = process.getuid?.() === 0;
const asPostgres = (command: string, args: string[]) => (isRoot ? ["runuser", ["-u", "postgres", "--", command, ...args]] : [command, args]) as [string, string[]];
const run = (command: string, args: string[], env: NodeJS.ProcessEnv = process.env) => execFileSync(command, args, { stdio: "inherit", env });

function aptInstall(pkg: string): void {
  run(isRoot ? "apt-get" : "sudo", [...(isRoot ? [] : ["apt-get"]), "install", "-y", "-qq", pkg], { ...process.env, DEBIAN_FRONTEND: "noninteractive" });
}

function postgresBin(): string {
  const find = () => (existsSync("/usr/lib/postgresql") ? readdirSync("/usr/lib/postgresql").sort((a, b) => Number(b) - Number(a))[0] : undefined);
  if (!find()) aptInstall("postgresql");
  return `/usr/lib/postgresql/${find()}/bin`;
}

if (!existsSync("/usr/sbin/nginx")) aptInstall("nginx");

const children: ChildProcess[] = [];
let stopping = false;
const pgBin = postgresBin();
const pgData = join(root, "postgres");

function stopPostgres(): void {
  try {
    run(...asPostgres(`${pgBin}/pg_ctl`, ["-D", pgData, "-m", "fast", "stop"]));
  } catch {
    // not running
  }
}

function stopAll(code: number): never {
  stopping = true;
  for (const child of children) child.kill("SIGTERM");
  stopPostgres();
  process.exit(code);
}
process.on("SIGINT", () => stopAll(0));
process.on("SIGTERM", () => stopAll(0));

// 1. PostgreSQL, in a folder of the project's.
if (!existsSync(join(pgData, "PG_VERSION"))) {
  mkdirSync(pgData, { recursive: true });
  if (isRoot) chownSync(pgData, Number(execFileSync("id", ["-u", "postgres"]).toString()), Number(execFileSync("id", ["-g", "postgres"]).toString()));
  run(...asPostgres(`${pgBin}/initdb`, ["-D", pgData, "-A", "trust", "-U", "songngu", "-E", "UTF8"]));
}
if (isRoot) chownSync(root, 0, 0);
run(...asPostgres(`${pgBin}/pg_ctl`, ["-D", pgData, "-w", "-l", join(pgData, "server.log"), "-o", `-p ${pgPort} -k ${pgData} -c listen_addresses=127.0.0.1 -c max_connections=200`, "start"]));
try {
  execFileSync(...asPostgres(`${pgBin}/createdb`, ["-h", "127.0.0.1", "-p", String(pgPort), "-U", "songngu", "song_ngu"]), { stdio: "ignore" });
} catch {
  // already there
}
const databaseUrl = `postgresql://songngu@127.0.0.1:${pgPort}/song_ngu`;

// 2. One secret for every server (each would otherwise reject the others' cookies).
const secretFile = join(root, "auth-secret");
if (!existsSync(secretFile)) writeFileSync(secretFile, randomBytes(32).toString("base64url"), { mode: 0o600 });
const secret = readFileSync(secretFile, "utf8").trim();
const siteUrl = `http://127.0.0.1:${port}`;
const appEnv = { ...process.env, DATABASE_URL: databaseUrl, BETTER_AUTH_SECRET: secret, TRUSTED_PROXIES: "127.0.0.1, ::1", SITE_URL: siteUrl, NEXT_TELEMETRY_DISABLED: "1" };

// 3. Schema and seed, once, before any server starts; then the build if there is none.
run("npm", ["run", "-s", "db:setup"], appEnv);
run(process.execPath, ["scripts/build-if-missing.mjs"], appEnv);

// 4. The app servers.
const appPorts = Array.from({ length: servers }, (_, i) => port + 1 + i);
for (const [i, appPort] of appPorts.entries()) {
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/serve.mts", "-p", String(appPort), "-H", "127.0.0.1"], {
    env: { ...appEnv, NODE_ENV: "production", INSTANCE_ID: `app-${i + 1}` },
    stdio: ["ignore", "inherit", "inherit"],
  });
  child.on("exit", (code, signal) => {
    if (!stopping) console.error(`app-${i + 1} (port ${appPort}) stopped: ${signal ?? code}; nginx sends its requests to the others`);
  });
  children.push(child);
}

async function healthy(url: string, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const ok = await fetch(url).then((r) => r.ok, () => false);
    if (ok) return;
    if (Date.now() > until) throw new Error(`${url} did not come up`);
    await new Promise((r) => setTimeout(r, 250));
  }
}
await Promise.all(appPorts.map((p) => healthy(`http://127.0.0.1:${p}/api/health`, 60_000)));

// 5. nginx in front. A server that fails (refused, reset, 502/503) is skipped for 5 s and the
// request tried on the next one, as long as it has not been sent to the app yet or is safe to
// repeat; the app's own retries (autosave, submit) cover the rest.
const nginxDir = join(root, "nginx");
for (const sub of ["", "tmp", "logs"]) mkdirSync(join(nginxDir, sub), { recursive: true, mode: 0o777 });
const conf = `# Written by scripts/cluster.mts: regenerated on every run.
worker_processes 2;
pid ${join(nginxDir, "nginx.pid")};
error_log ${join(nginxDir, "logs", "error.log")} warn;
${isRoot ? "user root;" : ""}
events { worker_connections 2048; }
http {
  access_log off;
  client_body_temp_path ${join(nginxDir, "tmp", "body")};
  proxy_temp_path ${join(nginxDir, "tmp", "proxy")};
  fastcgi_temp_path ${join(nginxDir, "tmp", "fastcgi")};
  uwsgi_temp_path ${join(nginxDir, "tmp", "uwsgi")};
  scgi_temp_path ${join(nginxDir, "tmp", "scgi")};
  client_max_body_size 8m;
  upstream song_ngu {
${appPorts.map((p) => `    server 127.0.0.1:${p} max_fails=1 fail_timeout=5s;`).join("\n")}
    keepalive 32;
  }
  server {
    listen 127.0.0.1:${port};
    location / {
      proxy_pass http://song_ngu;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $http_host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto $scheme;
      proxy_next_upstream error timeout http_502 http_503;
      proxy_connect_timeout 2s;
    }
  }
}
`;
writeFileSync(join(nginxDir, "nginx.conf"), conf);
const nginx = spawn("nginx", ["-p", nginxDir, "-c", join(nginxDir, "nginx.conf"), "-g", "daemon off;"], { stdio: "inherit" });
nginx.on("exit", (code) => {
  if (!stopping) {
    console.error(`nginx stopped (${code}); stopping the cluster`);
    stopAll(1);
  }
});
children.push(nginx);
await healthy(`${siteUrl}/api/health`, 20_000);
console.log(`Song Ngữ cluster: ${siteUrl} (nginx) → ${appPorts.map((p, i) => `app-${i + 1} :${p}`).join(", ")}; PostgreSQL ${databaseUrl}`);
