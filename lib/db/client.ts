import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "@/generated/prisma/client";
import { resolveDatabaseUrl } from "./database-url";
import { withTransactionRecovery } from "./transaction-recovery";

export type Database = PrismaClient;

/**
 * The one place a PrismaClient is constructed. The app keeps a single instance (see
 * lib/server/platform/db.ts); scripts and integration tests call this with their own URL.
 */
export function createPrismaClient(url: string = resolveDatabaseUrl()): PrismaClient {
  // `timeout` is SQLite's busy timeout: concurrent writers wait instead of failing at once.
  const adapter = withTransactionRecovery(new PrismaBetterSQLite3({ url, timeout: 5000 }));
  return new PrismaClient({ adapter });
}
