// For tests of code that uses the app's database client (lib/server/platform/db.ts): a migrated,
// seeded database the app is pointed at (SQLite, or PostgreSQL with TEST_DATABASE_URL), and the
// clean-up afterwards.
import { createPrismaClient } from "@/lib/db/client";
import { loadArticleFiles } from "@/prisma/seed/load-content";
import { seedArticle } from "@/prisma/seed/seed-article";
import { createAppTestDatabase, type TestDatabase } from "./test-database";

/** Creates and seeds a database and sets DATABASE_URL to it (call before the app's client is used). */
export async function useSeededAppDatabase(): Promise<TestDatabase> {
  const testDb = await createAppTestDatabase();
  process.env.DATABASE_URL = testDb.url;
  const seeder = createPrismaClient(testDb.url);
  for (const article of loadArticleFiles()) await seedArticle(seeder, article);
  await seeder.$disconnect();
  return testDb;
}

/** Disconnects the app's client and deletes the database. */
export async function closeAppDatabase(testDb: TestDatabase): Promise<void> {
  const { db } = await import("@/lib/server/platform/db");
  await db().$disconnect();
  await testDb.cleanup();
}
