// Applies prisma/postgresql/migrations to a PostgreSQL database. Prisma 6.19's
// `migrate deploy` cannot run through the pg driver adapter (prisma/orm#27403) and its
// schema-engine binary cannot be downloaded here, so this does the same job with the same
// bookkeeping: Prisma's own `_prisma_migrations` table (so `prisma migrate status` and a
// later switch to Prisma's engine read it as theirs), one transaction per migration, a
// SHA-256 checksum per file, and an advisory lock so two servers starting together never
// apply a migration twice.
import { createHash, randomUUID } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Client } from "pg";
import { splitSchema } from "./database-url";

export const POSTGRES_MIGRATIONS_DIR = "prisma/postgresql/migrations";
/** Any fixed number: the key of the advisory lock deployments take. */
const LOCK_KEY = 20261206;

const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

type MigrationFile = { name: string; sql: string; checksum: string };

function migrationFiles(dir: string): MigrationFile[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}

/** Applies every migration not applied yet, in order; returns the names it applied. */
export async function deployPostgresMigrations(url: string, dir: string = POSTGRES_MIGRATIONS_DIR): Promise<string[]> {
  const { connectionString, schema } = splitSchema(url);
  const client = new Client({ connectionString });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [LOCK_KEY]);
    if (schema) {
      await client.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdent(schema)}`);
      await client.query(`SET search_path TO ${quoteIdent(schema)}`);
    }
    await client.query(`CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
      "id" VARCHAR(36) PRIMARY KEY NOT NULL,
      "checksum" VARCHAR(64) NOT NULL,
      "finished_at" TIMESTAMPTZ,
      "migration_name" VARCHAR(255) NOT NULL,
      "logs" TEXT,
      "rolled_back_at" TIMESTAMPTZ,
      "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
      "applied_steps_count" INTEGER NOT NULL DEFAULT 0)`);
    const { rows } = await client.query<{ migration_name: string; checksum: string; finished_at: Date | null; rolled_back_at: Date | null }>(
      `SELECT "migration_name", "checksum", "finished_at", "rolled_back_at" FROM "_prisma_migrations"`,
    );
    const applied = new Map(rows.filter((r) => !r.rolled_back_at).map((r) => [r.migration_name, r]));
    const done: string[] = [];
    for (const file of migrationFiles(dir)) {
      const row = applied.get(file.name);
      if (row?.finished_at) {
        if (row.checksum !== file.checksum) throw new Error(`migration ${file.name} was changed after it was applied`);
        continue;
      }
      if (row) throw new Error(`migration ${file.name} failed earlier and needs a look by hand (see "_prisma_migrations".logs)`);
      const id = randomUUID();
      await client.query(`INSERT INTO "_prisma_migrations" ("id", "checksum", "migration_name") VALUES ($1, $2, $3)`, [id, file.checksum, file.name]);
      try {
        await client.query("BEGIN");
        // A baseline made by `prisma migrate diff` creates "public"; in another schema that
        // statement would only add an empty public schema, so it is left to the database.
        await client.query(schema ? file.sql.replace(/^CREATE SCHEMA IF NOT EXISTS "public";$/m, "") : file.sql);
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK");
        await client.query(`UPDATE "_prisma_migrations" SET "logs" = $2 WHERE "id" = $1`, [id, String(error)]);
        throw new Error(`migration ${file.name} failed: ${String(error)}`);
      }
      await client.query(`UPDATE "_prisma_migrations" SET "finished_at" = now(), "applied_steps_count" = 1 WHERE "id" = $1`, [id]);
      done.push(file.name);
    }
    return done;
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [LOCK_KEY]).catch(() => {});
    await client.end();
  }
}
