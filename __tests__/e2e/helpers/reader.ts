import { expect, type Locator, type Page } from "@playwright/test";

export const ARTICLE_PATH = "/articles/waic-2025";
export const RECORD_KEY = "songngu:reading:v1:waic-2025";

/** Opens the article and waits until the reader's controls are live. */
export async function openReader(page: Page, locale: "vi" | "en" = "vi"): Promise<void> {
  await page.goto(`/${locale}${ARTICLE_PATH}`);
  await expect(page.locator(".reader[data-hydrated]")).toBeAttached();
}

/** One side of a sentence pair. */
export function sentence(page: Page, id: string, lang: "vi" | "en"): Locator {
  return page.locator(`.reader-body .s[data-sentence-id="waic-2025:${id}"]:lang(${lang})`);
}

export async function backgroundOf(locator: Locator): Promise<string> {
  return locator.evaluate((el) => getComputedStyle(el).backgroundColor);
}

export async function colorOf(locator: Locator): Promise<string> {
  return locator.evaluate((el) => getComputedStyle(el).color);
}

export const TRANSPARENT = "rgba(0, 0, 0, 0)";

/** The learner's reading record as stored in the browser. */
export async function storedRecord(page: Page): Promise<{ read: Record<string, number>; reveals: { sentenceId: string; at: number }[] }> {
  const raw = await page.evaluate((key) => window.localStorage.getItem(key), RECORD_KEY);
  return raw ? JSON.parse(raw) : { read: {}, reveals: [] };
}
