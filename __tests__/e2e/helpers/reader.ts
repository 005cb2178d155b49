import { expect, type Locator, type Page } from "@playwright/test";

export const ARTICLE_PATH = "/articles/waic-2025";
const RECORD_KEY = "songngu:reading:v1:waic-2025";

/** Opens the article and waits until the reader's controls are live. */
export async function openReader(page: Page, locale: "vi" | "en" = "vi"): Promise<void> {
  await page.goto(`/${locale}${ARTICLE_PATH}`);
  await expect(page.locator(".reader[data-hydrated]")).toBeAttached();
}

/** One side of a sentence pair. */
export function sentence(page: Page, id: string, lang: "vi" | "en"): Locator {
  return page.locator(`.reader-body .s[data-sentence-id="waic-2025:${id}"]:lang(${lang})`);
}

/** One side of a sentence pair anywhere in the reader, the headline (one element holding both
 * languages) included. */
export function sentenceSide(page: Page, id: string, lang: "vi" | "en"): Locator {
  const sel = `[data-sentence-id="waic-2025:${id}"]`;
  return page.locator(`.reader .s${sel}:lang(${lang}), .reader ${sel}:not(.s) > [lang="${lang}"]`);
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

/** A first keystroke: the reader fetches the glossary's notes at the latest then. */
export async function startReading(page: Page): Promise<void> {
  await page.keyboard.press("Shift");
}

/** The glossary terms marked in one side of a sentence pair (links in the server's markup). */
export function termLink(page: Page, id: string, lang: "vi" | "en", text: string): Locator {
  return sentence(page, id, lang).locator("a.term").filter({ hasText: new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`) }).first();
}

/** Texts of the glossary terms marked in one side of a sentence pair, in reading order. */
export async function markedTerms(page: Page, id: string, lang: "vi" | "en"): Promise<string[]> {
  return sentence(page, id, lang).locator("a.term").allTextContents();
}

/** Taps (clicks) a marked term of a sentence until its bubble opens (on a loaded machine
 * the page can still shift between finding the term and the tap). */
export async function tapTerm(page: Page, id: string, lang: "vi" | "en", text: string): Promise<void> {
  await expect(async () => {
    await termLink(page, id, lang, text).click({ timeout: 2000 });
    await expect(page.locator("[data-reader-popover]")).toBeVisible({ timeout: 2000 });
  }).toPass({ timeout: 15_000 });
}
