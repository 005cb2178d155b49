import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createPrismaClient, type Database } from "@/lib/db/client";
import { ARTICLES_DIR, loadArticleFile, loadArticleFiles } from "@/prisma/seed/load-content";
import { seedArticle } from "@/prisma/seed/seed-article";
import { countRows, createTestDatabase, describeSchema, type TestDatabase } from "../helpers/test-database";

const TABLES = ["Article", "ArticleBlock", "SentencePair", "GlossaryTerm", "GlossaryOccurrence"];

describe("seeding the article content", () => {
  let testDb: TestDatabase;
  let db: Database;

  beforeEach(() => {
    testDb = createTestDatabase();
    db = createPrismaClient(testDb.url);
  });
  afterEach(async () => {
    await db.$disconnect();
    testDb.cleanup();
  });

  it("writes every block, sentence pair, term and link, and a second run changes nothing", async () => {
    const [article] = loadArticleFiles();
    if (!article) throw new Error("no content file");
    expect(await seedArticle(db, article)).toBe("created");
    const first = await countRows(testDb, TABLES);
    expect(first).toEqual({
      Article: 1,
      ArticleBlock: 14,
      SentencePair: 27,
      GlossaryTerm: article.content.glossary.length,
      GlossaryOccurrence: 138,
    });
    const before = await db.article.findUniqueOrThrow({ where: { slug: "waic-2025" }, select: { updatedAt: true } });

    expect(await seedArticle(db, loadArticleFiles()[0]!)).toBe("unchanged");
    expect(await countRows(testDb, TABLES)).toEqual(first);
    const after = await db.article.findUniqueOrThrow({ where: { slug: "waic-2025" }, select: { updatedAt: true } });
    expect(after.updatedAt).toEqual(before.updatedAt);
  });

  it("updates a changed file in place, keeping the ids of what remains", async () => {
    const original = loadArticleFile(join(ARTICLES_DIR, "waic-2025.json"));
    await seedArticle(db, original);

    const edited = structuredClone(original.content);
    edited.blocks[1]!.sentences[0]!.en = "China now accounts for 40% of AI research worldwide.";
    edited.glossary = edited.glossary.filter((t) => t.key !== "chip-ai");
    const outcome = await seedArticle(db, { ...original, content: edited, hash: "edited" });

    expect(outcome).toBe("updated");
    const sentence = await db.sentencePair.findUniqueOrThrow({ where: { id: "waic-2025:p1-s1" } });
    expect(sentence.en).toBe("China now accounts for 40% of AI research worldwide.");
    expect(await db.glossaryTerm.findUnique({ where: { id: "waic-2025:chip-ai" } })).toBeNull();
    expect(await countRows(testDb, ["SentencePair", "GlossaryTerm"])).toEqual({
      SentencePair: 27,
      GlossaryTerm: original.content.glossary.length - 1,
    });
  });

  it("stores the Vietnamese exactly as in the content file, diacritics intact", async () => {
    const article = loadArticleFiles()[0]!;
    await seedArticle(db, article);
    const headline = await db.sentencePair.findUniqueOrThrow({ where: { id: "waic-2025:h-s1" } });
    expect(headline.vi).toBe("AI giúp công ty Trung Quốc tăng 20% hiệu suất sản xuất, giảm 35% lỗi sản phẩm");
    const term = await db.glossaryTerm.findUniqueOrThrow({
      where: { id: "waic-2025:nam-ban-cau" },
      select: { en: true, occurrences: { select: { sentencePairId: true } } },
    });
    expect(term.en).toBe("Global South");
    expect(term.occurrences.map((o) => o.sentencePairId)).toEqual(["waic-2025:p6-s2"]);
  });
});

describe("the npm scripts on a fresh database file", () => {
  it("db:setup migrates with prisma migrate deploy, seeds, and is idempotent", async () => {
    const testDb = createTestDatabase();
    const file = join(testDb.dir, "fresh", "app.db");
    const env = { ...process.env, DATABASE_URL: `file:${file}`, PRISMA_HIDE_UPDATE_MESSAGE: "1" };
    try {
      const run = () => execFileSync("npm", ["run", "-s", "db:setup"], { env, encoding: "utf8" });
      expect(run()).toContain("seed: waic-2025 created");
      const fresh = { ...testDb, file };
      const counts = await countRows(fresh, TABLES);
      expect(run()).toContain("seed: waic-2025 unchanged");
      expect(await countRows(fresh, TABLES)).toEqual(counts);
      // The test helper's migrated schema is the one prisma migrate deploy produces.
      expect(describeSchema(file)).toEqual(describeSchema(testDb.file));
      expect(readFileSync(file).subarray(0, 15).toString()).toBe("SQLite format 3");
    } finally {
      testDb.cleanup();
    }
  }, 60_000);
});

