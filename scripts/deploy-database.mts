// `npm run db:deploy`: brings the database at DATABASE_URL up to the latest migration.
// SQLite (the default): prepares the file, then Prisma's `migrate deploy`. PostgreSQL:
// lib/db/postgres-migrate.ts (Prisma's deploy cannot run through the pg adapter).
import { execFileSync } from "node:child_process";
import { isPostgresUrl, resolveDatabaseUrl } from "../lib/db/database-url";
import { deployPostgresMigrations } from "../lib/db/postgres-migrate";

const url = resolveDatabaseUrl();
if (isPostgresUrl(url)) {
  const applied = await deployPostgresMigrations(url);
  console.log(applied.length ? `PostgreSQL: applied ${applied.join(", ")}` : "PostgreSQL: no pending migrations");
} else {
  execFileSync(process.execPath, ["--import", "tsx", "scripts/prepare-database.ts"], { stdio: "inherit" });
  execFileSync("npx", ["prisma", "migrate", "deploy"], { stdio: "inherit" });
}
