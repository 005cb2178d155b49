import { expect, test } from "@playwright/test";
import { UI, uniqueUsername } from "./helpers/learner";

test("a made-up X-Forwarded-For does not dodge the sign-in limit", async ({ page }) => {
  // The server trusts no proxy here (TRUSTED_PROXIES is empty), so every attempt counts against
  // 127.0.0.1 whatever the client claims, including the header the server itself sets.
  const username = uniqueUsername("xff");
  const tryPassword = async (attempt: number) => {
    await page.setExtraHTTPHeaders({ "x-forwarded-for": `203.0.113.${attempt}`, "x-real-ip": `198.51.100.${attempt}`, "x-songngu-client": `192.0.2.${attempt}` });
    await page.goto("/en/sign-in");
    await page.getByLabel("Username or email").fill(username);
    await page.getByLabel(UI.en.password, { exact: true }).fill(`wrong password ${attempt}`);
    await page.getByRole("button", { name: "Sign in" }).last().click();
    return page.locator("form [role=alert]");
  };
  for (let attempt = 1; attempt <= 5; attempt++) await expect(await tryPassword(attempt)).toHaveText("Wrong username/email or password.");
  // Five free failures, then the account waits from this address whatever the headers say.
  await expect(await tryPassword(6)).toHaveText(/^Too many wrong passwords for this account\. Try again in (1[0-5]|[1-9]) seconds?, or ask your teacher to unlock it\.$/);
});

test("a join link whose code no class has answers 404 and says so, in the page's language", async ({ page }) => {
  for (const [locale, text] of [
    ["en", "No class has this code. Check it with your teacher."],
    ["vi", "Không có lớp nào với mã này. Hãy hỏi lại giáo viên."],
  ] as const) {
    const response = await page.goto(`/${locale}/join/ZZZ-ZZZ`);
    expect(response?.status()).toBe(404);
    await expect(page.locator("main p[role=alert]")).toHaveText(text);
  }
});

test("pages carry a content security policy that the app itself never trips", async ({ page }) => {
  const refused: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) refused.push(message.text());
  });
  const response = await page.goto("/vi/articles/waic-2025");
  const policy = response?.headers()["content-security-policy"] ?? "";
  for (const rule of ["default-src 'self'", "object-src 'none'", "base-uri 'self'", "frame-ancestors 'none'", "form-action 'self'"]) expect(policy).toContain(rule);
  await expect(page.locator(".reader[data-hydrated]")).toBeAttached();
  await page.goto("/en/articles/waic-2025/quiz");
  await page.getByRole("button", { name: "Start" }).click();
  await expect(page.locator("[data-attempt]")).toBeVisible();
  await page.goto("/vi/join");
  expect(refused).toEqual([]);
});

test("a server action that fails shows a page in the UI language that says nothing was saved, and whether the server can save", async ({ page }) => {
  const failActions = async () =>
    page.route("**/sign-in", (route) => (route.request().method() === "POST" ? route.fulfill({ status: 500, body: "" }) : route.continue()));
  const trySignIn = async (locale: "vi" | "en") => {
    await page.goto(`/${locale}/sign-in`);
    await page.getByLabel(locale === "vi" ? "Tên đăng nhập hoặc email" : "Username or email").fill(uniqueUsername("err"));
    await page.getByLabel(UI[locale].password, { exact: true }).fill("a password that fails");
    await page.locator("form").getByRole("button", { name: locale === "vi" ? "Đăng nhập" : "Sign in" }).click();
    return page.getByTestId("error-page");
  };
  await failActions();
  const shown = await trySignIn("en");
  await expect(shown.getByRole("heading")).toHaveText("Something went wrong");
  await expect(shown).toContainText("What you just did could not be finished, and nothing from it was saved.");

  // The database cannot take writes (what /api/ready says then): the page says so, in Vietnamese too.
  await page.route("**/api/ready", (route) => route.fulfill({ status: 503, contentType: "application/json", body: '{"ok":false}' }));
  const full = await trySignIn("vi");
  await expect(full.getByRole("heading")).toHaveText("Đã xảy ra lỗi");
  await expect(full).toContainText("Máy chủ tạm thời không lưu được dữ liệu, nên thao tác vừa rồi chưa được lưu.");

  // Try again brings the form back once the server answers.
  await page.unrouteAll();
  await full.getByRole("button", { name: "Thử lại" }).click();
  await expect(page.locator("form").getByRole("button", { name: "Đăng nhập" })).toBeVisible();
});
