import { DEFAULT_DATABASE_URL, isPostgresUrl, resolveDatabaseUrl, splitSchema, sqliteFilePath } from "@/lib/db/database-url";

describe("resolveDatabaseUrl", () => {
  it("defaults to the SQLite file in the data folder", () => {
    expect(resolveDatabaseUrl({})).toBe("file:./data/app.db");
    expect(resolveDatabaseUrl({ DATABASE_URL: "  " })).toBe(DEFAULT_DATABASE_URL);
  });

  it("uses DATABASE_URL when set", () => {
    expect(resolveDatabaseUrl({ DATABASE_URL: "file:/srv/song-ngu.db" })).toBe("file:/srv/song-ngu.db");
  });
});

describe("sqliteFilePath", () => {
  it("returns the path of a file URL, without query parameters", () => {
    expect(sqliteFilePath("file:./data/app.db")).toBe("./data/app.db");
    expect(sqliteFilePath("file:/tmp/x.db?mode=ro")).toBe("/tmp/x.db");
  });

  it("returns null for in-memory and non-file URLs", () => {
    expect(sqliteFilePath("file::memory:")).toBeNull();
    expect(sqliteFilePath("postgresql://localhost/song_ngu")).toBeNull();
  });
});

describe("PostgreSQL URLs", () => {
  it("are told from SQLite ones", () => {
    expect(isPostgresUrl("postgresql://u@db:5432/song_ngu")).toBe(true);
    expect(isPostgresUrl("postgres://u@db/song_ngu")).toBe(true);
    expect(isPostgresUrl("file:./data/app.db")).toBe(false);
    expect(isPostgresUrl("mysql://u@db/x")).toBe(false);
  });

  it("give up Prisma's schema parameter to the adapter and keep every other one", () => {
    expect(splitSchema("postgresql://u:p@db:5432/song_ngu?schema=test_1&sslmode=require")).toEqual({
      connectionString: "postgresql://u:p@db:5432/song_ngu?sslmode=require",
      schema: "test_1",
    });
    expect(splitSchema("postgresql://u@db/song_ngu?schema=public")).toEqual({ connectionString: "postgresql://u@db/song_ngu", schema: null });
    expect(splitSchema("postgresql://u@db/song_ngu")).toEqual({ connectionString: "postgresql://u@db/song_ngu", schema: null });
  });
});
