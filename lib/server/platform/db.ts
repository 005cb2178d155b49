import "server-only";
import { createPrismaClient, type Database } from "@/lib/db/client";

const globalForDb = globalThis as unknown as { songNguDb?: Database };

/**
 * The process-wide Prisma client, created on first use (so tests can point DATABASE_URL at
 * their own file first) and kept on globalThis so dev-mode reloads don't open new ones.
 */
export function db(): Database {
  globalForDb.songNguDb ??= createPrismaClient();
  return globalForDb.songNguDb;
}
