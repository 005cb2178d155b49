import { expect, type Page } from "@playwright/test";

export type Locale = "vi" | "en";

/** Labels the learner flows click, per UI language (as in messages/*.json). */
export const UI = {
  vi: {
    start: "Bắt đầu",
    submit: "Nộp bài",
    check: "Kiểm tra",
    tryAgain: "Thử lại (không tính điểm)",
    signUp: "Tạo tài khoản",
    username: "Tên đăng nhập",
    password: "Mật khẩu",
    keep: "Đăng ký để giữ kết quả này",
    showInArticle: "Xem trong bài báo",
    showAnswer: "Hiện đáp án",
    good: "Nhớ",
    lengthFive: "5 câu",
    languageVi: "Tiếng Việt",
    languageEn: "Tiếng Anh",
    immediate: /^Ngay lập tức/,
    test: /^Kiểm tra: xem kết quả/,
  },
  en: {
    start: "Start",
    submit: "Submit",
    check: "Check",
    tryAgain: "Try again (for no points)",
    signUp: "Create account",
    username: "Username",
    password: "Password",
    keep: "Sign up to keep this result",
    showInArticle: "Show in the article",
    showAnswer: "Show the answer",
    good: "Good",
    lengthFive: "5 questions",
    languageVi: "Vietnamese",
    languageEn: "English",
    immediate: /^Immediate/,
    test: /^Test: see the results/,
  },
} as const;

/** A username no other test (or earlier run on the same database) has used. */
export function uniqueUsername(prefix: string): string {
  return `${prefix}_${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
}

/** Starts a 5-question quiz on the seed article from its quiz page. */
export async function startQuiz(page: Page, locale: Locale, mode: "immediate" | "test", language: "vi" | "en" = "vi"): Promise<string> {
  const ui = UI[locale];
  await page.goto(`/${locale}/articles/waic-2025/quiz`);
  await page.getByLabel(ui.lengthFive).check();
  await page.getByLabel(language === "vi" ? ui.languageVi : ui.languageEn, { exact: true }).check();
  await page.getByLabel(mode === "immediate" ? ui.immediate : ui.test).check();
  await page.getByRole("button", { name: ui.start }).click();
  await expect(page).toHaveURL(new RegExp(`/${locale}/attempts/[a-z0-9]+$`));
  await expect(page.locator("[data-attempt]")).toBeVisible();
  return page.url().split("/").at(-1)!;
}

/** Gives some answer to one question (the first choice, a typed word, the first match). */
export async function answerQuestion(page: Page, index: number): Promise<void> {
  const question = page.locator("[data-question-type]").nth(index);
  const type = await question.getAttribute("data-question-type");
  const radios = question.getByRole("radio");
  const text = question.getByRole("textbox");
  if (await radios.count()) await radios.first().check();
  else if (await text.count()) await text.fill("không biết");
  else if (await question.locator("select").count()) {
    const selects = question.locator("select");
    for (let i = 0; i < (await selects.count()); i++) await selects.nth(i).selectOption({ index: 1 });
  } else if (type === "ordering") {
    // Every other ordering is answered as shown, without moving an item.
    const keep = question.getByRole("button", { name: /^(This order is my answer|Giữ nguyên thứ tự này làm câu trả lời)$/u });
    if (index % 2 === 0) await keep.click();
    else await question.getByRole("button").filter({ hasText: "↓" }).first().click();
    await expect(keep).toHaveCount(0);
  }
}

/** Waits for the autosave of the last answer. */
export async function waitForSave(page: Page): Promise<void> {
  await expect(page.locator("[data-save-state]")).toHaveAttribute("data-save-state", "saved");
}

export async function signUpOnPage(page: Page, locale: Locale, username: string): Promise<void> {
  const ui = UI[locale];
  await page.getByLabel(ui.username, { exact: true }).fill(username);
  await page.getByLabel(ui.password, { exact: true }).fill("mật khẩu dài 123");
  await page.getByRole("button", { name: ui.signUp }).click();
}

/** Signs up a new learner through the form and returns their username. */
export async function signUpLearner(page: Page, locale: Locale, prefix = "hs"): Promise<string> {
  const username = uniqueUsername(prefix);
  await page.goto(`/${locale}/sign-up`);
  await signUpOnPage(page, locale, username);
  await expect(page).toHaveURL(new RegExp(`/${locale}/progress$`));
  return username;
}
