"use server";
import { revalidatePath } from "next/cache";
import { notFound, redirect } from "next/navigation";
import { RowId, SignedOptionId } from "@/lib/validation/ids";
import { asLocale, localizedPath } from "@/lib/i18n/paths";
import { answerGuidedCheck, type GuidedAnswer } from "@/lib/server/teaching/guided-reading";
import { startAssignmentQuiz } from "@/lib/server/teaching/learner-assignments";
import { isFailure, type FormState } from "@/lib/server/platform/errors";
import { currentUser } from "@/lib/server/platform/session";
import { requireForm } from "@/lib/server/platform/action-input";

/** Opens the assignment's quiz (the one in progress, or a new attempt while attempts are left). */
export async function startAssignmentQuizAction(locale: string, assignmentId: string): Promise<void> {
  const user = await currentUser();
  const id = RowId.safeParse(assignmentId);
  if (!user || !id.success) notFound();
  const result = await startAssignmentQuiz(user, id.data);
  if (isFailure(result)) {
    if (result.error === "not-found") notFound();
    // No attempts left or no quiz: the assignment page says so.
    redirect(localizedPath(asLocale(locale), `/assignments/${id.data}`));
  }
  redirect(localizedPath(asLocale(locale), `/attempts/${result.attemptId}`));
}

export type GuidedState = FormState<never, GuidedAnswer>;

/** Answers the check question of the current paragraph (or continues when it has none). */
export async function answerGuidedAction(locale: string, assignmentId: string, _state: GuidedState, form: FormData): Promise<GuidedState> {
  requireForm(form);
  const user = await currentUser();
  const id = RowId.safeParse(assignmentId);
  const raw = form.get("optionId");
  const option = raw === null ? null : SignedOptionId.safeParse(raw);
  if (!user || !id.success) notFound();
  if (option && !option.success) return { ok: false, code: "bad-response" };
  const result = await answerGuidedCheck(user, id.data, option ? option.data : null);
  if (isFailure(result)) return { ok: false, code: result.error };
  revalidatePath(localizedPath(asLocale(locale), `/assignments/${id.data}/read`));
  return { ok: true, ...result };
}
