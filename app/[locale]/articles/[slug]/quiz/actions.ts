"use server";
import { redirect } from "next/navigation";
import { asLocale, localizedPath } from "@/lib/i18n/paths";
import { QuizSettingsSchema } from "@/lib/quiz/schemas";
import { TimeZone } from "@/lib/validation/dates";
import { startQuiz } from "@/lib/server/learning/quizzes";
import { currentOrGuestUser } from "@/lib/server/platform/session";

export type StartQuizState = { error: "invalidSettings" | "noQuestions" | "tooManyGuests" } | null;

/** Starts a quiz on an article (as a guest if nobody is signed in) and opens the attempt. */
export async function startQuizAction(locale: string, _state: StartQuizState, form: FormData): Promise<StartQuizState> {
  const parsed = QuizSettingsSchema.safeParse(Object.fromEntries(["slug", "length", "language", "feedbackMode"].map((k) => [k, form.get(k)])));
  if (!parsed.success) return { error: "invalidSettings" };
  const zone = TimeZone.safeParse(form.get("timeZone"));
  const user = await currentOrGuestUser(zone.success ? zone.data : undefined);
  if (!user) return { error: "tooManyGuests" };
  const attemptId = await startQuiz(user.id, parsed.data);
  if (!attemptId) return { error: "noQuestions" };
  redirect(localizedPath(asLocale(locale), `/attempts/${attemptId}`));
}
