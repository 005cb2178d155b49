import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { isPostgresUrl, resolveDatabaseUrl } from "./lib/db/database-url";

const url = resolveDatabaseUrl();
// schema.prisma reads env("DATABASE_URL"); without it Prisma 6 cannot read the schema and
// falls back to downloading a query-engine binary, which fails offline.
process.env.DATABASE_URL = url;
const postgres = isPostgresUrl(url);

// Prisma 6.19 with the JS engine and a driver adapter needs no engine binary, so
// generate and migrate work on a machine that cannot reach binaries.prisma.sh. A
// postgresql:// URL selects the PostgreSQL schema (derived from prisma/schema.prisma by
// scripts/postgres-schema.mjs) and the pg adapter.
export default defineConfig({
  experimental: { adapter: true },
  schema: postgres ? "prisma/postgresql/schema.prisma" : "prisma/schema.prisma",
  engine: "js",
  adapter: async () => (postgres ? new PrismaPg({ connectionString: url }) : new PrismaBetterSQLite3({ url })),
});
