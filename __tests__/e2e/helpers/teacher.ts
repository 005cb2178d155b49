import { join } from "node:path";
import { expect, type Page } from "@playwright/test";
import Database from "better-sqlite3";
import { uniqueUsername, type Locale } from "./learner";

const E2E_DB = join(__dirname, "..", "..", "..", "data", "e2e.db");

/** Labels of the teacher and assignment flows, per UI language (as in messages/*.json). */
export const TEACHER_UI = {
  vi: {
    email: "Địa chỉ email",
    fullName: "Họ và tên",
    password: "Mật khẩu",
    createAccount: "Tạo tài khoản",
    className: "Tên lớp",
    createClass: "Tạo lớp",
    assign: "Giao bài đọc",
    readPercent: "Phần bài cần đọc (%)",
    guided: "Đọc có hướng dẫn",
    passMark: "Điểm đạt (%)",
    attempts: "Số lần được làm",
    fiveQuestions: "5 câu",
    testMode: /^Kiểm tra: xem kết quả/,
    next: "Tiếp: xem trước câu hỏi",
    switchAllOff: "Tắt tất cả",
    trueFalse: "Đúng hay sai",
    groupOn: "Bật mọi câu “Đúng hay sai”",
    publish: "Công bố cho lớp",
    joinSubmit: "Tham gia lớp",
    joinSignUp: "Tạo tài khoản",
    openArticle: "Mở bài báo",
    guidedStart: "Bắt đầu đọc có hướng dẫn",
    check: "Kiểm tra",
    continue: "Đoạn tiếp theo",
    takeQuiz: "Làm bài kiểm tra",
    submit: "Nộp bài",
    passed: "Đạt bài kiểm tra",
    notStarted: "Chưa bắt đầu",
    // Vietnamese: semicolons, as Excel with Vietnamese regional settings expects.
    csvSeparator: ";",
    csvHeader: "Họ tên;Tên đăng nhập;% đã đọc;Số lần làm;Điểm cao nhất (%);Đạt;Nộp muộn;Trạng thái;Câu 1;Trả lời câu 1;Câu 2;Trả lời câu 2;Câu 3;Trả lời câu 3;Câu 4;Trả lời câu 4;Câu 5;Trả lời câu 5",
    yes: "Có",
  },
  en: {
    email: "Email",
    fullName: "Full name",
    password: "Password",
    createAccount: "Create account",
    className: "Class name",
    createClass: "Create class",
    assign: "Assign an article",
    readPercent: "Share of the article to read (%)",
    guided: "Guided reading",
    passMark: "Pass mark (%)",
    attempts: "Attempts allowed",
    fiveQuestions: "5 questions",
    testMode: /^Test: see the results/,
    next: "Next: preview the questions",
    switchAllOff: "Switch all off",
    trueFalse: "True or false",
    groupOn: "Switch on all “True or false”",
    publish: "Publish to the class",
    joinSubmit: "Join the class",
    joinSignUp: "Create an account",
    openArticle: "Open the article",
    guidedStart: "Start guided reading",
    check: "Check",
    continue: "Next paragraph",
    takeQuiz: "Take the quiz",
    submit: "Submit",
    passed: "Quiz passed",
    notStarted: "Not started",
    csvSeparator: ",",
    csvHeader: "Name,Username,% read,Attempts,Best score (%),Passed,Submitted late,Status,Q1,Answer 1,Q2,Answer 2,Q3,Answer 3,Q4,Answer 4,Q5,Answer 5",
    yes: "Yes",
  },
} as const;

/** Signs up a teacher through the form; they land on their classes. */
export async function signUpTeacher(page: Page, locale: Locale, name: string): Promise<string> {
  const ui = TEACHER_UI[locale];
  const email = `${uniqueUsername("gv")}@school.example`;
  await page.goto(`/${locale}/sign-up/teacher`);
  await page.getByLabel(ui.email).fill(email);
  await page.getByLabel(ui.fullName).fill(name);
  await page.getByLabel(ui.password, { exact: true }).fill("mật khẩu dài 123");
  await page.getByRole("button", { name: ui.createAccount }).click();
  await expect(page).toHaveURL(new RegExp(`/${locale}/classes$`));
  return email;
}

/** Answers every choice question of an open attempt right, using the keys stored on the server. */
export async function answerAllRight(page: Page, attemptId: string): Promise<number> {
  const sqlite = new Database(E2E_DB, { readonly: true, fileMustExist: true });
  const rows = sqlite.prepare(`SELECT q.answerKey FROM QuizQuestion q JOIN Attempt a ON a.quizId = q.quizId WHERE a.id = ?`).all(attemptId) as { answerKey: string }[];
  sqlite.close();
  let answered = 0;
  for (const { answerKey } of rows) {
    const key = JSON.parse(answerKey) as { question: { answer: { kind: string; optionId?: string } }; ids: Record<string, string> };
    const right = Object.entries(key.ids).find(([, engine]) => engine === key.question.answer.optionId)?.[0];
    if (!right) continue;
    await page.locator(`input[type=radio][value="${right}"]`).check();
    await expect(page.locator("[data-save-state]")).toHaveAttribute("data-save-state", "saved");
    answered++;
  }
  return answered;
}

/** The token of the newest live reset link for an account, as the emailed link carries it. */
export function resetTokenFor(email: string): string {
  const sqlite = new Database(E2E_DB, { readonly: true, fileMustExist: true });
  const row = sqlite
    .prepare(`SELECT v.identifier FROM Verification v JOIN User u ON u.id = v.value WHERE u.email = ? AND v.identifier LIKE 'reset-password:%' ORDER BY v.createdAt DESC LIMIT 1`)
    .get(email) as { identifier: string } | undefined;
  sqlite.close();
  if (!row) throw new Error(`no reset link for ${email}`);
  return row.identifier.slice("reset-password:".length);
}

/** How many sessions an account has open. */
export function sessionCountFor(email: string): number {
  const sqlite = new Database(E2E_DB, { readonly: true, fileMustExist: true });
  const row = sqlite.prepare(`SELECT COUNT(*) AS n FROM Session s JOIN User u ON u.id = s.userId WHERE u.email = ?`).get(email) as { n: number };
  sqlite.close();
  return row.n;
}
