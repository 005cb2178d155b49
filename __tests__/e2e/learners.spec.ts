import { join } from "node:path";
import { expect, test } from "@playwright/test";
import Database from "better-sqlite3";
import { axeViolations } from "./helpers/axe";
import { answerQuestion, signUpLearner, signUpOnPage, startQuiz, UI, waitForSave } from "./helpers/learner";
import { backgroundOf, openReader, sentenceSide, TRANSPARENT } from "./helpers/reader";

const E2E_DB = join(__dirname, "..", "..", "data", "e2e.db");

// Whole learner journeys on a 2-core machine running two browsers: more than the default 30 s.
test.describe.configure({ timeout: 90_000 });

for (const locale of ["vi", "en"] as const) {
  const ui = UI[locale];

  test(`a guest takes an immediate-mode quiz, signs up, and finds the attempt on My progress (${locale})`, async ({ page }) => {
    const attemptId = await startQuiz(page, locale, "immediate");
    const questions = page.locator("[data-question-type]");
    await expect(questions).toHaveCount(5);
    for (let i = 0; i < 5; i++) {
      const question = questions.nth(i);
      await answerQuestion(page, i);
      await question.getByRole("button", { name: ui.check }).click();
      const verdict = question.locator("[data-verdict]");
      await expect(verdict).toBeVisible();
      if ((await verdict.getAttribute("data-verdict")) === "hint") {
        // First try wrong: the evidence is shown, and one more try for no points.
        await expect(verdict.locator("blockquote p[lang=vi]").first()).not.toBeEmpty();
        await question.getByRole("button", { name: ui.tryAgain }).click();
        await expect(verdict).not.toHaveAttribute("data-verdict", "hint");
      }
      await expect(verdict).toHaveAttribute("data-verdict", /^(correct|incorrect)$/);
      // A final answer to a choice marks the right option, and the learner's own when wrong.
      if (await question.getByRole("radio").count()) {
        await expect(question.locator("[data-mark=right]")).toHaveCount(1);
        const wrong = (await verdict.getAttribute("data-verdict")) === "incorrect";
        await expect(question.locator("[data-mark=wrong]")).toHaveCount(wrong ? 1 : 0);
        if (wrong) await expect(question.locator("[data-mark=wrong] input[type=radio]")).toBeChecked();
        else await expect(question.locator("[data-mark=right] input[type=radio]")).toBeChecked();
      }
    }
    // The checks are kept: a reload shows the same verdicts.
    await page.reload();
    await expect(page.locator("[data-verdict]")).toHaveCount(5);
    await page.getByRole("button", { name: ui.submit }).click();
    await expect(page.getByTestId("score")).toBeVisible();

    await page.getByRole("link", { name: ui.keep }).click();
    await signUpOnPage(page, locale, `guest_${Date.now().toString(36)}`);
    await expect(page).toHaveURL(new RegExp(`/${locale}/progress$`));
    await expect(page.locator(`[data-attempt-row="${attemptId}"]`)).toBeVisible();
    await expect(page.locator("[data-account=user]")).toBeVisible();
  });

  test(`a learner takes a test-mode quiz, opens the evidence in the article, and completes a review session (${locale})`, async ({ page }) => {
    await signUpLearner(page, locale);
    await startQuiz(page, locale, "test", "en");
    // Four answered, one left blank (so at least one fact is missed and becomes a card).
    for (let i = 0; i < 4; i++) {
      await answerQuestion(page, i);
      await waitForSave(page);
    }
    // No verdict before submitting in test mode.
    await expect(page.locator("[data-verdict]")).toHaveCount(0);
    // A reload resumes the attempt with the four saved answers.
    await page.reload();
    await expect(page.locator("[data-answered]")).toHaveAttribute("data-answered", "4");
    page.once("dialog", (dialog) => void dialog.accept());
    await page.getByRole("button", { name: ui.submit }).click();
    await expect(page.getByTestId("score")).toBeVisible();
    await expect(page.locator("[data-question-result]")).toHaveCount(5);

    const link = page.getByRole("link", { name: ui.showInArticle }).first();
    const href = (await link.getAttribute("href"))!;
    const sentenceId = decodeURIComponent(href.split("#s-")[1]!).replace(/^waic-2025_/, "");
    await link.click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/articles/waic-2025#s-`));
    await expect(page.locator(".reader[data-hydrated]")).toBeAttached();
    for (const lang of ["vi", "en"] as const) await expect.poll(() => backgroundOf(sentenceSide(page, sentenceId, lang))).not.toBe(TRANSPARENT);
    await expect(sentenceSide(page, sentenceId, "vi")).toBeInViewport();

    await page.goto(`/${locale}/review`);
    const due = Number((await page.getByTestId("due-count").textContent())?.match(/\d+/)?.[0]);
    expect(due).toBeGreaterThan(0);
    for (let n = 0; n < 40 && !(await page.getByTestId("review-done").isVisible()); n++) {
      const card = page.locator("[data-card-kind]");
      const before = await card.getAttribute("data-card-id");
      if ((await card.getAttribute("data-card-kind")) === "term") await card.getByRole("button", { name: ui.showAnswer }).click();
      else {
        const radios = card.getByRole("radio");
        if (await radios.count()) await radios.first().check();
        else if (await card.getByRole("textbox").count()) await card.getByRole("textbox").fill("không biết");
        else if (await card.locator("select").count()) await card.locator("select").first().selectOption({ index: 1 });
        else await card.getByRole("button").filter({ hasText: "↓" }).first().click();
        await card.getByRole("button", { name: ui.check }).click();
        await expect(card.locator("[data-verdict]")).toBeVisible();
      }
      await card.getByRole("button", { name: new RegExp(`^${ui.good}`) }).click();
      await expect(page.locator(`[data-card-id="${before}"]`)).toHaveCount(0);
    }
    await expect(page.getByTestId("review-done")).toBeVisible();
    await expect(page.getByTestId("due-count")).toHaveText(/^0\b/);
  });
}

test("the quiz page's HTML and RSC payload contain none of the stored answer keys", async ({ page, request }) => {
  await signUpLearner(page, "en", "keys");
  const attemptId = await startQuiz(page, "en", "test", "vi");
  const cookies = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
  const html = await (await request.get(`/en/attempts/${attemptId}`, { headers: { cookie: cookies } })).text();
  const rsc = await (await request.get(`/en/attempts/${attemptId}`, { headers: { cookie: cookies, RSC: "1" } })).text();
  const api = await (await request.get(`/api/attempts/${attemptId}`, { headers: { cookie: cookies } })).text();
  expect(html).toContain(attemptId);
  expect(rsc.length).toBeGreaterThan(1000);

  const sqlite = new Database(E2E_DB, { readonly: true, fileMustExist: true });
  const rows = sqlite.prepare(`SELECT q.answerKey FROM QuizQuestion q JOIN Attempt a ON a.quizId = q.quizId WHERE a.id = ?`).all(attemptId) as { answerKey: string }[];
  sqlite.close();
  expect(rows).toHaveLength(5);
  let checked = 0;
  for (const { answerKey } of rows) {
    const key = JSON.parse(answerKey) as { question: { answer: Record<string, unknown>; explanation: { vi: string; en: string } }; ids: Record<string, string> };
    // The engine's ids (which encode the answer's position) and the explanations never leave the server.
    const engineIds = Object.values(key.ids).filter((id) => id !== "true" && id !== "false"); // true/false are the options' own names
    checked += engineIds.length;
    const markers = [...engineIds, key.question.explanation.en, key.question.explanation.vi, JSON.stringify(key.question.answer)];
    for (const body of [html, rsc, api]) for (const marker of markers) expect(body).not.toContain(marker);
  }
  expect(checked).toBeGreaterThan(0);
  for (const body of [html, rsc, api]) expect(body).not.toMatch(/\\?"(answerKey|accepted|expected)\\?"|\\?"explanation\\?":\{/);
});

test("a quiz opened without JavaScript says it needs it and shows no dead buttons", async ({ browser }) => {
  const withScript = await browser.newContext();
  const page = await withScript.newPage();
  await signUpLearner(page, "vi", "nojs");
  const attemptId = await startQuiz(page, "vi", "test");
  const withoutScript = await browser.newContext({ javaScriptEnabled: false, storageState: await withScript.storageState() });
  const plain = await withoutScript.newPage();
  await plain.goto(`/vi/attempts/${attemptId}`);
  await expect(plain.getByTestId("needs-javascript")).toHaveText(/cần JavaScript/u);
  await expect(plain.locator("[data-question-type]")).toHaveCount(5);
  await expect(plain.getByRole("button", { name: UI.vi.submit })).toBeHidden();
  // With JavaScript the notice is not shown and the quiz can be submitted.
  await expect(page.getByTestId("needs-javascript")).toHaveCount(0);
  await expect(page.getByRole("button", { name: UI.vi.submit })).toBeVisible();
  await withScript.close();
  await withoutScript.close();
});

test("learner B gets a 404 for learner A's attempt, page and API alike", async ({ browser }) => {
  const a = await browser.newPage();
  await signUpLearner(a, "vi", "owner");
  const attemptId = await startQuiz(a, "vi", "test");
  const b = await browser.newPage();
  await signUpLearner(b, "vi", "other");
  const page = await b.goto(`/vi/attempts/${attemptId}`);
  expect(page?.status()).toBe(404);
  const api = await b.request.get(`/api/attempts/${attemptId}`);
  expect(api.status()).toBe(404);
  const submit = await b.request.post(`/api/attempts/${attemptId}/submit`, { data: {}, headers: { "content-type": "application/json" } });
  expect(submit.status()).toBe(404);
  await a.close();
  await b.close();
});

test("sign-in errors are shown in the UI language and the pages have no axe violations", async ({ page }) => {
  for (const [locale, message] of [
    ["vi", "Tên đăng nhập/email hoặc mật khẩu không đúng."],
    ["en", "Wrong username/email or password."],
  ] as const) {
    await page.goto(`/${locale}/sign-in`);
    await page.getByLabel(locale === "vi" ? "Tên đăng nhập hoặc email" : "Username or email").fill(`nobody_${Date.now().toString(36)}`);
    await page.getByLabel(UI[locale].password, { exact: true }).fill("wrong password");
    await page.getByRole("button", { name: locale === "vi" ? "Đăng nhập" : "Sign in" }).last().click();
    await expect(page.locator("form [role=alert]")).toHaveText(message);
    expect(await axeViolations(page)).toEqual([]);
  }
});

test("the quiz, results, review and progress pages have no axe violations", async ({ page }) => {
  await signUpLearner(page, "en", "axe");
  await page.goto("/en/articles/waic-2025/quiz");
  const axe = () => axeViolations(page);
  expect(await axe()).toEqual([]);
  await startQuiz(page, "en", "test");
  expect(await axe()).toEqual([]);
  for (let i = 0; i < 5; i++) await answerQuestion(page, i);
  await waitForSave(page);
  await page.getByRole("button", { name: "Submit" }).click();
  await expect(page.getByTestId("score")).toBeVisible();
  expect(await axe()).toEqual([]);
  await page.goto("/en/progress");
  await expect(page.locator("[data-attempt-row]")).toHaveCount(1);
  expect(await axe()).toEqual([]);
  await page.goto("/en/review");
  expect(await axe()).toEqual([]);
});

test("what a visitor read in this browser moves to the account, and follows them to another browser", async ({ page, browser }) => {
  await openReader(page, "en");
  for (const block of ["p1", "p2"]) {
    const mark = page.locator(`[data-mark-read="waic-2025:${block}"]`);
    await mark.scrollIntoViewIfNeeded();
    await mark.click();
    await expect(mark).toHaveAttribute("aria-pressed", "true");
  }
  const username = await signUpLearner(page, "en", "reader");
  const reading = page.locator('[data-reading="waic-2025"]');
  await expect(reading).toContainText(/[1-9]\d?% read/);

  const other = await browser.newPage();
  await other.goto("/en/sign-in");
  await other.getByLabel("Username or email").fill(username);
  await other.getByLabel("Password", { exact: true }).fill("mật khẩu dài 123");
  await other.locator("form").getByRole("button", { name: "Sign in" }).click();
  await expect(other).toHaveURL(/\/en\/progress$/);
  await openReader(other, "en");
  await expect(other.locator('[data-mark-read="waic-2025:p2"]')).toHaveAttribute("aria-pressed", "true");
  await other.close();
});
