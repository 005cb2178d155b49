import "server-only";
import { db } from "./db";

export type HealthReport = { ok: boolean; database: "up" | "down" };

/** Whether the database answers a trivial query. */
export async function checkHealth(): Promise<HealthReport> {
  try {
    await db().$queryRaw`SELECT 1`;
    return { ok: true, database: "up" };
  } catch {
    return { ok: false, database: "down" };
  }
}
