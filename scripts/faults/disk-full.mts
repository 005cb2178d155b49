// A full disk: the database file lives on a small tmpfs that is then filled to the last page.
// While it is full, every save must fail fast with a clear 503 in the learner's language (and
// /api/ready say so, while pages still read); once space is freed, the same server saves again
// and nothing half-written is left. Mounting needs root (or sudo without a password).
import { spawnSync } from "node:child_process";
import { closeSync, copyFileSync, mkdirSync, openSync, rmSync, statSync, writeSync } from "node:fs";
import { resolve } from "node:path";
import Database from "better-sqlite3";
import en from "../../messages/en.json" with { type: "json" };
import vi from "../../messages/vi.json" with { type: "json" };
import { prepareDatabase, serveBuild } from "../bench/server.mts";
import { checkDatabase } from "./checks.mts";
import { Learners, send, setUpLearners, type Sent } from "./load.mts";

const SOURCE_URL = "file:./data/faults-disk.db";
const SOURCE = "data/faults-disk.db";
const MOUNT = resolve("data/faults-tmpfs");
const FAST_MS = 3_000;

function asRoot(args: string[]): void {
  const root = process.getuid?.() === 0;
  const result = spawnSync(root ? args[0]! : "sudo", root ? args.slice(1) : ["-n", ...args], { stdio: "inherit" });
  if (result.status !== 0) throw new Error(`${args.join(" ")} failed: the disk-full test mounts a tmpfs, which needs root or passwordless sudo`);
}

/** Writes until the file system says no more, down to its last page. */
function fill(path: string): number {
  const fd = openSync(path, "w");
  let written = 0;
  try {
    for (const size of [1 << 20, 1 << 16, 1 << 12, 1 << 9]) {
      const chunk = Buffer.alloc(size, 1);
      for (;;) {
        try {
          const n = writeSync(fd, chunk);
          written += n;
          if (n < size) break;
        } catch {
          break; // ENOSPC
        }
      }
    }
  } finally {
    closeSync(fd);
  }
  return written;
}

const isUnavailable = (sent: Sent, language: "en" | "vi") => {
  const body = sent.body as { error?: unknown; message?: unknown };
  return sent.status === 503 && body?.error === "unavailable" && body.message === (language === "en" ? en : vi).Errors.unavailable;
};

export async function runDiskFullTest(port: number): Promise<boolean> {
  for (const suffix of ["", "-wal", "-shm"]) rmSync(`${SOURCE}${suffix}`, { force: true });
  prepareDatabase(SOURCE_URL);
  const setup = setUpLearners(SOURCE_URL, 4, 1, "data/faults-disk-learners.json");
  // One file, no WAL to carry over: the copy is the whole database.
  const source = new Database(SOURCE);
  source.pragma("wal_checkpoint(TRUNCATE)");
  source.close();
  const size = statSync(SOURCE).size;

  mkdirSync(MOUNT, { recursive: true });
  asRoot(["mount", "-t", "tmpfs", "-o", `size=${Math.ceil(size / 1024) + 2048}k,mode=0777`, "tmpfs", MOUNT]);
  const problems: string[] = [];
  let server: Awaited<ReturnType<typeof serveBuild>> | null = null;
  try {
    const file = `${MOUNT}/app.db`;
    copyFileSync(SOURCE, file);
    server = await serveBuild(port, `file:${file}`, "data/faults-server.log");
    const learners = new Learners(setup.answers, setup.attempts);
    const [before, during] = [setup.answers.slice(0, 20), setup.answers.slice(20)];

    const first = await Promise.all(before.map((op) => send(server!.base, op)));
    if (!first.every((s) => s.status === 200)) problems.push(`before the disk fills: ${first.filter((s) => s.status !== 200).length} of ${first.length} saves failed`);
    for (const s of first) if (s.status === 200 && s.op.kind === "answer") learners.ackedAnswers.set(`${s.op.attemptId}|${s.op.questionId}`, s.op);

    // Nothing left in the WAL to reuse, then not one free page.
    const live = new Database(file);
    live.pragma("wal_checkpoint(TRUNCATE)");
    live.close();
    const filler = `${MOUNT}/filler`;
    const filled = fill(filler);

    const requests = [...during, ...setup.attempts.map((a) => ({ kind: "submit" as const, ...a }))];
    const full = await Promise.all(requests.map((op, i) => send(server!.base, op, i % 2 ? "vi" : "en")));
    const slowest = Math.max(...full.map((s) => s.ms));
    const refused = full.filter((s, i) => isUnavailable(s, i % 2 ? "vi" : "en")).length;
    const saved = full.filter((s) => s.status === 200);
    for (const s of saved) if (s.op.kind === "answer") learners.ackedAnswers.set(`${s.op.attemptId}|${s.op.questionId}`, s.op);
    const other = full.filter((s, i) => s.status !== 200 && !isUnavailable(s, i % 2 ? "vi" : "en"));
    const readyFull = await fetch(`${server.base}/api/ready`).then((r) => r.status);
    const page = await fetch(`${server.base}/en/articles/waic-2025`).then((r) => r.status);
    if (refused === 0) problems.push("while the disk was full no save was refused: the test did not fill it");
    if (other.length > 0) problems.push(`while full: ${other.length} answers neither saved nor a localized 503, e.g. ${other[0]!.status} ${JSON.stringify(other[0]!.body).slice(0, 160)}`);
    if (slowest > FAST_MS) problems.push(`while full the slowest answer took ${slowest} ms (budget ${FAST_MS} ms)`);
    if (readyFull !== 503) problems.push(`/api/ready answered ${readyFull} while the disk was full`);
    if (page !== 200) problems.push(`the article page answered ${page} while the disk was full (reads should work)`);

    // Space again: the same process, no restart.
    rmSync(filler);
    let readyAfter = 0;
    for (let i = 0; i < 40 && readyAfter !== 200; i++) {
      readyAfter = await fetch(`${server.base}/api/ready`).then((r) => r.status);
      if (readyAfter !== 200) await new Promise((r) => setTimeout(r, 250));
    }
    if (readyAfter !== 200) problems.push(`/api/ready still answered ${readyAfter} after space was freed`);
    // What the learners' pages still hold is sent again; the double-tapped submits follow.
    const retry = new Learners(setup.answers.filter((op) => !learners.ackedAnswers.has(`${op.attemptId}|${op.questionId}`)), setup.attempts);
    for (const [key, op] of learners.ackedAnswers) retry.ackedAnswers.set(key, op);
    const after = await retry.run(server.base, 8, () => false);
    if (!retry.done) problems.push(`after space was freed: ${after.sent - after.acked} of ${after.sent} requests failed`);
    for (const s of retry.unexpected.slice(0, 3)) problems.push(`after space was freed: ${s.op.kind} answered ${s.status} ${JSON.stringify(s.body).slice(0, 160)}`);
    server.stop();
    await new Promise((r) => server!.process.once("exit", r));
    server = null;
    problems.push(...checkDatabase(file, retry, new Map()));
    const graded = [...retry.submitScores.values()].filter((s) => s.length >= 2).length;

    console.log(`\nDisk full (${Math.round(size / 1024)} kB database on a tmpfs of ${Math.ceil(size / 1024) + 2048} kB, ${Math.round(filled / 1024)} kB of filler)\n`);
    console.table([
      { phase: "before", requests: first.length, "2xx": first.filter((s) => s.status === 200).length, "503 unavailable": 0, other: first.filter((s) => s.status !== 200).length, "slowest ms": Math.max(...first.map((s) => s.ms)), "/api/ready": 200 },
      { phase: "disk full", requests: full.length, "2xx": saved.length, "503 unavailable": refused, other: other.length, "slowest ms": slowest, "/api/ready": readyFull },
      { phase: "space freed", requests: after.sent, "2xx": after.acked, "503 unavailable": 0, other: after.sent - after.acked, "slowest ms": "", "/api/ready": readyAfter },
    ]);
    console.log(`answers stored: ${retry.ackedAnswers.size} of ${setup.answers.length}; attempts graded: ${graded} of ${setup.attempts.length}`);
  } finally {
    if (server) {
      server.process.kill("SIGKILL");
      await new Promise((r) => server!.process.once("exit", r));
    }
    asRoot(["umount", MOUNT]);
  }
  for (const p of problems) console.log(`FAIL ${p}`);
  console.log(problems.length === 0 ? "disk full: ok (fast 503s while full, saves again once freed, integrity_check ok)" : `disk full: ${problems.length} problems`);
  return problems.length === 0;
}
