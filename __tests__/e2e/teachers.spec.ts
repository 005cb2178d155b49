import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { axeViolations } from "./helpers/axe";
import { signUpLearner, signUpOnPage, uniqueUsername } from "./helpers/learner";
import { answerAllRight, resetTokenFor, sessionCountFor, signUpTeacher, TEACHER_UI } from "./helpers/teacher";

// A teacher and a learner in two browsers, through a whole assignment: longer than the default.
test.describe.configure({ timeout: 150_000 });

const axe = (page: Page) => axeViolations(page);

/** Guided reading to the end: each paragraph's check answered (another choice after a miss). */
async function readGuided(page: Page, ui: (typeof TEACHER_UI)["vi" | "en"]) {
  const finished = page.getByTestId("guided-finished");
  const progress = page.getByTestId("guided-progress");
  const verdict = page.getByTestId("guided-verdict");
  const snapshot = async () => `${await progress.textContent()}|${await verdict.textContent()}|${await finished.count()}`;
  let lastProgress = "";
  for (let step = 0; step < 40 && (await finished.count()) === 0; step++) {
    const before = await snapshot();
    const now = (await progress.textContent()) ?? "";
    const radios = page.locator('section[aria-labelledby="guided-check"] input[type=radio]');
    if ((await radios.count()) > 0) {
      // The first choice; on the same paragraph again (a miss), the second.
      await radios.nth(now === lastProgress ? 1 : 0).check();
      await page.getByRole("button", { name: ui.check, exact: true }).click();
    } else {
      await page.getByRole("button", { name: ui.continue }).click();
    }
    lastProgress = now;
    await expect.poll(snapshot).not.toBe(before);
  }
  await expect(finished).toBeVisible();
}

for (const locale of ["vi", "en"] as const) {
  const ui = TEACHER_UI[locale];
  const guided = locale === "vi";

  test(`a teacher assigns the article with a quiz; a learner joins, reads and passes; the dashboard and CSV show it (${locale})`, async ({ page: teacher, browser }, info) => {
    // The teacher: a class, then the assignment with only true/false questions left on.
    await signUpTeacher(teacher, locale, "Cô Hà Phương");
    const className = `Lớp ${info.project.name} ${Date.now().toString(36)}`;
    await teacher.getByLabel(ui.className).fill(className);
    await teacher.getByRole("button", { name: ui.createClass }).click();
    await expect(teacher).toHaveURL(new RegExp(`/${locale}/classes/[a-z0-9]+$`));
    const code = (await teacher.getByTestId("join-code").textContent())!.trim();
    expect(code).toMatch(/^[2-9A-Z]{3}-[2-9A-Z]{3}$/);
    await expect(teacher.getByRole("img", { name: /QR/ })).toBeVisible();
    expect(await axe(teacher)).toEqual([]);

    await teacher.getByRole("link", { name: ui.assign }).click();
    await teacher.getByLabel(ui.readPercent).fill(guided ? "100" : "30");
    if (guided) await teacher.getByLabel(ui.guided).check();
    await teacher.getByLabel(ui.passMark).fill("60");
    await teacher.getByLabel(ui.attempts).fill("2");
    await teacher.getByLabel(ui.fiveQuestions).check();
    await teacher.getByLabel(ui.testMode).check();
    await teacher.getByRole("button", { name: ui.next }).click();
    await expect(teacher).toHaveURL(new RegExp(`/${locale}/classes/[a-z0-9]+/assignments/(?!new$)[a-z0-9]+$`));
    const dashboardUrl = teacher.url();
    await teacher.getByRole("button", { name: ui.switchAllOff }).click();
    await expect(teacher.getByTestId("kept-count")).toHaveText(/(^|\s)0( of |\/)\d+/);
    const group = teacher.locator('[data-question-group="true-false"]');
    await group.locator("summary").click();
    await group.getByRole("button", { name: ui.groupOn }).click();
    await expect(group.locator("input[type=checkbox]:checked").first()).toBeVisible();
    expect(await axe(teacher)).toEqual([]);
    await teacher.getByRole("button", { name: ui.publish }).click();
    await expect(teacher.getByTestId("learner-table").or(teacher.getByTestId("dashboard-summary"))).toBeVisible();

    // The learner: the join link, signing up on the way, then the assignment.
    // The learner in a browser of their own, the same kind of device as the teacher's.
    const { viewport, userAgent, deviceScaleFactor, isMobile, hasTouch, locale: browserLocale } = info.project.use;
    const learnerContext = await browser.newContext({ viewport, userAgent, deviceScaleFactor, isMobile, hasTouch, locale: browserLocale });
    const learner = await learnerContext.newPage();
    await learner.goto(`/${locale}/join/${code}`);
    await learner.getByRole("main").getByRole("link", { name: ui.joinSignUp }).click();
    // The sign-up page says which class the account is for.
    await expect(learner.getByTestId("joining-class")).toContainText(className);
    await expect(learner.getByTestId("joining-class")).toContainText("Cô Hà Phương");
    const username = uniqueUsername("hs");
    await signUpOnPage(learner, locale, username);
    await expect(learner).toHaveURL(new RegExp(`/${locale}/join/${code.replace("-", "")}$`));
    await learner.getByRole("button", { name: ui.joinSubmit }).click();
    await expect(learner).toHaveURL(new RegExp(`/${locale}/assignments\\?joined=`));
    const card = learner.locator("[data-assignment]").first();
    await expect(card.locator("[data-status]")).toHaveText(ui.notStarted);
    await card.getByRole("link").first().click();
    await expect(learner).toHaveURL(new RegExp(`/${locale}/assignments/[a-z0-9]+$`));

    if (guided) {
      expect(await axe(learner)).toEqual([]);
      await learner.getByRole("link", { name: ui.guidedStart }).click();
      await expect(learner.getByTestId("guided-progress")).toBeVisible();
      expect(await axe(learner)).toEqual([]);
      await readGuided(learner, ui);
      await learner.getByTestId("guided-finished").click();
      await expect(learner.getByTestId("read-percent")).toContainText("100%");
    } else {
      const assignmentUrl = learner.url();
      await learner.getByRole("link", { name: ui.openArticle }).click();
      await expect(learner.locator(".reader[data-hydrated]")).toBeAttached();
      for (const block of ["p1", "p2", "p3", "p4"]) {
        const mark = learner.locator(`[data-mark-read="waic-2025:${block}"]`);
        await mark.scrollIntoViewIfNeeded();
        await mark.click();
        await expect(mark).toHaveAttribute("aria-pressed", "true");
      }
      // Straight back to the assignment: the page sends what this browser read and shows it.
      await learner.goto(assignmentUrl);
      await expect(learner.getByTestId("read-percent")).toContainText(/[3-9]\d%|100%/, { timeout: 15_000 });
    }

    await learner.getByRole("button", { name: ui.takeQuiz }).click();
    await expect(learner).toHaveURL(new RegExp(`/${locale}/attempts/[a-z0-9]+$`));
    const attemptId = learner.url().split("/").at(-1)!;
    expect(await answerAllRight(learner, attemptId)).toBe(5);
    learner.once("dialog", (dialog) => void dialog.accept());
    await learner.getByRole("button", { name: ui.submit }).click();
    await expect(learner.getByTestId("score")).toContainText("5/5");
    await learner.goto(`/${locale}/assignments`);
    await expect(learner.locator("[data-assignment] [data-status]").first()).toHaveText(ui.passed);

    // Back to the teacher: the dashboard, the binder and the CSV.
    await teacher.goto(dashboardUrl);
    const row = teacher.locator(`[data-learner="${username}"]`);
    await expect(row).toContainText(guided ? "100%" : /[3-9]\d%|100%/);
    await expect(row.locator("[data-status]")).toHaveText(ui.passed);
    await expect(row.locator("[data-passed]")).toHaveAttribute("data-passed", "true");
    await expect(teacher.getByTestId("binder").locator("tfoot")).toContainText("100%");
    expect(await axe(teacher)).toEqual([]);
    const [download] = await Promise.all([teacher.waitForEvent("download"), teacher.getByTestId("csv-link").click()]);
    const csv = await readFile((await download.path())!, "utf8");
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).trim().split("\r\n");
    expect(lines[0]).toBe(ui.csvHeader);
    expect(lines).toHaveLength(2);
    const sep = ui.csvSeparator;
    expect(lines[1]).toMatch(new RegExp(`^${username}${sep}${username}${sep}\\d+${sep}1${sep}100${sep}${ui.yes}${sep}`));
    await learnerContext.close();
  });
}

test("the roster's Remove takes a learner off the class, the code no longer lets them in, and Let back in does", async ({ page: teacher, browser }) => {
  await signUpTeacher(teacher, "en", "Mr. Long");
  await teacher.getByLabel(TEACHER_UI.en.className).fill(`Roster ${Date.now().toString(36)}`);
  await teacher.getByRole("button", { name: TEACHER_UI.en.createClass }).click();
  const code = (await teacher.getByTestId("join-code").textContent())!.trim();

  const learnerContext = await browser.newContext();
  const learner = await learnerContext.newPage();
  const username = await signUpLearner(learner, "en", "roster");
  const join = async () => {
    await learner.goto(`/en/join/${code}`);
    await learner.getByRole("button", { name: TEACHER_UI.en.joinSubmit }).click();
  };
  await join();
  await expect(learner).toHaveURL(/\/en\/assignments\?joined=/);

  await teacher.reload();
  const remove = teacher.getByRole("button", { name: `Remove ${username} from the class` });
  await expect(teacher.getByRole("heading", { name: "Learners (1)" })).toBeVisible();
  await remove.click();
  await expect(teacher.getByRole("heading", { name: "Learners (0)" })).toBeVisible();
  await expect(remove).toHaveCount(0);
  const removed = teacher.getByTestId("removed-learners");
  await expect(removed.locator("summary")).toHaveText("Taken off the class (1)");

  // The join page says so at once, with no Join button to try.
  await learner.goto(`/en/join/${code}`);
  await expect(learner.locator("main p[role=alert]")).toHaveText("Your teacher took you off this class. Ask them to let you back in.");
  await expect(learner.getByRole("button", { name: TEACHER_UI.en.joinSubmit })).toHaveCount(0);

  await removed.locator("summary").click();
  await removed.getByRole("button", { name: `Let ${username} back into the class` }).click();
  await expect(teacher.getByRole("heading", { name: "Learners (1)" })).toBeVisible();
  await expect(remove).toBeVisible();
  await expect(teacher.getByTestId("removed-learners")).toHaveCount(0);
  await learner.goto(`/en/join/${code}`);
  await expect(learner.getByRole("main")).toContainText("You are already in this class.");
  await learner.getByRole("link", { name: "Open my assignments" }).click();
  await expect(learner).toHaveURL(/\/en\/assignments$/);
  await learnerContext.close();
});

test("right answers withheld until the last attempt: the first results say only what was wrong, the retake asks other questions, the last shows them", async ({ page: teacher, browser }) => {
  const ui = TEACHER_UI.en;
  await signUpTeacher(teacher, "en", "Ms. Thu");
  await teacher.getByLabel(ui.className).fill(`Review ${Date.now().toString(36)}`);
  await teacher.getByRole("button", { name: ui.createClass }).click();
  const code = (await teacher.getByTestId("join-code").textContent())!.trim();
  await teacher.getByRole("link", { name: ui.assign }).click();
  await teacher.getByLabel(ui.readPercent).fill("0");
  await teacher.getByLabel(ui.attempts).fill("2");
  await teacher.getByLabel(ui.fiveQuestions).check();
  await teacher.getByLabel(ui.testMode).check();
  // "After the last attempt" is the default; "after the due date" wants a due date.
  await expect(teacher.getByLabel(/^After their last attempt/)).toBeChecked();
  await teacher.getByLabel("After the due date").check();
  await teacher.getByRole("button", { name: ui.next }).click();
  await expect(teacher.getByText("Set a due date to show the right answers after it.")).toBeVisible();
  await teacher.getByLabel(/^After their last attempt/).check();
  await teacher.getByRole("button", { name: ui.next }).click();
  await expect(teacher).toHaveURL(/\/en\/classes\/[a-z0-9]+\/assignments\/(?!new$)[a-z0-9]+$/);
  await expect(teacher.getByTestId("answer-review")).toContainText("Shown after the last attempt");
  await teacher.getByRole("button", { name: ui.publish }).click();
  await expect(teacher.getByTestId("learner-table").or(teacher.getByTestId("dashboard-summary"))).toBeVisible();

  const learnerContext = await browser.newContext();
  const learner = await learnerContext.newPage();
  await signUpLearner(learner, "en", "review");
  await learner.goto(`/en/join/${code}`);
  await learner.getByRole("button", { name: ui.joinSubmit }).click();
  await learner.locator("[data-assignment]").first().getByRole("link").first().click();
  await expect(learner.getByTestId("answer-review")).toContainText("Shown after the last attempt");

  /** Takes the quiz without answering (every question wrong) and returns its prompts. */
  const takeBlank = async (button: string) => {
    await learner.getByRole("button", { name: button }).click();
    await expect(learner).toHaveURL(/\/en\/attempts\/[a-z0-9]+$/);
    await expect(learner.locator("[data-attempt]")).toBeVisible();
    const prompts = await learner.locator("[data-question-type] p[id$=-prompt]").allTextContents();
    learner.once("dialog", (dialog) => void dialog.accept());
    await learner.getByRole("button", { name: ui.submit }).click();
    await expect(learner.getByTestId("score")).toContainText("0/5");
    return prompts;
  };
  const first = await takeBlank(ui.takeQuiz);
  await expect(learner.getByTestId("answers-withheld")).toHaveText(
    "Your teacher shows the right answers after your last attempt. You can see which of your answers were right.",
  );
  await expect(learner.locator("[data-withheld=last]")).toHaveCount(5);
  await expect(learner.getByText(/^Answer: /)).toHaveCount(0);
  await expect(learner.getByRole("button", { name: /Practise my mistakes/ })).toHaveCount(0);

  await learner.getByRole("link", { name: "Back to the assignment" }).click();
  const second = await takeBlank("Try the quiz again");
  // The retake asks the same facts, several of them in other questions.
  expect(second.filter((prompt) => !first.includes(prompt)).length).toBeGreaterThanOrEqual(1);
  await expect(learner.getByTestId("answers-withheld")).toHaveCount(0);
  await expect(learner.locator("[data-withheld]")).toHaveCount(0);
  await expect(learner.locator('[data-verdict="incorrect"]')).toHaveCount(5);
  // Every question now says what was right (a matching question says it pair by pair).
  expect(await learner.getByText(/^Answer: /).count()).toBeGreaterThanOrEqual(5);
  expect(await axeViolations(learner)).toEqual([]);
  await learnerContext.close();
});

test("a forgotten password: the teacher's one-time code lets the pupil choose a new one; a teacher resets theirs from the emailed link", async ({ page: teacher, browser }) => {
  const teacherEmail = await signUpTeacher(teacher, "en", "Ms. Hoa");
  await teacher.getByLabel(TEACHER_UI.en.className).fill(`Resets ${Date.now().toString(36)}`);
  await teacher.getByRole("button", { name: TEACHER_UI.en.createClass }).click();
  const joinCode = (await teacher.getByTestId("join-code").textContent())!.trim();

  // The pupil joins, then loses their password (and this browser's session with it).
  const first = await browser.newContext();
  const before = await first.newPage();
  const username = await signUpLearner(before, "en", "quen");
  await before.goto(`/en/join/${joinCode}`);
  await before.getByRole("button", { name: TEACHER_UI.en.joinSubmit }).click();
  await expect(before).toHaveURL(/\/en\/assignments\?joined=/);
  await first.close();

  await teacher.reload();
  await teacher.getByRole("button", { name: `Make a password reset code for ${username}` }).click();
  const shown = teacher.getByTestId("reset-code");
  await expect(shown).toContainText(`username ${username}`);
  const code = (await shown.locator("p.font-mono").textContent())!.trim();
  expect(code).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/);

  const pupilContext = await browser.newContext();
  const pupil = await pupilContext.newPage();
  await pupil.goto("/en/sign-in");
  await pupil.getByRole("link", { name: "Forgot your password?" }).click();
  await pupil.getByRole("link", { name: "I have a code from my teacher" }).click();
  await expect(pupil).toHaveURL(/\/en\/reset-password$/);
  const fillReset = async (password: string, typed: string) => {
    await pupil.getByLabel("Username", { exact: true }).fill(username);
    await pupil.getByLabel("Reset code", { exact: true }).fill(typed);
    await pupil.getByLabel("New password", { exact: true }).fill(password);
    await pupil.getByRole("button", { name: "Save the new password" }).click();
  };
  // Typed in lower case with a space instead of the dash, as a pupil copies it off the board.
  await fillReset("mới hoàn toàn 456", code.toLowerCase().replace("-", " "));
  await expect(pupil).toHaveURL(/\/en\/progress$/);

  // The code worked once: used again, it is refused with a message that says why.
  const againContext = await browser.newContext();
  const again = await againContext.newPage();
  await again.goto("/en/reset-password");
  await again.getByLabel("Username", { exact: true }).fill(username);
  await again.getByLabel("Reset code", { exact: true }).fill(code);
  await again.getByLabel("New password", { exact: true }).fill("lần thứ hai 789");
  await again.getByRole("button", { name: "Save the new password" }).click();
  await expect(again.getByRole("alert").first()).toContainText("This code does not work for this username");
  // The old password no longer signs in; the new one does.
  await again.goto("/en/sign-in");
  await again.getByLabel("Username or email").fill(username);
  await again.getByLabel("Password", { exact: true }).fill("mật khẩu dài 123");
  await again.locator("form").getByRole("button", { name: "Sign in" }).click();
  await expect(again.locator("form [role=alert]")).toHaveText("Wrong username/email or password.");
  await again.getByLabel("Password", { exact: true }).fill("mới hoàn toàn 456");
  await again.locator("form").getByRole("button", { name: "Sign in" }).click();
  await expect(again).toHaveURL(/\/en\/progress$/);
  await againContext.close();
  await pupilContext.close();

  // The teacher forgets theirs: the link is "mailed" (the server log here); its token is read from the database.
  const forgotContext = await browser.newContext();
  const forgot = await forgotContext.newPage();
  await forgot.goto("/en/forgot-password");
  await forgot.getByLabel("Email", { exact: true }).fill(teacherEmail);
  await forgot.getByRole("button", { name: "Send the link" }).click();
  await expect(forgot.getByRole("status").first()).toContainText("If a teacher account uses this email, a link is on its way");
  const token = resetTokenFor(teacherEmail);
  await forgot.goto(`/en/reset-password?token=${encodeURIComponent(token)}`);
  await forgot.getByLabel("New password", { exact: true }).fill("giáo viên mới 321");
  await forgot.getByRole("button", { name: "Save the new password" }).click();
  await expect(forgot).toHaveURL(/\/en\/classes$/);
  await forgotContext.close();

  // The reset ended the teacher's other sessions: only the one it opened is left (a browser that had
  // one keeps its signed session cookie for at most the minute the README states, then signs in again).
  expect(sessionCountFor(teacherEmail)).toBe(1);
});
