import { DEFAULT_DATABASE_URL, resolveDatabaseUrl, sqliteFilePath } from "@/lib/db/database-url";

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
