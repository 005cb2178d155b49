-- Other names of the same thing, per glossary entry (the quiz engine never swaps them).
ALTER TABLE "GlossaryTerm" ADD COLUMN "aliases" TEXT NOT NULL DEFAULT '{}';
ALTER TABLE "GlossaryTerm" ADD COLUMN "sameAs" TEXT NOT NULL DEFAULT '[]';
