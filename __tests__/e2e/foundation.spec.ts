import { expect, test } from "@playwright/test";

const ARTICLE = "/articles/waic-2025";
const TITLE_VI = "AI giúp công ty Trung Quốc tăng 20% hiệu suất sản xuất, giảm 35% lỗi sản phẩm";
const TITLE_EN = "AI helps Chinese companies raise production efficiency by 20% and cut product defects by 35%";

test.describe("locale routing", () => {
  test("a Vietnamese browser lands on /vi", async ({ browser }) => {
    const context = await browser.newContext({ locale: "vi-VN" });
    const page = await context.newPage();
    await page.goto("/");
    await expect(page).toHaveURL(/\/vi$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "vi");
    await expect(page).toHaveTitle("Song Ngữ — đọc báo song ngữ Việt – Anh");
    await context.close();
  });

  test("an English browser lands on /en", async ({ browser }) => {
    const context = await browser.newContext({ locale: "en-US" });
    const page = await context.newPage();
    await page.goto("/");
    await expect(page).toHaveURL(/\/en$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Read a real news article in two languages");
    await context.close();
  });
});

test("from the home page to the article, in Vietnamese", async ({ page }) => {
  await page.goto("/vi");
  const card = page.getByRole("article").filter({ hasText: TITLE_VI });
  await expect(card.getByText(TITLE_EN)).toBeVisible();
  await card.getByRole("link", { name: "Đọc bài song ngữ" }).click();
  await expect(page).toHaveURL(/\/vi\/articles\/waic-2025$/);
  await expect(page).toHaveTitle(`${TITLE_VI} · Song Ngữ`);
  const h1 = page.getByRole("heading", { level: 1 });
  await expect(h1.locator('[lang="vi"]')).toHaveText(TITLE_VI);
  await expect(h1.locator('[lang="en"]')).toHaveText(TITLE_EN);
  const pair = page.locator('[data-sentence-id="waic-2025:p10-s1"]');
  await expect(pair.first()).toContainText("Kế hoạch Hành động Toàn cầu về Quản trị AI");
  await expect(pair.last()).toContainText("Global AI Governance Action Plan");
});

test("the article page declares its language versions", async ({ page }) => {
  await page.goto(`/en${ARTICLE}`);
  const alternates = page.locator('link[rel="alternate"][hreflang]');
  await expect(alternates).toHaveCount(3);
  await expect(page.locator('link[hreflang="vi"]')).toHaveAttribute("href", /\/vi\/articles\/waic-2025$/);
  await expect(page.locator('link[hreflang="en"]')).toHaveAttribute("href", /\/en\/articles\/waic-2025$/);
  await expect(page.locator('link[hreflang="x-default"]')).toHaveAttribute("href", /\/vi\/articles\/waic-2025$/);
  await expect(page.locator('meta[name="description"]')).toHaveAttribute("content", /^Read in Vietnamese and English/);
});

test("the language switcher keeps the reader on the same article", async ({ page }) => {
  await page.goto(`/vi${ARTICLE}`);
  await page.getByRole("navigation", { name: "Ngôn ngữ giao diện" }).getByRole("link", { name: "English" }).click();
  await expect(page).toHaveURL(new RegExp(`/en${ARTICLE}$`));
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("region", { name: "Bilingual article" })).toBeVisible();
});

test("the editor's note on Hinton is visible next to its sentence", async ({ page }) => {
  await page.goto(`/en${ARTICLE}`);
  await page.getByRole("link", { name: "See the editor's note on this sentence" }).first().click();
  const note = page.getByRole("complementary", { name: "Editor's note" });
  await expect(note).toBeVisible();
  await expect(note).toContainText("Geoffrey Hinton");
});

test("an unknown article is a localized 404", async ({ page }) => {
  const response = await page.goto("/vi/articles/khong-co-bai-nay");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Không tìm thấy trang");
});

test.describe("on a laptop-sized screen", () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test("paragraphs sit side by side, starting level", async ({ page }) => {
    await page.goto(`/vi${ARTICLE}`);
    const block = page.locator('[data-block-id="waic-2025:p3"]');
    const vi = await block.locator('p[lang="vi"]').boundingBox();
    const en = await block.locator('p[lang="en"]').boundingBox();
    if (!vi || !en) throw new Error("paragraph not laid out");
    expect(en.x).toBeGreaterThan(vi.x + vi.width - 1);
    expect(Math.abs(en.y - vi.y)).toBeLessThan(2);
  });
});

test("the health check reports the database", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ ok: true, database: "up" });
});

test("pages carry the security headers", async ({ request }) => {
  const response = await request.get(`/vi${ARTICLE}`);
  expect(response.headers()["x-content-type-options"]).toBe("nosniff");
  expect(response.headers()["x-frame-options"]).toBe("DENY");
  expect(response.headers()["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(response.headers()["x-powered-by"]).toBeUndefined();
});
