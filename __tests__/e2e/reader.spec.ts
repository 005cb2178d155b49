import { expect, test } from "@playwright/test";
import { backgroundOf, colorOf, markedTerms, openReader, sentence, sentenceSide, storedRecord, tapTerm, termLink, TRANSPARENT } from "./helpers/reader";

test.describe("linked highlighting", () => {
  for (const id of ["p1-s1", "p3-s2", "p6-s2", "p9-s3"]) {
    test(`selecting Vietnamese ${id} highlights its English, and only it`, async ({ page }) => {
      await openReader(page);
      await sentence(page, id, "vi").click();
      const english = sentence(page, id, "en");
      await expect.poll(() => backgroundOf(english)).not.toBe(TRANSPARENT);
      expect(await backgroundOf(english)).toBe(await backgroundOf(sentence(page, id, "vi")));
      expect(await backgroundOf(sentence(page, "p10-s1", "en"))).toBe(TRANSPARENT);
    });
  }

  test("hovering an English sentence highlights its Vietnamese", async ({ page }) => {
    await openReader(page);
    await sentence(page, "p4-s2", "en").hover();
    await expect.poll(() => backgroundOf(sentence(page, "p4-s2", "vi"))).not.toBe(TRANSPARENT);
  });
});

test.describe("layout modes on a laptop", () => {
  test.use({ viewport: { width: 1280, height: 900 } });

  test("side by side: the two languages in two columns, Vietnamese left in the Vietnamese UI", async ({ page }) => {
    await openReader(page, "vi");
    const vi = await page.locator('[data-block-id="waic-2025:p3"] p:lang(vi)').first().boundingBox();
    const en = await page.locator('[data-block-id="waic-2025:p3"] p:lang(en)').first().boundingBox();
    expect(vi && en && en.x > vi.x + vi.width - 1 && Math.abs(en.y - vi.y) < 2).toBe(true);
  });

  test("English first by default in the English UI, and the choice is kept", async ({ page }) => {
    await openReader(page, "en");
    const vi = await page.locator('[data-block-id="waic-2025:p3"] p:lang(vi)').first().boundingBox();
    const en = await page.locator('[data-block-id="waic-2025:p3"] p:lang(en)').first().boundingBox();
    expect(vi && en && vi.x > en.x + en.width - 1).toBe(true);
    await page.getByLabel("First").selectOption("vi");
    await page.reload();
    await expect(page.locator(".reader")).toHaveAttribute("data-first", "vi");
  });

  test("interleaved: each sentence directly followed by its translation", async ({ page }) => {
    await openReader(page);
    await page.getByLabel("Bố cục").selectOption("interleaved");
    const boxes = await Promise.all(
      [sentence(page, "p3-s1", "vi"), sentence(page, "p3-s1", "en"), sentence(page, "p3-s2", "vi")].map((l) => l.boundingBox()),
    );
    const [vi1, en1, vi2] = boxes;
    if (!vi1 || !en1 || !vi2) throw new Error("sentences not laid out");
    expect(en1.y).toBeGreaterThan(vi1.y + vi1.height - 1);
    expect(vi2.y).toBeGreaterThan(en1.y + en1.height - 1);
  });

  test("one language: only Vietnamese shows; tapping a sentence shows its translation", async ({ page }) => {
    await openReader(page);
    await page.getByLabel("Bố cục").selectOption("single");
    await expect(sentence(page, "p2-s2", "en")).toBeHidden();
    await expect(sentence(page, "p2-s2", "vi")).toBeVisible();
    await sentence(page, "p2-s2", "vi").click();
    const bubble = page.getByRole("dialog", { name: "Bản dịch" });
    await expect(bubble).toBeVisible();
    await expect(bubble.locator('[lang="en"]')).toHaveText("WAIC 2025 set a new record, with its exhibition area expanded to more than 70,000 square meters.");
    await page.keyboard.press("Escape");
    await expect(bubble).toBeHidden();
  });

  test("one language: a tap on a term is a tap on its sentence; the bubble lists the sentence's terms", async ({ page }) => {
    await openReader(page);
    await page.getByLabel("Bố cục").selectOption("single");
    await termLink(page, "p6-s2", "vi", "Nam bán cầu").click();
    const bubble = page.getByRole("dialog", { name: "Bản dịch" });
    await expect(bubble.locator("[data-translation-of]")).toHaveText(/Global South/);
    const terms = bubble.getByRole("listitem");
    expect(await terms.allTextContents()).toEqual(await termsOf(page, "p6-s2"));
    await bubble.getByRole("button", { name: "Nam bán cầu" }).click();
    const term = page.getByRole("dialog", { name: "Nam bán cầu" });
    await expect(term).toContainText("nhóm các nước đang phát triển");
  });

  test("the chosen mode is remembered after a reload", async ({ page }) => {
    await openReader(page);
    await page.getByLabel("Bố cục").selectOption("interleaved");
    await page.reload();
    await expect(page.locator(".reader")).toHaveAttribute("data-mode", "interleaved");
    await expect(page.getByLabel("Bố cục")).toHaveValue("interleaved");
  });
});

test.describe("cover mode", () => {
  test("hides the translation until a sentence is tapped, and records the reveal", async ({ page }) => {
    await openReader(page);
    await page.getByLabel("Bố cục").selectOption("cover");
    const english = sentence(page, "p4-s1", "en");
    await expect.poll(() => colorOf(english)).toBe(TRANSPARENT);
    expect(await colorOf(sentence(page, "p4-s2", "en"))).toBe(TRANSPARENT);

    // Tapping the masked translation reveals it…
    await english.click();
    await expect.poll(() => colorOf(english)).not.toBe(TRANSPARENT);
    expect(await colorOf(sentence(page, "p4-s2", "en"))).toBe(TRANSPARENT);
    const record = await storedRecord(page);
    expect(record.reveals.map((r) => r.sentenceId)).toEqual(["waic-2025:p4-s1"]);
    await expect(page.locator("[data-reveal-count]")).toHaveText("Số lần mở bản dịch: 1");

    // …and so does tapping the sentence itself ("Dẫn lại lời…" starts a paragraph with plain words).
    const opening = sentence(page, "p5-s1", "vi");
    await opening.click({ position: { x: 4, y: 6 } });
    await expect.poll(() => colorOf(sentence(page, "p5-s1", "en"))).not.toBe(TRANSPARENT);
    await opening.click({ position: { x: 4, y: 6 } }); // hidden again: not a reveal
    await expect.poll(() => colorOf(sentence(page, "p5-s1", "en"))).toBe(TRANSPARENT);
    expect((await storedRecord(page)).reveals.map((r) => r.sentenceId)).toEqual(["waic-2025:p4-s1", "waic-2025:p5-s1"]);
  });
});

test("cover mode: a term of a covered sentence reveals it; once revealed, the term opens its bubble", async ({ page }) => {
  await openReader(page);
  await page.getByLabel("Bố cục").selectOption("cover");
  // The covered translation's own terms can be neither seen nor reached.
  await expect(termLink(page, "p6-s2", "en", "Global South")).toBeHidden();
  const term = termLink(page, "p6-s2", "vi", "Nam bán cầu");
  await term.click();
  await expect.poll(() => colorOf(sentence(page, "p6-s2", "en"))).not.toBe(TRANSPARENT);
  await expect(page.locator("[data-reader-popover]")).toBeHidden();
  await expect(termLink(page, "p6-s2", "en", "Global South")).toBeVisible();
  await term.click();
  await expect(page.getByRole("dialog", { name: "Nam bán cầu" })).toContainText("Global South");
});

test("a link to the headline (a quiz's evidence) highlights it in both languages", async ({ page }) => {
  await page.goto("/vi/articles/waic-2025#s-waic-2025_h-s1");
  await expect(page.locator(".reader[data-hydrated]")).toBeAttached();
  for (const lang of ["vi", "en"] as const) await expect.poll(() => backgroundOf(sentenceSide(page, "h-s1", lang))).not.toBe(TRANSPARENT);
  expect(await backgroundOf(sentenceSide(page, "p1-s1", "vi"))).toBe(TRANSPARENT);
});

test.describe("glossary", () => {
  test("tapping a marked term shows its translation and note", async ({ page }) => {
    await openReader(page);
    await tapTerm(page, "p6-s2", "vi", "Nam bán cầu");
    const bubble = page.getByRole("dialog", { name: "Nam bán cầu" });
    await expect(bubble).toBeVisible();
    await expect(bubble.locator('[lang="en"]').first()).toHaveText("Global South");
    await expect(bubble).toContainText("nhóm các nước đang phát triển");
  });

  test("an English term shows the same entry, with the note in the English UI", async ({ page }) => {
    await openReader(page, "en");
    await tapTerm(page, "p4-s1", "en", "bottlenecks");
    const bubble = page.getByRole("dialog", { name: "nút thắt cổ chai" });
    await expect(bubble.locator('[lang="en"]').first()).toHaveText("bottleneck");
    await expect(bubble).toContainText("narrow neck of a bottle");
  });

  test("terms are marked from the first paint in both languages, multi-syllable ones whole and the longest first", async ({ browser }) => {
    // Without JavaScript, as the server sends it: nothing waits for a script or a fetch.
    const context = await browser.newContext({ javaScriptEnabled: false, locale: "vi-VN" });
    const page = await context.newPage();
    await page.goto(`/vi/articles/waic-2025`);
    expect(await markedTerms(page, "p9-s4", "vi")).toEqual(["Google", "Eric Schmidt", "mã nguồn mở", "Trung Quốc", "tích hợp", "lan can an toàn", "huấn luyện"]);
    expect(await markedTerms(page, "p9-s4", "en")).toEqual(["Google", "Eric Schmidt", "China", "open-source", "safety guardrails", "integrated", "training"]);
    // A term leads to its row of the printable glossary.
    await termLink(page, "p6-s2", "vi", "Nam bán cầu").click();
    await expect(page).toHaveURL(/\/vi\/articles\/waic-2025\/glossary#glossary-waic-2025_nam-ban-cau$/);
    await expect(page.locator("#glossary-waic-2025_nam-ban-cau")).toContainText("Global South");
    await context.close();
  });

  test("a term is reached with Tab, announced as a link and opened with Enter; Escape goes back to it", async ({ page }) => {
    await openReader(page);
    await page.locator(".reader-body").focus();
    await page.keyboard.press("Tab");
    const first = page.locator(".reader-body a.term").first();
    await expect(first).toBeFocused();
    const term = termLink(page, "p6-s2", "vi", "Nam bán cầu");
    await term.focus();
    await page.keyboard.press("Enter");
    const bubble = page.getByRole("dialog", { name: "Nam bán cầu" });
    await expect(bubble).toBeVisible();
    await expect(bubble).toContainText("Global South");
    await page.keyboard.press("Escape");
    await expect(bubble).toBeHidden();
    await expect(term).toBeFocused();
  });

  test("the glossary panel lists every term, finds them without accents and jumps to the first sentence", async ({ page }) => {
    await openReader(page);
    await page.getByRole("button", { name: "Thuật ngữ" }).click();
    const panel = page.getByRole("complementary", { name: "Thuật ngữ của bài" });
    await expect(panel.getByRole("listitem")).toHaveCount(82);
    await panel.getByRole("searchbox").fill("nam ban cau");
    await expect(panel.getByRole("listitem")).toHaveCount(1);
    await panel.getByRole("link", { name: "Đến câu đầu tiên có “Nam bán cầu”" }).click();
    await expect(page).toHaveURL(/#s-waic-2025_p6-s2$/);
    await expect.poll(() => backgroundOf(sentence(page, "p6-s2", "en"))).not.toBe(TRANSPARENT);
  });

  test("a term's bubble leads to its entry in the glossary panel", async ({ page }) => {
    await openReader(page, "en");
    await tapTerm(page, "p4-s2", "en", "consensus");
    await page.getByRole("button", { name: "See in the glossary" }).click();
    const entry = page.getByRole("complementary", { name: "Glossary of the article" }).locator("#glossary-waic-2025_dong-thuan");
    await expect(entry).toBeInViewport();
    await expect(entry).toContainText("consensus");
  });

  test("the printable glossary page lists the terms without JavaScript", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, locale: "vi-VN" });
    const page = await context.newPage();
    await page.goto("/vi/articles/waic-2025/glossary");
    await expect(page.locator("tbody tr")).toHaveCount(82);
    await expect(page.getByRole("link", { name: "Xem câu có thuật ngữ “Nam bán cầu”" })).toHaveAttribute(
      "href",
      "/vi/articles/waic-2025#s-waic-2025_p6-s2",
    );
    await context.close();
  });
});

test.describe("keyboard reading", () => {
  test("arrow keys and j/k move sentence by sentence; Enter hides and shows the translation", async ({ page }) => {
    await openReader(page);
    await page.getByRole("region", { name: "Bài đọc song ngữ" }).focus();
    await page.keyboard.press("ArrowDown");
    await expect(sentence(page, "p1-s1", "vi")).toBeFocused();
    await page.keyboard.press("j");
    await expect(sentence(page, "p1-s2", "vi")).toBeFocused();
    await page.keyboard.press("j");
    await expect(sentence(page, "p2-s1", "vi")).toBeFocused();
    await page.keyboard.press("k");
    await expect(sentence(page, "p1-s2", "vi")).toBeFocused();
    await expect.poll(() => backgroundOf(sentence(page, "p1-s2", "en"))).not.toBe(TRANSPARENT);

    await page.keyboard.press("Enter");
    await expect.poll(() => colorOf(sentence(page, "p1-s2", "en"))).toBe(TRANSPARENT);
    await page.keyboard.press("Enter");
    await expect.poll(() => colorOf(sentence(page, "p1-s2", "en"))).not.toBe(TRANSPARENT);
  });
});

test.describe("reading progress", () => {
  test("rises as the article is scrolled, and a paragraph can be marked by hand", async ({ page }) => {
    await page.clock.install();
    await openReader(page);
    const progress = page.getByRole("progressbar", { name: "Tiến độ đọc" });
    await expect(progress).toHaveAttribute("aria-valuenow", "0");
    for (const block of ["p1", "p2", "p3"]) {
      await page.locator(`[data-block-id="waic-2025:${block}"]`).evaluate((el) => el.scrollIntoView({ block: "center" }));
      // Reading time passes on the page's clock, two seconds a look, until the paragraph counts
      // as read: however late the browser reports it visible (a busy machine), its time comes.
      await expect
        .poll(
          async () => {
            await page.clock.runFor(2000);
            return Object.keys((await storedRecord(page)).read);
          },
          { timeout: 20_000 },
        )
        .toContain(`waic-2025:${block}`);
    }
    await expect.poll(async () => Number(await progress.getAttribute("aria-valuenow"))).toBeGreaterThan(0);
    const afterScroll = Number(await progress.getAttribute("aria-valuenow"));
    expect(Object.keys((await storedRecord(page)).read)).toEqual(expect.arrayContaining(["waic-2025:p1", "waic-2025:p2", "waic-2025:p3"]));

    const mark = page.locator('[data-mark-read="waic-2025:p10"]');
    await mark.click();
    await expect(mark).toHaveAttribute("aria-pressed", "true");
    await expect.poll(async () => Number(await progress.getAttribute("aria-valuenow"))).toBeGreaterThan(afterScroll);

    await page.reload();
    await expect(page.locator('[data-mark-read="waic-2025:p10"]')).toHaveAttribute("aria-pressed", "true");
  });
});

/** The terms marked in a sentence's Vietnamese side, each once, in reading order. */
async function termsOf(page: import("@playwright/test").Page, id: string): Promise<string[]> {
  return [...new Set(await markedTerms(page, id, "vi"))];
}
