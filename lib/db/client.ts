import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";
import { PrismaClient as PostgresPrismaClient } from "@/generated/prisma-pg/client";
import { isPostgresUrl, resolveDatabaseUrl, splitSchema } from "./database-url";
import { withTransactionRecovery } from "./transaction-recovery";

export type Database = PrismaClient;

/**
 * The one place a PrismaClient is constructed. The app keeps a single instance (see
 * lib/server/platform/db.ts); scripts and integration tests call this with their own URL.
 */
export function createPrismaClient(url: string = resolveDatabaseUrl()): PrismaClient {
  if (isPostgresUrl(url)) return createPostgresClient(url);
  // `timeout` is SQLite's busy timeout: concurrent writers wait instead of failing at once.
  const adapter = withTransactionRecovery(new PrismaBetterSQLite3({ url, timeout: 5000 }));
  return new PrismaClient({ adapter });
}

/** Connections each process keeps to PostgreSQL (DATABASE_POOL_SIZE; see README "Scaling out"). */
function poolSize(): number {
  const size = Number(process.env.DATABASE_POOL_SIZE ?? 10);
  return Number.isInteger(size) && size > 0 ? size : 10;
}

/**
 * PostgreSQL through the pg adapter. Its client is generated from the same models
 * (prisma/postgresql/schema.prisma is derived from prisma/schema.prisma), so the two share
 * one model API; the type is the SQLite client's, which the app is written against.
 */
function createPostgresClient(url: string): PrismaClient {
  const { connectionString, schema } = splitSchema(url);
  // Prisma qualifies its own queries with the schema; the raw ones (lib/server/learning/attempts.ts,
  // dashboard.ts) name tables plainly, so every connection also searches that schema.
  const options = schema ? `-c search_path="${schema.replace(/"/g, '""')}"` : undefined;
  const adapter = new PrismaPg({ connectionString, max: poolSize(), options }, schema ? { schema } : undefined);
  return new PostgresPrismaClient({ adapter }) as unknown as PrismaClient;
}
