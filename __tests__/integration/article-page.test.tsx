// Server-renders the article page's components with data read through the real service
// from a seeded SQLite file, and checks what a reader (and a screen reader) gets.
import { JSDOM } from "jsdom";
import { NextIntlClientProvider } from "next-intl";
import { renderToStaticMarkup } from "react-dom/server";
import { ArticleHeader } from "@/app/_components/article/article-header";
import { BilingualArticle } from "@/app/_components/article/bilingual-article";
import { GlossaryTable } from "@/app/_components/article/glossary-table";
import { glossaryAnchor } from "@/lib/content/ids";
import { createPrismaClient } from "@/lib/db/client";
import { getArticle, listArticles, type ArticleView } from "@/lib/server/learning/articles";
import en from "@/messages/en.json";
import vi from "@/messages/vi.json";
import { loadArticleFiles } from "@/prisma/seed/load-content";
import { seedArticle } from "@/prisma/seed/seed-article";
import { closeAppDatabase, useSeededAppDatabase } from "../helpers/app-database";
import type { TestDatabase } from "../helpers/test-database";

let testDb: TestDatabase;

beforeAll(async () => {
  testDb = await useSeededAppDatabase();
});

afterAll(() => closeAppDatabase(testDb));

function render(article: ArticleView, locale: "vi" | "en"): Document {
  const html = renderToStaticMarkup(
    <NextIntlClientProvider locale={locale} messages={locale === "vi" ? vi : en} timeZone="Asia/Ho_Chi_Minh">
      <ArticleHeader article={article} />
      <BilingualArticle article={article} glossaryHref="/vi/articles/waic-2025/glossary" />
      <GlossaryTable terms={article.glossary} articleHref="/articles/waic-2025" />
    </NextIntlClientProvider>,
  );
  return new JSDOM(html).window.document;
}

describe("the article page", () => {
  let article: ArticleView;
  beforeAll(async () => {
    const found = await getArticle("waic-2025");
    if (!found) throw new Error("seeded article missing");
    article = found;
  });

  it("returns null for an unknown slug", async () => {
    expect(await getArticle("no-such-article")).toBeNull();
  });

  it.each(["vi", "en"] as const)("shows each paragraph in both languages, each side marked with its lang (%s UI)", (locale) => {
    const doc = render(article, locale);
    const paragraphs = [...doc.querySelectorAll("[data-block-id]")].filter((el) => el.tagName === "DIV");
    expect(paragraphs).toHaveLength(10);
    const first = paragraphs[0]!;
    expect(first.querySelector('p[lang="vi"]')?.textContent).toContain("Trung Quốc hiện chiếm tới 40% các nghiên cứu");
    expect(first.querySelector('p[lang="en"]')?.textContent).toContain("China now accounts for as much as 40%");
    for (const p of paragraphs) {
      expect(p.querySelector('p[lang="vi"]')?.textContent?.trim()).not.toBe("");
      expect(p.querySelector('p[lang="en"]')?.textContent?.trim()).not.toBe("");
    }
  });

  it("pairs sentences across the columns by sentence-pair id", () => {
    const doc = render(article, "vi");
    const pair = doc.querySelectorAll('[data-sentence-id="waic-2025:p2-s2"]');
    expect(pair).toHaveLength(2);
    expect(pair[0]?.closest("[lang]")?.getAttribute("lang")).toBe("vi");
    expect(pair[0]?.textContent).toBe("WAIC 2025 ghi nhận kỷ lục mới với khu vực triển lãm mở rộng trên 70.000 m2.");
    expect(pair[1]?.closest("[lang]")?.getAttribute("lang")).toBe("en");
    expect(pair[1]?.textContent).toContain("70,000 square meters");
  });

  it("draws the glossary terms in the server's markup, as links to their row of the printable glossary", () => {
    const doc = render(article, "vi");
    const links = [...doc.querySelectorAll<HTMLAnchorElement>("a.term")];
    const termIds = new Set(article.glossary.map((t) => t.id));
    expect(links.length).toBeGreaterThan(article.glossary.length);
    for (const link of links) {
      const id = link.dataset.termId ?? "";
      expect(termIds.has(id)).toBe(true);
      expect(link.getAttribute("href")).toBe(`/vi/articles/waic-2025/glossary#${glossaryAnchor(id)}`);
      // Only in a sentence the term was linked to.
      const sentenceId = link.closest<HTMLElement>(".s")?.dataset.sentenceId ?? "";
      expect(article.glossary.find((t) => t.id === id)?.sentenceIds).toContain(sentenceId);
    }
    // Every term is marked on the Vietnamese side of each sentence it is linked to, or its
    // words overlap a term marked there ("trí tuệ nhân tạo" inside "Hội nghị Trí tuệ nhân tạo…").
    for (const term of article.glossary) {
      for (const sentenceId of term.sentenceIds) {
        const side = doc.querySelector(`.s[data-sentence-id="${sentenceId}"]:not([lang="en"] *)`);
        if (!side) continue; // the headline is shown apart
        let at = 0;
        const marked: [number, number, string][] = [];
        side.childNodes.forEach((node) => {
          const length = node.textContent?.length ?? 0;
          if (node instanceof doc.defaultView!.HTMLAnchorElement && node.classList.contains("term")) marked.push([at, at + length, node.dataset.termId ?? ""]);
          at += length;
        });
        const start = (side.textContent ?? "").toLowerCase().indexOf(term.vi.toLowerCase());
        const end = start + term.vi.length;
        const found = marked.some(([from, to, id]) => id === term.id || (start >= 0 && from < end && start < to));
        expect({ sentenceId, term: term.vi, found }).toEqual({ sentenceId, term: term.vi, found: true });
      }
    }
    // Marking adds elements, never changes the words.
    expect(doc.querySelector('.s[data-sentence-id="waic-2025:p1-s1"]')?.textContent).toBe(article.blocks.find((b) => b.kind === "paragraph")?.sentences[0]?.vi);
  });

  it("puts the headline in the h1 in both languages", () => {
    const h1 = render(article, "en").querySelector("h1");
    expect(h1?.querySelector('[lang="vi"]')?.textContent).toBe(article.title.vi);
    expect(h1?.querySelector('[lang="en"]')?.textContent).toBe(article.title.en);
  });

  it("shows figures with caption and photo credit in both languages", () => {
    const doc = render(article, "en");
    const figures = doc.querySelectorAll("figure");
    expect(figures).toHaveLength(2);
    const caption = (figure: Element | undefined, lang: string) =>
      [...(figure?.querySelectorAll(`figcaption p[lang="${lang}"]`) ?? [])].map((p) => p.textContent).join(" ");
    expect(caption(figures[0], "vi")).toBe("Hội nghị và Triển lãm AI Thế giới khai mạc ngày 27/7 tại Thượng Hải. Ảnh: Xinhua");
    expect(caption(figures[0], "en")).toBe("The World AI Conference and Exhibition opened on 27 July in Shanghai. Photo: Xinhua");
    expect(caption(figures[1], "en")).toContain("Photo: Creaders");
  });

  it("links the Hinton sentence to a visible editor's note, headed in the UI language", () => {
    for (const [locale, heading] of [["vi", "Ghi chú của biên tập"], ["en", "Editor's note"]] as const) {
      const doc = render(article, locale);
      const marker = doc.querySelector('[data-sentence-id="waic-2025:p9-s2"] a.note-marker');
      const note = doc.querySelector(marker?.getAttribute("href") ?? "#missing");
      expect(note?.tagName).toBe("ASIDE");
      expect(note?.querySelector("h2")?.textContent).toBe(heading);
      expect(note?.querySelector('[lang="en"]')?.textContent).toContain("Geoffrey Hinton");
    }
  });

  it("lists the glossary with each term linked to its first sentence in the article", () => {
    const doc = render(article, "vi");
    const rows = doc.querySelectorAll("tbody tr");
    expect(rows.length).toBe(article.glossary.length);
    const row = [...rows].find((r) => r.querySelector("th")?.textContent === "Nam bán cầu");
    expect(row?.querySelector('td[lang="en"]')?.textContent).toBe("Global South");
    const href = row?.querySelector("a")?.getAttribute("href") ?? "";
    expect(href).toBe("/vi/articles/waic-2025#s-waic-2025_p6-s2");
    expect(doc.getElementById(href.split("#")[1] ?? "")?.textContent).toContain("ưu tiên hỗ trợ các nước thuộc Nam bán cầu");
  });
});

describe("listArticles", () => {
  it("gives the home page's card: titles, lead sentence and counts", async () => {
    const [card, ...rest] = await listArticles();
    expect(rest).toHaveLength(0);
    expect(card?.slug).toBe("waic-2025");
    expect(card?.title.en).toBe("AI helps Chinese companies raise production efficiency by 20% and cut product defects by 35%");
    expect(card?.lead?.vi.startsWith("Trung Quốc hiện chiếm tới 40%")).toBe(true);
    expect(card?.sentenceCount).toBe(25);
    expect(card?.glossaryTermCount).toBeGreaterThanOrEqual(30);
  });
});

describe("getArticle after the content is re-seeded", () => {
  it("serves the new text, not a stale copy", async () => {
    const before = await getArticle("waic-2025");
    expect(before?.blocks[1]?.sentences[0]?.en).toContain("China now accounts for as much as 40%");

    const original = loadArticleFiles()[0]!;
    const edited = structuredClone(original.content);
    edited.blocks[1]!.sentences[0]!.en = "China now produces 40% of AI research.";
    const seeder = createPrismaClient(testDb.url);
    await seedArticle(seeder, { ...original, content: edited, hash: "edited" });
    expect((await getArticle("waic-2025"))?.blocks[1]?.sentences[0]?.en).toBe("China now produces 40% of AI research.");

    await seedArticle(seeder, original);
    await seeder.$disconnect();
    expect((await getArticle("waic-2025"))?.blocks[1]?.sentences[0]?.en).toContain("as much as 40%");
  });
});
