import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { resolveDatabaseUrl } from "./lib/db/database-url";

const url = resolveDatabaseUrl();
// schema.prisma reads env("DATABASE_URL"); without it Prisma 6 cannot read the schema and
// falls back to downloading a query-engine binary, which fails offline.
process.env.DATABASE_URL = url;

// Prisma 6.19 with the JS engine and a driver adapter needs no engine binary, so
// generate and migrate work on a machine that cannot reach binaries.prisma.sh.
export default defineConfig({
  experimental: { adapter: true },
  schema: "prisma/schema.prisma",
  engine: "js",
  adapter: async () => new PrismaBetterSQLite3({ url }),
});
