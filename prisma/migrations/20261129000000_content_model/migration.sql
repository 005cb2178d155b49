-- CreateTable
CREATE TABLE "Article" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "originalLanguage" TEXT NOT NULL,
    "titleVi" TEXT NOT NULL,
    "titleEn" TEXT NOT NULL,
    "sourceName" TEXT,
    "sourceUrl" TEXT,
    "publishedOn" TEXT,
    "creditsVi" TEXT NOT NULL,
    "creditsEn" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "ArticleBlock" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "articleId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "imageUrl" TEXT,
    "creditVi" TEXT,
    "creditEn" TEXT,
    "refersToSentenceId" TEXT,
    CONSTRAINT "ArticleBlock_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SentencePair" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "blockId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "vi" TEXT NOT NULL,
    "en" TEXT NOT NULL,
    CONSTRAINT "SentencePair_blockId_fkey" FOREIGN KEY ("blockId") REFERENCES "ArticleBlock" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "GlossaryTerm" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "articleId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "vi" TEXT NOT NULL,
    "en" TEXT NOT NULL,
    "noteVi" TEXT NOT NULL,
    "noteEn" TEXT NOT NULL,
    CONSTRAINT "GlossaryTerm_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "GlossaryOccurrence" (
    "termId" TEXT NOT NULL,
    "sentencePairId" TEXT NOT NULL,

    PRIMARY KEY ("termId", "sentencePairId"),
    CONSTRAINT "GlossaryOccurrence_termId_fkey" FOREIGN KEY ("termId") REFERENCES "GlossaryTerm" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "GlossaryOccurrence_sentencePairId_fkey" FOREIGN KEY ("sentencePairId") REFERENCES "SentencePair" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Article_slug_key" ON "Article"("slug");

-- CreateIndex
CREATE INDEX "ArticleBlock_articleId_position_idx" ON "ArticleBlock"("articleId", "position");

-- CreateIndex
CREATE INDEX "SentencePair_blockId_position_idx" ON "SentencePair"("blockId", "position");

-- CreateIndex
CREATE INDEX "GlossaryTerm_articleId_position_idx" ON "GlossaryTerm"("articleId", "position");

-- CreateIndex
CREATE INDEX "GlossaryOccurrence_sentencePairId_idx" ON "GlossaryOccurrence"("sentencePairId");

