import "server-only";
import { hostname } from "node:os";
import { db } from "./db";
import { isStorageFailure } from "./errors";

export type HealthReport = { ok: boolean; database: "up" | "down" };
export type ReadinessReport = { ok: boolean; database: "up" | "down"; writable: boolean };

/** Whether the database answers a trivial query (cheap: load balancers ask often). */
export async function checkHealth(): Promise<HealthReport> {
  try {
    await db().$queryRaw`SELECT 1`;
    return { ok: true, database: "up" };
  } catch {
    return { ok: false, database: "down" };
  }
}

const PROBE_TIMEOUT_MS = 3000;

/**
 * Whether this server can do its work: the database answers and takes a real write (its
 * heartbeat row, in a transaction like the app's own writes), within a few seconds. A full
 * disk, a read-only file or a lock held too long all read as not writable.
 */
export async function checkReadiness(now = new Date()): Promise<ReadinessReport> {
  const health = await checkHealth();
  if (!health.ok) return { ...health, writable: false };
  const server = hostname();
  const probe = db().$transaction((tx) => tx.heartbeat.upsert({ where: { server }, create: { server, at: now }, update: { at: now } }));
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<"timeout">((resolve) => (timer = setTimeout(() => resolve("timeout"), PROBE_TIMEOUT_MS)));
  try {
    const outcome = await Promise.race([probe, timeout]);
    return { ok: outcome !== "timeout", database: "up", writable: outcome !== "timeout" };
  } catch (error) {
    if (!isStorageFailure(error)) console.error(`readiness probe failed: ${(error as Error).message.split("\n").at(-1)}`);
    return { ok: false, database: "up", writable: false };
  } finally {
    clearTimeout(timer);
    probe.catch(() => undefined); // a probe that lost the race still settles later
  }
}
