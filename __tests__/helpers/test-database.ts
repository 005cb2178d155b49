// A real database per test file. By default a temporary SQLite file with every committed
// migration applied, in order, exactly as `prisma migrate deploy` would apply them (a test
// checks the two give the same schema). With TEST_DATABASE_URL=postgresql://… (npm run
// test:postgres, CI) the app's tests run on PostgreSQL instead: a schema of their own in that
// database, migrated by the app's own deploy (lib/db/postgres-migrate.ts), dropped afterwards.
import { randomBytes } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { Client } from "pg";
import { isPostgresUrl, splitSchema } from "@/lib/db/database-url";
import { deployPostgresMigrations } from "@/lib/db/postgres-migrate";

const MIGRATIONS_DIR = join(__dirname, "..", "..", "prisma", "migrations");

/** `file` is the SQLite file ("" on PostgreSQL). */
export type TestDatabase = { url: string; file: string; dir: string; cleanup: () => void | Promise<void> };

/** The PostgreSQL database the tests run on, if any. */
export function postgresTestUrl(): string | null {
  const url = process.env.TEST_DATABASE_URL?.trim();
  return url && isPostgresUrl(url) ? url : null;
}

/** A fresh, migrated schema in the PostgreSQL test database. */
async function createPostgresTestDatabase(server: string): Promise<TestDatabase> {
  const schema = `test_${Date.now().toString(36)}_${randomBytes(4).toString("hex")}`;
  const url = new URL(server);
  url.searchParams.set("schema", schema);
  await deployPostgresMigrations(url.toString());
  return {
    url: url.toString(),
    file: "",
    dir: "",
    cleanup: () => withPostgres(url.toString(), (client) => client.query(`DROP SCHEMA "${schema}" CASCADE`).then(() => undefined)),
  };
}

async function withPostgres<T>(url: string, run: (client: Client) => Promise<T>): Promise<T> {
  const { connectionString, schema } = splitSchema(url);
  const client = new Client({ connectionString });
  await client.connect();
  try {
    if (schema) await client.query(`SET search_path TO "${schema}"`);
    return await run(client);
  } finally {
    await client.end();
  }
}

/** A migrated database for the app's tests: PostgreSQL when TEST_DATABASE_URL says so, else SQLite. */
export async function createAppTestDatabase(): Promise<TestDatabase> {
  const server = postgresTestUrl();
  return server ? createPostgresTestDatabase(server) : createTestDatabase();
}

/** The migration folders in the order Prisma applies them. */
function migrationFolders(): string[] {
  return readdirSync(MIGRATIONS_DIR)
    .filter((name) => statSync(join(MIGRATIONS_DIR, name)).isDirectory())
    .sort();
}

/** Creates an empty, migrated database in a fresh temporary folder. */
export function createTestDatabase(): TestDatabase {
  const dir = mkdtempSync(join(tmpdir(), "song-ngu-test-"));
  const file = join(dir, "test.db");
  const sqlite = new Database(file);
  sqlite.pragma("journal_mode = WAL");
  for (const folder of migrationFolders()) {
    sqlite.exec(readFileSync(join(MIGRATIONS_DIR, folder, "migration.sql"), "utf8"));
  }
  sqlite.close();
  return { url: `file:${file}`, file, dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The user tables and indexes of a database, for comparing schemas. */
export function describeSchema(file: string): string[] {
  const sqlite = new Database(file, { readonly: true });
  const rows = sqlite
    .prepare(
      "SELECT type, name, tbl_name AS tableName, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' AND name != '_prisma_migrations' ORDER BY type, name",
    )
    .all() as { type: string; name: string; tableName: string; sql: string | null }[];
  sqlite.close();
  return rows.map((r) => `${r.type} ${r.name} ${r.tableName} ${(r.sql ?? "").replace(/\s+/g, " ")}`);
}

/** Row counts of the given tables. */
export async function countRows(testDb: TestDatabase, tables: string[]): Promise<Record<string, number>> {
  if (!testDb.file) {
    return withPostgres(testDb.url, async (client) => {
      const counts: Record<string, number> = {};
      for (const t of tables) counts[t] = Number((await client.query(`SELECT COUNT(*) AS n FROM "${t}"`)).rows[0].n);
      return counts;
    });
  }
  const sqlite = new Database(testDb.file, { readonly: true });
  const counts = Object.fromEntries(
    tables.map((t) => [t, (sqlite.prepare(`SELECT COUNT(*) AS n FROM "${t}"`).get() as { n: number }).n]),
  );
  sqlite.close();
  return counts;
}

/** Every row of these tables, in a stable order: to check that a refused request changed nothing. */
export async function tableContents(testDb: TestDatabase, tables: string[]): Promise<Record<string, unknown[]>> {
  if (!testDb.file) {
    return withPostgres(testDb.url, async (client) => {
      const contents: Record<string, unknown[]> = {};
      // PostgreSQL has no rowid: rows in the order of all their columns.
      for (const t of tables) contents[t] = (await client.query(`SELECT * FROM "${t}" t ORDER BY t::text`)).rows;
      return contents;
    });
  }
  const sqlite = new Database(testDb.file, { readonly: true });
  const contents = Object.fromEntries(tables.map((t) => [t, sqlite.prepare(`SELECT * FROM "${t}" ORDER BY rowid`).all()]));
  sqlite.close();
  return contents;
}
