// Read-modify-write transactions keyed by something (a throttle key, an account, an answer)
// must not interleave. SQLite runs one write transaction at a time, so there they never do;
// PostgreSQL runs them side by side (READ COMMITTED), so two could read the same row and both
// write on top of it: twelve guesses at once would all count as the first. `lockKey` takes a
// transaction-scoped advisory lock on the key there, held until COMMIT or ROLLBACK.
import { Prisma } from "@/generated/prisma/client";
import { isPostgresUrl, resolveDatabaseUrl } from "./database-url";

/** Serializes the calling transaction with every other one locking the same key (PostgreSQL). */
export async function lockKey(tx: { $queryRaw: (query: TemplateStringsArray | Prisma.Sql, ...values: unknown[]) => Promise<unknown> }, key: string): Promise<void> {
  if (!isPostgresUrl(resolveDatabaseUrl())) return;
  // The function returns void, which Prisma cannot read back: select a constant after it.
  await tx.$queryRaw(Prisma.sql`SELECT 1 AS "locked" FROM (SELECT pg_advisory_xact_lock(hashtextextended(${key}, 0))) AS l`);
}
