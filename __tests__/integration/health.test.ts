import { createTestDatabase, type TestDatabase } from "../helpers/test-database";

/** Loads the route handler fresh, with a new database client for the given URL. */
async function healthRouteFor(url: string) {
  process.env.DATABASE_URL = url;
  delete (globalThis as { songNguDb?: unknown }).songNguDb;
  jest.resetModules();
  return import("@/app/api/health/route");
}

describe("GET /api/health", () => {
  let testDb: TestDatabase;
  beforeAll(() => {
    testDb = createTestDatabase();
  });
  afterAll(() => testDb.cleanup());
  afterEach(async () => {
    const client = (globalThis as { songNguDb?: { $disconnect: () => Promise<void> } }).songNguDb;
    await client?.$disconnect();
  });

  it("answers 200 when the database is reachable", async () => {
    const { GET } = await healthRouteFor(testDb.url);
    const response = await GET();
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toEqual({ ok: true, database: "up" });
  });

  it("answers 503 when the database cannot be opened", async () => {
    const { GET } = await healthRouteFor(`file:${testDb.dir}/missing-folder/app.db`);
    const response = await GET();
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ ok: false, database: "down" });
  });
});
