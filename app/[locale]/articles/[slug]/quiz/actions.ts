"use server";
import { redirect } from "next/navigation";
import { asLocale, localizedPath } from "@/lib/i18n/paths";
import { QuizSettingsSchema } from "@/lib/quiz/schemas";
import { TimeZone } from "@/lib/validation/dates";
import { startQuiz } from "@/lib/server/learning/quizzes";
import { actionFailure, type FormState } from "@/lib/server/platform/errors";
import { quizStartAllowed } from "@/lib/server/platform/limits";
import { currentOrGuestUser } from "@/lib/server/platform/session";
import { requireForm } from "@/lib/server/platform/action-input";

/** "bad-request": the form's choices are not ones it offers. */
export type StartQuizState = FormState;

/** Starts a quiz on an article (as a guest if nobody is signed in) and opens the attempt. */
export async function startQuizAction(locale: string, _state: StartQuizState, form: FormData): Promise<StartQuizState> {
  requireForm(form);
  const to = asLocale(locale);
  const parsed = QuizSettingsSchema.safeParse(Object.fromEntries(["slug", "quizLength", "quizLanguage", "feedbackMode"].map((k) => [k, form.get(k)])));
  if (!parsed.success) return { ok: false, code: "bad-request" };
  const zone = TimeZone.safeParse(form.get("timeZone"));
  const user = await currentOrGuestUser(zone.success ? zone.data : undefined);
  if (!user) return actionFailure(to, "too-many-guests");
  if (!(await quizStartAllowed(user.id))) return actionFailure(to, "too-many-requests");
  const attemptId = await startQuiz(user.id, parsed.data);
  if (!attemptId) return actionFailure(to, "no-quiz");
  redirect(localizedPath(asLocale(locale), `/attempts/${attemptId}`));
}
