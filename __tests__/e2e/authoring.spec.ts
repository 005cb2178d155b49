import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { axeViolations } from "./helpers/axe";
import { signUpOnPage, uniqueUsername } from "./helpers/learner";
import { answerAllRight, signUpTeacher, TEACHER_UI } from "./helpers/teacher";

// A teacher pastes an article and its translation, fixes the pair the alignment flagged,
// publishes it for their classes and assigns it; a learner of the class reads it side by side
// and takes its quiz; a visitor cannot open it.
test.describe.configure({ timeout: 180_000 });

const SET = join(__dirname, "..", "fixtures", "align");
const VI = readFileSync(join(SET, "03-asean-coffee.vi.txt"), "utf8");
const EN = readFileSync(join(SET, "03-asean-coffee.en.txt"), "utf8");
const TITLE = { vi: VI.split("\n")[0]!, en: EN.split("\n")[0]! };

const UI = {
  vi: { newArticle: "Bài mới", viText: "Bản tiếng Việt", enText: "Bản tiếng Anh", source: "Nguồn (báo hoặc trang)", align: "Đối chiếu hai bản", confirm: "Cặp này đúng", noTranslation: "Hai câu không phải bản dịch của nhau", publishArticle: "Đăng bài", article: "Bài báo", none: "Không có cặp nào cần xem lại.", useVi: "Dùng các từ tiếng Việt đang chọn làm thuật ngữ", useEn: "Dùng các từ tiếng Anh đang chọn làm bản dịch", addTerm: "Thêm" },
  en: { newArticle: "New article", viText: "Vietnamese text", enText: "English text", source: "Source (newspaper or site)", align: "Align the two texts", confirm: "This pair is right", noTranslation: "Not a translation of each other", publishArticle: "Publish", article: "Article", none: "No pair needs a look.", useVi: "Use the selected Vietnamese words as a term", useEn: "Use the selected English words as its translation", addTerm: "Add" },
} as const;

for (const locale of ["vi", "en"] as const) {
  const ui = { ...TEACHER_UI[locale], ...UI[locale] };

  test(`a teacher imports an article, fixes a flagged pair, publishes and assigns it; a learner reads it and takes its quiz (${locale})`, async ({ page: teacher, browser }, info) => {
    await signUpTeacher(teacher, locale, "Cô Thu Trang");
    await teacher.getByLabel(ui.className).fill(`Lớp nhập bài ${info.project.name} ${Date.now().toString(36)}`);
    await teacher.getByRole("button", { name: ui.createClass }).click();
    await expect(teacher).toHaveURL(new RegExp(`/${locale}/classes/[a-z0-9]+$`));
    const classUrl = teacher.url();
    const code = (await teacher.getByTestId("join-code").textContent())!.trim();

    // The teacher's part, timed from the empty form to the published article.
    const started = Date.now();
    await teacher.goto(`/${locale}/library`);
    await teacher.getByRole("main").getByRole("link", { name: ui.newArticle }).click();
    await expect(teacher).toHaveURL(new RegExp(`/${locale}/library/new$`));
    expect(await axeViolations(teacher)).toEqual([]);
    await teacher.getByLabel(ui.viText).fill(VI);
    await teacher.getByLabel(ui.enText).fill(EN);
    await teacher.getByLabel(ui.source).fill("Song Ngữ");
    await teacher.getByRole("button", { name: ui.align }).click();
    await expect(teacher).toHaveURL(new RegExp(`/${locale}/library/drafts/[a-z0-9]+$`));

    // The sentence the English left out is flagged first; the teacher confirms it.
    const flagged = teacher.getByTestId("flagged-pairs").getByTestId("draft-pair");
    await expect(flagged.first()).toContainText("Chúng ta không thể xây dựng một nền kinh tế số chung");
    const before = await flagged.count();
    expect(await axeViolations(teacher)).toEqual([]);
    await flagged.first().getByRole("button", { name: ui.confirm }).click();
    await expect(flagged).toHaveCount(before - 1);
    // A reload loses nothing.
    await teacher.reload();
    await expect(teacher.getByTestId("flagged-pairs").getByTestId("draft-pair")).toHaveCount(before - 1);
    for (let left = before - 1; left > 0; left--) {
      await teacher.getByTestId("flagged-pairs").getByTestId("draft-pair").first().getByRole("button", { name: ui.confirm }).click();
      await expect(teacher.getByTestId("draft-pair").and(teacher.locator('[data-needs-look="true"]'))).toHaveCount(left - 1);
    }
    await expect(teacher.getByTestId("to-look")).toHaveText(ui.none);
    // A term picked from a pair's two sentences goes into the glossary.
    const pick = async (lang: "vi" | "en", words: string) => {
      await teacher.evaluate(
        ([l, w]) => {
          const p = [...document.querySelectorAll(`[data-testid="draft-pair"] p[lang="${l}"]`)].find((e) => e.textContent?.includes(w!))!;
          const text = p.firstChild!;
          const at = text.textContent!.indexOf(w!);
          const range = document.createRange();
          range.setStart(text, at);
          range.setEnd(text, at + w!.length);
          window.getSelection()!.removeAllRanges();
          window.getSelection()!.addRange(range);
        },
        [lang, words],
      );
      await teacher.getByRole("button", { name: lang === "vi" ? ui.useVi : ui.useEn }).click();
    };
    await pick("vi", "kinh tế số");
    await pick("en", "digital economy");
    await expect(teacher.locator('#term-form input[name="termVi"]')).toHaveValue("kinh tế số");
    await expect(teacher.locator('#term-form input[name="termEn"]')).toHaveValue("digital economy");
    await teacher.locator("#term-form").getByRole("button", { name: ui.addTerm }).click();
    await expect(teacher.locator("#glossary li").filter({ hasText: "kinh tế số" }).first()).toBeVisible();
    await teacher.getByTestId("publish").click();
    await expect(teacher).toHaveURL(new RegExp(`/${locale}/library/[a-z0-9-]+$`));
    const articleUrl = teacher.url();
    const seconds = (Date.now() - started) / 1000;
    console.log(`teacher, paste to published (${locale}, ${info.project.name}): ${seconds.toFixed(1)} s`);
    expect(seconds).toBeLessThan(180);
    await expect(teacher.locator('[lang="vi"]').filter({ hasText: "Khung Quản trị Dữ liệu xuyên biên giới ASEAN" }).first()).toBeVisible();
    await expect(teacher.locator('[lang="en"]').filter({ hasText: "ASEAN Cross-Border Data Governance Framework" }).first()).toBeVisible();

    // Assigned to the class, true/false questions only.
    await teacher.goto(classUrl);
    await teacher.getByRole("link", { name: ui.assign }).click();
    await teacher.getByLabel(ui.article, { exact: true }).selectOption({ label: TITLE[locale] });
    await teacher.getByLabel(ui.readPercent).fill("0");
    await teacher.getByLabel(ui.passMark).fill("60");
    await teacher.getByLabel(ui.attempts).fill("2");
    await teacher.getByLabel(ui.fiveQuestions).check();
    await teacher.getByLabel(ui.testMode).check();
    await teacher.getByRole("button", { name: ui.next }).click();
    await expect(teacher).toHaveURL(new RegExp(`/${locale}/classes/[a-z0-9]+/assignments/(?!new$)[a-z0-9]+$`));
    await teacher.getByRole("button", { name: ui.switchAllOff }).click();
    const group = teacher.locator('[data-question-group="true-false"]');
    await group.locator("summary").click();
    await group.getByRole("button", { name: ui.groupOn }).click();
    await expect(group.locator("input[type=checkbox]:checked").first()).toBeVisible();
    await teacher.getByRole("button", { name: ui.publish }).click();
    await expect(teacher.getByTestId("learner-table").or(teacher.getByTestId("dashboard-summary"))).toBeVisible();

    // A visitor cannot open the class's article.
    const { viewport, userAgent, deviceScaleFactor, isMobile, hasTouch, locale: browserLocale } = info.project.use;
    const context = await browser.newContext({ viewport, userAgent, deviceScaleFactor, isMobile, hasTouch, locale: browserLocale });
    const learner = await context.newPage();
    const refused = await learner.goto(articleUrl);
    expect(refused?.status()).toBe(404);

    // The learner joins, reads it side by side and takes its quiz.
    await learner.goto(`/${locale}/join/${code}`);
    await learner.getByRole("main").getByRole("link", { name: ui.joinSignUp }).click();
    await signUpOnPage(learner, locale, uniqueUsername("hs"));
    await learner.getByRole("button", { name: ui.joinSubmit }).click();
    await expect(learner).toHaveURL(new RegExp(`/${locale}/assignments\\?joined=`));
    await learner.locator("[data-assignment]").first().getByRole("link").first().click();
    await learner.getByRole("link", { name: ui.openArticle }).click();
    await expect(learner.locator(".reader[data-hydrated]")).toBeAttached();
    await expect(learner.locator('[lang="vi"]').filter({ hasText: "Khung Quản trị Dữ liệu xuyên biên giới ASEAN" }).first()).toBeVisible();
    await learner.goBack();
    await learner.getByRole("button", { name: ui.takeQuiz }).click();
    await expect(learner).toHaveURL(new RegExp(`/${locale}/attempts/[a-z0-9]+$`));
    expect(await answerAllRight(learner, learner.url().split("/").at(-1)!)).toBe(5);
    learner.once("dialog", (dialog) => void dialog.accept());
    await learner.getByRole("button", { name: ui.submit }).click();
    await expect(learner.getByTestId("score")).toContainText("5/5");
    await context.close();
  });
}
