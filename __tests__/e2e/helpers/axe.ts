import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/**
 * Accessibility violations on the page (WCAG 2.1 A and AA, or 2.2 AA as well), as "rule:
 * selectors". Next.js streams a page's <title> after its body, and a refresh replaces it: the
 * check waits for the title, or it would catch the moment between.
 */
export async function axeViolations(page: Page, { wcag22 = false } = {}): Promise<string[]> {
  await expect(page).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page }).withTags(wcag22 ? [...WCAG, "wcag22aa"] : WCAG).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`);
}
