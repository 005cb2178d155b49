// A short article written inline by a test: one paragraph of sentence pairs and a glossary,
// through the same parsing as every article the app stores.
import { parseArticleContent } from "@/lib/content/schema";
import { quizArticleFromContent } from "@/lib/quiz/article";
import type { QuizArticle } from "@/lib/quiz/types";

type Entry = { key: string; vi: string; en: string; kind: "term" | "person" | "place" | "organization" | "event" | "document" };

export function miniArticle(slug: string, pairs: [vi: string, en: string][], glossary: Entry[] = []): QuizArticle {
  return quizArticleFromContent(
    parseArticleContent({
      schemaVersion: 1,
      slug,
      originalLanguage: "vi",
      source: { name: "Song Ngữ (bài kiểm thử)", url: null, publishedOn: "2026-12-01" },
      credits: { vi: "Bài kiểm thử của nhóm Song Ngữ.", en: "A test article by the Song Ngữ team." },
      blocks: [
        { kind: "headline", key: "h", sentences: [{ key: "h-s1", vi: "Bài kiểm thử", en: "A test article" }] },
        { kind: "paragraph", key: "p1", sentences: pairs.map(([vi, en], i) => ({ key: `p1-s${i + 1}`, vi, en })) },
      ],
      glossary: glossary.map((g) => ({ ...g, note: { vi: `Ghi chú về ${g.vi}.`, en: `A note on ${g.en}.` } })),
    }),
  );
}
