/** The embedded default: a SQLite file in the git-ignored data folder. */
export const DEFAULT_DATABASE_URL = "file:./data/app.db";

/** DATABASE_URL when set, else the embedded SQLite file. */
export function resolveDatabaseUrl(env: Partial<Record<string, string>> = process.env): string {
  const url = env.DATABASE_URL?.trim();
  return url ? url : DEFAULT_DATABASE_URL;
}

/** The filesystem path of a `file:` SQLite URL, or null for other URLs. */
export function sqliteFilePath(url: string): string | null {
  if (!url.startsWith("file:")) return null;
  const path = url.slice("file:".length).split("?")[0] ?? "";
  return path === "" || path === ":memory:" ? null : path;
}

/** True for a PostgreSQL connection URL (postgresql:// or postgres://). */
export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//i.test(url);
}

/** A connection URL without Prisma's `schema` parameter, and that schema (or null). */
export function splitSchema(url: string): { connectionString: string; schema: string | null } {
  const parsed = new URL(url);
  const schema = parsed.searchParams.get("schema");
  parsed.searchParams.delete("schema");
  return { connectionString: parsed.toString(), schema: schema && schema !== "public" ? schema : null };
}
