import { axeViolations } from "./helpers/axe";
import { expect, test } from "@playwright/test";
import { ARTICLE_PATH, openReader, sentence } from "./helpers/reader";

const MODES = [
  { value: "side", vi: "Song song" },
  { value: "interleaved", vi: "Xen kẽ từng câu" },
  { value: "single", vi: "Một ngôn ngữ" },
  { value: "cover", vi: "Che bản dịch" },
] as const;

test.describe("accessibility (axe)", () => {
  for (const locale of ["vi", "en"] as const) {
    for (const mode of MODES) {
      test(`no violations in ${mode.value} mode, ${locale} UI`, async ({ page }) => {
        await openReader(page, locale);
        await page.locator(".reader-toolbar select").first().selectOption(mode.value);
        await expect(page.locator(".reader")).toHaveAttribute("data-mode", mode.value);
        expect(await axeViolations(page, { wcag22: true })).toEqual([]);
      });
    }
  }
});

test("no violations with the listen controls and the glossary panel open", async ({ page }) => {
  await openReader(page, "en");
  await page.getByRole("button", { name: "Listen" }).click();
  await page.getByRole("button", { name: "Glossary" }).click();
  await expect(page.getByRole("complementary", { name: "Glossary of the article" }).getByRole("listitem").first()).toBeVisible();
  expect(await axeViolations(page, { wcag22: true })).toEqual([]);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });

  test("the article reads side by side and the controls are not shown", async ({ page }) => {
    await page.goto(`/vi${ARTICLE_PATH}`);
    await expect(page.locator(".reader-toolbar")).toBeHidden();
    await expect(page.locator(".mark-read").first()).toBeHidden();
    const vi = await sentence(page, "p6-s1", "vi").boundingBox();
    const en = await sentence(page, "p6-s1", "en").boundingBox();
    expect(vi && en && en.x > vi.x + 200).toBe(true);
    await expect(sentence(page, "p6-s1", "en")).toContainText("First, on sharing benefits fairly");
  });
});

test.describe("printing", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("gives a two-column bilingual handout without navigation or controls, whatever the mode", async ({ page }) => {
    await openReader(page);
    await page.locator(".reader-toolbar select").first().selectOption("single");
    await page.emulateMedia({ media: "print" });
    await expect(page.locator(".reader-toolbar")).toBeHidden();
    await expect(page.getByRole("navigation", { name: "Ngôn ngữ giao diện" })).toBeHidden();
    await expect(page.locator(".mark-read").first()).toBeHidden();
    const vi = await page.locator('[data-block-id="waic-2025:p2"] p:lang(vi)').first().boundingBox();
    const en = await page.locator('[data-block-id="waic-2025:p2"] p:lang(en)').first().boundingBox();
    expect(vi && en && en.x > vi.x + vi.width - 1 && Math.abs(en.y - vi.y) < 2).toBe(true);
  });
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test("the default layout is interleaved, without any shift after loading", async ({ page }) => {
    await openReader(page);
    await expect(page.locator(".reader")).toHaveAttribute("data-mode", "auto");
    await expect(page.getByLabel("Bố cục")).toHaveValue("interleaved");
    const vi1 = await sentence(page, "p2-s1", "vi").boundingBox();
    const en1 = await sentence(page, "p2-s1", "en").boundingBox();
    const vi2 = await sentence(page, "p2-s2", "vi").boundingBox();
    if (!vi1 || !en1 || !vi2) throw new Error("not laid out");
    expect(en1.y).toBeGreaterThan(vi1.y);
    expect(vi2.y).toBeGreaterThan(en1.y);
  });

  test("the header keeps one row and the toolbar leaves the text at least 85% of the screen, in every mode", async ({ page }) => {
    await openReader(page);
    const header = page.locator("body > header");
    const items = header.locator(":scope > div > *");
    const tops = await items.evaluateAll((els) => els.map((el) => Math.round(el.getBoundingClientRect().top + el.getBoundingClientRect().height / 2)));
    expect(Math.max(...tops) - Math.min(...tops)).toBeLessThanOrEqual(4);
    expect((await header.boundingBox())?.height).toBeLessThan(60);
    // The account links are one tap away.
    await page.getByRole("button", { name: "Trình đơn" }).click();
    await expect(page.getByRole("link", { name: "Đăng nhập" })).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(page.getByRole("link", { name: "Đăng nhập" })).toBeHidden();
    for (const mode of MODES) {
      await page.getByLabel("Bố cục").selectOption(mode.value);
      await page.mouse.wheel(0, 900);
      const toolbar = await page.locator(".reader-toolbar").boundingBox();
      expect(toolbar && toolbar.y).toBe(0); // stuck to the top
      expect((toolbar?.height ?? 1000) / 844).toBeLessThanOrEqual(0.15);
      // The chosen layout's name is not cut off.
      const select = page.getByLabel("Bố cục");
      const cut = await select.evaluate((el: HTMLSelectElement) => {
        const probe = document.createElement("span");
        probe.style.cssText = `position:absolute;white-space:nowrap;font:${getComputedStyle(el).font}`;
        probe.textContent = el.selectedOptions[0]?.text ?? "";
        document.body.append(probe);
        const text = probe.getBoundingClientRect().width;
        probe.remove();
        return text > el.clientWidth - 28; // padding and the arrow
      });
      expect({ mode: mode.value, cut }).toEqual({ mode: mode.value, cut: false });
    }
  });

  test("tapping in cover mode reveals the translation below the sentence", async ({ page }) => {
    await openReader(page);
    await page.getByLabel("Bố cục").selectOption("cover");
    await sentence(page, "p7-s1", "vi").tap();
    await expect
      .poll(() => sentence(page, "p7-s1", "en").evaluate((el) => getComputedStyle(el).color))
      .not.toBe("rgba(0, 0, 0, 0)");
  });
});
