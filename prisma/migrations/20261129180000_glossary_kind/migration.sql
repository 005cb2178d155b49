-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_GlossaryTerm" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "articleId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "vi" TEXT NOT NULL,
    "en" TEXT NOT NULL,
    "noteVi" TEXT NOT NULL,
    "noteEn" TEXT NOT NULL,
    "enForms" TEXT NOT NULL DEFAULT '[]',
    "kind" TEXT NOT NULL DEFAULT 'term',
    CONSTRAINT "GlossaryTerm_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_GlossaryTerm" ("articleId", "en", "enForms", "id", "noteEn", "noteVi", "position", "vi") SELECT "articleId", "en", "enForms", "id", "noteEn", "noteVi", "position", "vi" FROM "GlossaryTerm";
DROP TABLE "GlossaryTerm";
ALTER TABLE "new_GlossaryTerm" RENAME TO "GlossaryTerm";
CREATE INDEX "GlossaryTerm_articleId_position_idx" ON "GlossaryTerm"("articleId", "position");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

