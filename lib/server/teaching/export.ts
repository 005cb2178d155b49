import "server-only";
import { createTranslator } from "next-intl";
import { defaultSeparator, resultsCsv, type CsvSeparator } from "@/lib/classes/results-csv";
import { withoutMarks } from "@/lib/content/fold";
import type { AppLocale } from "@/lib/i18n/routing";
import en from "@/messages/en.json";
import vi from "@/messages/vi.json";
import type { Actor } from "@/lib/server/platform/actor";
import { getTeacherAssignment, type TeacherAssignment } from "./assignments";
import { dashboardFor } from "./dashboard";

/** An assignment's results as CSV with headers in the teacher's language; null if not theirs. */
export async function assignmentResultsCsv(actor: Actor, assignmentId: string, locale: AppLocale, now = new Date(), separator?: CsvSeparator): Promise<string | null> {
  const assignment = await getTeacherAssignment(actor, assignmentId);
  return assignment ? resultsCsvFor(assignment, locale, now, separator) : null;
}

/** The CSV of an assignment already found for its teacher. */
export async function resultsCsvFor(assignment: TeacherAssignment, locale: AppLocale, now = new Date(), separator: CsvSeparator = defaultSeparator(locale)): Promise<string> {
  const board = await dashboardFor(assignment, now);
  const messages = locale === "en" ? en : vi;
  const t = createTranslator({ locale, messages, namespace: "ResultsCsv" });
  const status = createTranslator({ locale, messages, namespace: "AssignmentStatus" });
  const rows = board.learners.map((l) => {
    const cells = board.binder.get(l.id);
    return {
      name: l.name,
      username: l.username,
      readPercent: l.work.readPercent,
      attempts: l.work.attempts.length,
      best: l.work.progress.bestScore,
      passed: l.work.progress.done,
      late: l.work.progress.submittedLate,
      status: status(l.work.progress.status),
      answers: board.questions.map((q) => cells?.get(q.id) ?? null),
    };
  });
  return resultsCsv(rows, board.questions.length, {
    name: t("name"),
    username: t("username"),
    readPercent: t("readPercent"),
    attempts: t("attempts"),
    bestPercent: t("bestPercent"),
    passed: t("passed"),
    late: t("late"),
    status: t("status"),
    question: (n) => t("question", { n }),
    answer: (n) => t("answer", { n }),
    yes: t("yes"),
    no: t("no"),
  }, separator);
}

/** A file name for the export: the class and article, safe for any file system. */
export function resultsFileName(className: string, slug: string): string {
  const base = withoutMarks(`${className}-${slug}`).replace(/[^A-Za-z0-9-]+/g, "-").replace(/-+/g, "-");
  return `${base.replace(/^-|-$/g, "").toLowerCase() || "results"}.csv`;
}
