// Runs before `prisma migrate deploy`: creates the folder of a SQLite database file and
// switches the file to WAL so readers never wait for a writer. Both settings persist in
// the file, so the app itself never has to do this at start-up.
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import Database from "better-sqlite3";
import { resolveDatabaseUrl, sqliteFilePath } from "../lib/db/database-url";

const path = sqliteFilePath(resolveDatabaseUrl());
if (path) {
  mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  db.pragma("journal_mode = WAL");
  db.close();
}
