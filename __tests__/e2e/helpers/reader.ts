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

/** A first keystroke: the reader fetches the glossary (and draws the terms) once the
 * learner starts doing something on the page. */
export async function startReading(page: Page): Promise<void> {
  await page.keyboard.press("Shift");
}

/** Texts of the glossary terms drawn in one side of a sentence pair (CSS highlights). */
export async function markedTerms(page: Page, id: string, lang: "vi" | "en"): Promise<string[]> {
  return page.evaluate(
    ([sentenceId, l]) =>
      [...(CSS.highlights.get("glossary-term") ?? [])]
        .filter((r) => {
          const span = (r as Range).startContainer.parentElement?.closest<HTMLElement>(".s");
          return span?.dataset.sentenceId === `waic-2025:${sentenceId}` && span.matches(`:lang(${l})`);
        })
        .map((r) => r.toString()),
    [id, lang] as const,
  );
}

/** Taps (clicks) the middle of a marked term in a sentence, until its bubble opens (on a
 * loaded machine the page can still shift between measuring the term and the tap). */
export async function tapTerm(page: Page, id: string, lang: "vi" | "en", text: string): Promise<void> {
  await startReading(page);
  await expect.poll(() => markedTerms(page, id, lang)).toContain(text);
  await expect(async () => {
    const point = await page.evaluate(
      ([sentenceId, l, t]) => {
        const range = [...(CSS.highlights.get("glossary-term") ?? [])].find((r) => {
          const span = (r as Range).startContainer.parentElement?.closest<HTMLElement>(".s");
          return span?.dataset.sentenceId === `waic-2025:${sentenceId}` && span.matches(`:lang(${l})`) && r.toString() === t;
        }) as Range | undefined;
        if (!range) return null;
        // Bring the term itself to the middle of the screen, clear of the sticky toolbar.
        const first = range.getClientRects()[0];
        if (first) window.scrollBy({ top: first.top - window.innerHeight / 2, behavior: "instant" });
        const rect = range.getClientRects()[0];
        return rect ? { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 } : null;
      },
      [id, lang, text] as const,
    );
    if (!point) throw new Error(`term "${text}" not drawn`);
    await page.mouse.click(point.x, point.y);
    await expect(page.locator("[data-reader-popover]")).toBeVisible({ timeout: 2000 });
  }).toPass({ timeout: 15_000 });
}
