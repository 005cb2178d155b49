// A real SQLite database per test file: a temporary file with every committed migration
// applied, in order, exactly as `prisma migrate deploy` would apply them (a test checks
// the two give the same schema).
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";

const MIGRATIONS_DIR = join(__dirname, "..", "..", "prisma", "migrations");

export type TestDatabase = { url: string; file: string; dir: string; cleanup: () => void };

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
export function countRows(file: string, tables: string[]): Record<string, number> {
  const sqlite = new Database(file, { readonly: true });
  const counts = Object.fromEntries(
    tables.map((t) => [t, (sqlite.prepare(`SELECT COUNT(*) AS n FROM "${t}"`).get() as { n: number }).n]),
  );
  sqlite.close();
  return counts;
}

/** Every row of these tables, in a stable order: to check that a refused request changed nothing. */
export function tableContents(file: string, tables: string[]): Record<string, unknown[]> {
  const sqlite = new Database(file, { readonly: true });
  const contents = Object.fromEntries(tables.map((t) => [t, sqlite.prepare(`SELECT * FROM "${t}" ORDER BY rowid`).all()]));
  sqlite.close();
  return contents;
}
