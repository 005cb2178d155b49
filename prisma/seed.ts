// `npm run db:seed`: loads every article content file and writes it to the database.
// Runs before `npm start` and `npm run dev`; safe to run any number of times.
import { createPrismaClient } from "../lib/db/client";
import { loadArticleFiles } from "./seed/load-content";
import { seedArticle } from "./seed/seed-article";

async function main(): Promise<void> {
  const db = createPrismaClient();
  try {
    for (const article of loadArticleFiles()) {
      const outcome = await seedArticle(db, article);
      console.log(`seed: ${article.content.slug} ${outcome}`);
    }
  } finally {
    await db.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
