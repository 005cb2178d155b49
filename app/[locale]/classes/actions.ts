"use server";
import { formatDateIn } from "@/lib/i18n/date-formats";
import { revalidatePath } from "next/cache";
import { notFound, redirect } from "next/navigation";
import { fieldErrors } from "@/lib/auth/credentials";
import { AssignmentInput, ClassInput, DueInput, QuestionChoice, type ClassErrorKey } from "@/lib/classes/schemas";
import { AccountId, RowId } from "@/lib/validation/ids";
import { asLocale, localizedPath } from "@/lib/i18n/paths";
import { createAssignment, deleteDraftAssignment, saveQuestionChoices, setAssignmentDue } from "@/lib/server/teaching/assignments";
import { createClass, readmitLearner, removeLearner, renewJoinCode, resetLearnerPassword, setClassArchived, unlockLearnerSignIn } from "@/lib/server/teaching/classes";
import { formatResetCode } from "@/lib/auth/reset-code";
import { isTeacher, type Actor } from "@/lib/server/platform/actor";
import { actionFailure, fieldFailure, isFailure, type Done, type Failure, type FormState } from "@/lib/server/platform/errors";
import { currentUser } from "@/lib/server/platform/session";
import { requireForm } from "@/lib/server/platform/action-input";

// The teacher's class and assignment actions. Each checks the session and the ids itself (a
// server action can be posted directly); the services find only the teacher's own things.

export type ClassFormState = FormState<ClassErrorKey>;

const text = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
};
const values = (form: FormData, names: readonly string[]) => Object.fromEntries(names.map((n) => [n, text(form, n)]));

async function teacher() {
  const user = await currentUser();
  return isTeacher(user) ? user : null;
}

/** Creates a class and opens it (its join code is ready to show). */
export async function createClassAction(locale: string, _state: ClassFormState, form: FormData): Promise<ClassFormState> {
  requireForm(form);
  const names = ["name", "level"] as const;
  const to = asLocale(locale);
  const actor = await teacher();
  if (!actor) return actionFailure(to, "not-found", values(form, names));
  const parsed = ClassInput.safeParse(values(form, names));
  if (!parsed.success) return fieldFailure(fieldErrors<ClassErrorKey>(parsed.error), values(form, names));
  const created = await createClass(actor, parsed.data);
  if (isFailure(created)) return actionFailure(to, created.error, values(form, names));
  redirect(localizedPath(asLocale(locale), `/classes/${created.id}`));
}

/** Runs a teacher's change on a class, then shows the class page again (or "not found"). */
async function onClass(locale: string, classId: string, change: (actor: Actor, id: string) => Promise<object | Failure>) {
  const actor = await teacher();
  const id = RowId.safeParse(classId);
  if (!actor || !id.success || isFailure(await change(actor, id.data))) notFound();
  revalidatePath(localizedPath(asLocale(locale), `/classes/${id.data}`));
}

export async function renewJoinCodeAction(locale: string, classId: string): Promise<void> {
  await onClass(locale, classId, renewJoinCode);
}

export async function setClassArchivedAction(locale: string, classId: string, archived: boolean): Promise<void> {
  await onClass(locale, classId, (actor, id) => setClassArchived(actor, id, archived));
}

/** Runs a teacher's change on one learner of the class (the form's learnerId). */
async function onLearner(locale: string, classId: string, form: FormData, change: typeof removeLearner) {
  const learnerId = AccountId.safeParse(form.get("learnerId"));
  if (!learnerId.success) notFound();
  await onClass(locale, classId, (actor, id) => change(actor, id, learnerId.data));
}

export async function removeLearnerAction(locale: string, classId: string, form: FormData): Promise<void> {
  requireForm(form);
  await onLearner(locale, classId, form, removeLearner);
}

export async function readmitLearnerAction(locale: string, classId: string, form: FormData): Promise<void> {
  requireForm(form);
  await onLearner(locale, classId, form, readmitLearner);
}

export async function unlockLearnerAction(locale: string, classId: string, form: FormData): Promise<void> {
  requireForm(form);
  await onLearner(locale, classId, form, unlockLearnerSignIn);
}

/** What the teacher sees after making a reset code: the code to hand over, for whom, until when. */
export type ResetCodeState = FormState<never, { code: string; username: string; expires: string }>;

/** Makes a one-time password reset code for a learner on the roster and shows it to the teacher (once). */
export async function resetLearnerPasswordAction(locale: string, classId: string, _state: ResetCodeState, form: FormData): Promise<ResetCodeState> {
  requireForm(form);
  const to = asLocale(locale);
  const actor = await teacher();
  const id = RowId.safeParse(classId);
  const learnerId = AccountId.safeParse(form.get("learnerId"));
  if (!actor || !id.success || !learnerId.success) return actionFailure(to, "not-found");
  const issued = await resetLearnerPassword(actor, id.data, learnerId.data);
  if (isFailure(issued)) return actionFailure(to, issued.error);
  const expires = formatDateIn(to, issued.expiresAt, "dateTime", actor.timeZone);
  return { ok: true, code: formatResetCode(issued.code), username: issued.username, expires };
}

const ASSIGNMENT_FIELDS = [
  "articleSlug",
  "instructions",
  "dueAt",
  "timeZone",
  "readPercent",
  "quizRequired",
  "quizLength",
  "quizLanguage",
  "feedbackMode",
  "passMark",
  "attemptsAllowed",
  "guidedReading",
  "reviewAnswers",
] as const;

/** Saves a draft assignment and opens its question preview. */
export async function createAssignmentAction(locale: string, classId: string, _state: ClassFormState, form: FormData): Promise<ClassFormState> {
  requireForm(form);
  const to = asLocale(locale);
  const actor = await teacher();
  const id = RowId.safeParse(classId);
  const kept = values(form, ASSIGNMENT_FIELDS);
  if (!actor || !id.success) return actionFailure(to, "not-found", kept);
  const parsed = AssignmentInput.safeParse(kept);
  if (!parsed.success) return fieldFailure(fieldErrors<ClassErrorKey>(parsed.error), kept);
  if (parsed.data.dueAt && parsed.data.dueAt.getTime() < Date.now()) return fieldFailure<ClassErrorKey>({ dueAt: "duePast" }, kept);
  const created = await createAssignment(actor, id.data, parsed.data);
  if (isFailure(created)) return actionFailure(to, created.error, kept);
  redirect(localizedPath(asLocale(locale), `/classes/${id.data}/assignments/${created.id}`));
}

/** After "save" the form says so; after "publish" the page shows the published assignment. */
export type QuestionChoiceState = FormState<ClassErrorKey, { published: boolean }>;

/** Saves the questions left on ("save") or publishes the assignment to the class ("publish"). */
export async function saveQuestionsAction(locale: string, classId: string, assignmentId: string, _state: QuestionChoiceState, form: FormData): Promise<QuestionChoiceState> {
  requireForm(form);
  const to = asLocale(locale);
  const actor = await teacher();
  const ids = RowId.safeParse(assignmentId);
  const enabled = QuestionChoice.safeParse(form.getAll("questionId"));
  if (!actor || !ids.success) return actionFailure(to, "not-found");
  if (!enabled.success) return fieldFailure<ClassErrorKey>({ questionId: "settingsInvalid" });
  const result = await saveQuestionChoices(actor, ids.data, enabled.data, form.get("intent") === "publish");
  if (isFailure(result)) return actionFailure(to, result.error);
  revalidatePath(localizedPath(to, `/classes/${classId}`), "layout");
  return { ok: true, published: result.published };
}

/** Deletes a draft and returns to the class. */
export async function deleteDraftAction(locale: string, classId: string, assignmentId: string): Promise<void> {
  const actor = await teacher();
  const id = RowId.safeParse(assignmentId);
  const klass = RowId.safeParse(classId);
  if (!actor || !id.success || !klass.success || isFailure(await deleteDraftAssignment(actor, id.data))) notFound();
  redirect(localizedPath(asLocale(locale), `/classes/${klass.data}`));
}

/** Moves an assignment's due date (statuses and "late" follow at once). */
export async function setDueAction(locale: string, classId: string, assignmentId: string, _state: ClassFormState, form: FormData): Promise<ClassFormState> {
  requireForm(form);
  const to = asLocale(locale);
  const kept = values(form, ["dueAt", "timeZone"]);
  const actor = await teacher();
  const id = RowId.safeParse(assignmentId);
  if (!actor || !id.success) return actionFailure(to, "not-found", kept);
  const parsed = DueInput.safeParse(kept);
  if (!parsed.success) return fieldFailure(fieldErrors<ClassErrorKey>(parsed.error), kept);
  const moved = await setAssignmentDue(actor, id.data, parsed.data.dueAt);
  if (isFailure(moved)) return actionFailure(to, moved.error, kept);
  revalidatePath(localizedPath(to, `/classes/${classId}`), "layout");
  return moved satisfies Done;
}
