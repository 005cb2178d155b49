import { expect, test } from "@playwright/test";
import { startQuiz, UI, waitForSave } from "./helpers/learner";

// Answers on a network that is slow or drops requests: none is lost, none is claimed saved
// before the server has it, and a quiz is never graded without one.
test.describe.configure({ timeout: 60_000 });

test("an option tapped before the page's code has loaded is saved once it has", async ({ page }) => {
  const attemptId = await startQuiz(page, "en", "test");
  // The page again, its scripts held back until the tap is made: the form is there, its code is not.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route("**/_next/static/chunks/*.js", async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(`/en/attempts/${attemptId}`, { waitUntil: "commit" });
  const first = page.locator('[data-question-type] input[type="radio"]').first();
  await first.check();
  const value = await first.getAttribute("value");
  // Nothing ran yet: the counter is still the server's.
  await expect(page.locator("[data-answered]")).toHaveAttribute("data-answered", "0");
  release();
  await expect(page.locator("[data-answered]")).toHaveAttribute("data-answered", "1", { timeout: 20_000 });
  await waitForSave(page);
  await page.unrouteAll({ behavior: "ignoreErrors" });
  await page.reload();
  await expect(page.locator(`input[type="radio"][value="${value}"]`)).toBeChecked();
  await expect(page.locator("[data-answered]")).toHaveAttribute("data-answered", "1");
});

test("a save the network drops is sent again, and Submit waits until every answer is saved", async ({ page }) => {
  const attemptId = await startQuiz(page, "en", "test");
  let dropping = true;
  let dropped = 0;
  await page.route(`**/api/attempts/${attemptId}/answers`, async (route) => {
    if (!dropping) return route.continue();
    dropped++;
    return dropped % 2 === 1 ? route.abort("internetdisconnected") : route.fulfill({ status: 503, contentType: "application/json", body: "{}" });
  });
  const radios = page.locator('[data-question-type] input[type="radio"]');
  await radios.first().check();
  await expect(page.locator("[data-save-state]")).toHaveAttribute("data-save-state", "failed");
  await expect(page.locator("[data-save-state]")).toHaveText("Not saved yet — trying again…");
  // Submitting now would grade the quiz without that answer: it is refused, and says why.
  page.once("dialog", (dialog) => void dialog.accept());
  await page.getByRole("button", { name: UI.en.submit }).click();
  await expect(page.locator("p[role=alert]")).toHaveText("Some answers are not saved yet. Check your connection, then press Submit again.");
  await expect(page.locator("[data-attempt]")).toBeVisible();
  expect(dropped).toBeGreaterThanOrEqual(2);
  // The network is back: the retry gets through without another tap.
  dropping = false;
  await expect(page.locator("[data-save-state]")).toHaveAttribute("data-save-state", "saved", { timeout: 40_000 });
  await page.reload();
  await expect(radios.first()).toBeChecked();
});
