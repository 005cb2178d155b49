"use server";
import { notFound, redirect } from "next/navigation";
import { asLocale, localizedPath } from "@/lib/i18n/paths";
import { RowId } from "@/lib/validation/ids";
import { attemptSettings, missedFacts, startQuiz } from "@/lib/server/learning/quizzes";
import { quizStartAllowed } from "@/lib/server/platform/limits";
import { currentUser } from "@/lib/server/platform/session";

/** Back to the results, which then say that too many quizzes were started lately. */
function limited(locale: string, attemptId: string): never {
  redirect(localizedPath(asLocale(locale), `/attempts/${attemptId}?limited=1`));
}

/** "Retry": a new quiz with the same settings and a new seed (new questions, reshuffled). */
export async function retryAttemptAction(locale: string, attemptId: string): Promise<void> {
  const user = await currentUser();
  const id = RowId.safeParse(attemptId);
  if (!user || !id.success) notFound();
  const settings = await attemptSettings(user.id, id.data);
  if (!settings) notFound();
  if (!(await quizStartAllowed(user.id))) limited(locale, id.data);
  const next = await startQuiz(user.id, { ...settings, origin: "retry" });
  if (!next) notFound();
  redirect(localizedPath(asLocale(locale), `/attempts/${next}`));
}

/** "Practise my mistakes": a quiz made of the facts missed in this attempt. */
export async function practiseMistakesAction(locale: string, attemptId: string): Promise<void> {
  const user = await currentUser();
  const id = RowId.safeParse(attemptId);
  if (!user || !id.success) notFound();
  const missed = await missedFacts(user.id, id.data);
  const settings = await attemptSettings(user.id, id.data);
  if (!missed || !settings || missed.factIds.length === 0) notFound();
  const length = Math.min(20, missed.factIds.length) as 5 | 10 | 20;
  if (!(await quizStartAllowed(user.id))) limited(locale, id.data);
  const next = await startQuiz(user.id, { ...settings, quizLength: length, origin: "mistakes", factIds: missed.factIds });
  if (!next) notFound();
  redirect(localizedPath(asLocale(locale), `/attempts/${next}`));
}
