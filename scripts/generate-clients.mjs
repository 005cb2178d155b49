// `postinstall`: derives the PostgreSQL schema from prisma/schema.prisma, then generates both
// Prisma clients (generated/prisma for SQLite, generated/prisma-pg for PostgreSQL). The URL
// given to the second run only selects the PostgreSQL schema in prisma.config.ts; nothing
// connects to it.
import { execFileSync } from "node:child_process";

execFileSync(process.execPath, ["scripts/postgres-schema.mjs"], { stdio: "inherit" });
const run = (env) => execFileSync("npx", ["prisma", "generate"], { stdio: "inherit", env: { ...process.env, ...env } });
run({ DATABASE_URL: "file:./data/app.db" });
run({ DATABASE_URL: "postgresql://generate@localhost/generate" });
