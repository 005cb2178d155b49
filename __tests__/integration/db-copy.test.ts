// `npm run db:copy`: a school's SQLite file copied into a new database — PostgreSQL when the
// suite runs there (TEST_DATABASE_URL), else another SQLite file — every table, every value.
import { execFileSync, spawnSync } from "node:child_process";
import { createPrismaClient } from "@/lib/db/client";
import { loadArticleFiles } from "@/prisma/seed/load-content";
import { seedArticle } from "@/prisma/seed/seed-article";
import { join } from "node:path";
import { createAppTestDatabase, createTestDatabase, postgresTestUrl, type TestDatabase } from "../helpers/test-database";

let source: TestDatabase;
let target: TestDatabase;

beforeAll(async () => {
  source = createTestDatabase();
  // On SQLite the target is a new file, which the copy creates and migrates itself.
  target = postgresTestUrl() ? await createAppTestDatabase() : { url: `file:${join(source.dir, "copy", "target.db")}`, file: join(source.dir, "copy", "target.db"), dir: source.dir, cleanup: () => {} };
  const db = createPrismaClient(source.url);
  for (const article of loadArticleFiles()) await seedArticle(db, article);
  const joinedAt = new Date("2026-11-30T07:15:00.123Z");
  await db.user.create({ data: { id: "u-lan", name: "Nguyễn Thị Lan", email: "lan@example.test", username: "lan_2026", role: "learner", createdAt: joinedAt, isAnonymous: false, desiredRetention: 0.85 } });
  await db.rateLimit.create({ data: { id: "rl-1", key: "127.0.0.1/sign-in", count: 3, lastRequest: BigInt("1796000000123") } });
  await db.$disconnect();
}, 60_000);

afterAll(async () => {
  source.cleanup();
  await target.cleanup();
});

const copy = (to: string) => spawnSync("npx", ["tsx", "scripts/db-copy.mts", "--from", source.url, "--to", to], { encoding: "utf8" });

it("copies every table, counts them on both sides, keeps every value, and refuses a target that is not empty", async () => {
  const first = copy(target.url);
  expect({ status: first.status, stderr: first.status === 0 ? "" : first.stderr }).toEqual({ status: 0, stderr: "" });
  expect(first.stdout).toMatch(/db:copy: \d+ rows in 24 tables copied and counted/);

  const from = createPrismaClient(source.url);
  const to = createPrismaClient(target.url);
  try {
    for (const model of ["article", "articleBlock", "sentencePair", "glossaryTerm", "glossaryOccurrence", "user", "rateLimit"] as const) {
      const delegate = (client: typeof from) => client[model] as unknown as { count: () => Promise<number> };
      expect({ model, rows: await delegate(to).count() }).toEqual({ model, rows: await delegate(from).count() });
    }
    // Dates, booleans, floats, big integers and Vietnamese text survive the change of database.
    expect(await to.user.findUnique({ where: { id: "u-lan" } })).toEqual(await from.user.findUnique({ where: { id: "u-lan" } }));
    expect((await to.rateLimit.findUnique({ where: { id: "rl-1" } }))?.lastRequest).toBe(BigInt("1796000000123"));
    const pair = await from.sentencePair.findFirst({ orderBy: { id: "asc" } });
    expect(await to.sentencePair.findUnique({ where: { id: pair!.id } })).toEqual(pair);
  } finally {
    await from.$disconnect();
    await to.$disconnect();
  }

  const again = copy(target.url);
  expect(again.status).toBe(2);
  expect(again.stderr).toContain("the target is not empty");
}, 120_000);

it("answers bad arguments with what is wrong, the usage and exit code 2", () => {
  const bad = spawnSync("npx", ["tsx", "scripts/db-copy.mts", "--from", "file:/tmp/x.db"], { encoding: "utf8" });
  expect(bad.status).toBe(2);
  expect(bad.stderr).toContain("both --from and --to are needed");
  expect(() => execFileSync("npx", ["tsx", "scripts/db-copy.mts", "--to", "x", "--from", "x"], { stdio: "pipe" })).toThrow();
});
