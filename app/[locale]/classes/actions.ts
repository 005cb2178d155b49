"use server";
import { revalidatePath } from "next/cache";
import { notFound, redirect } from "next/navigation";
import { fieldErrors } from "@/lib/auth/credentials";
import { AssignmentInput, ClassInput, DueInput, QuestionChoice, type ClassErrorKey } from "@/lib/classes/schemas";
import { AccountId, RowId } from "@/lib/validation/ids";
import { asLocale, localizedPath } from "@/lib/i18n/paths";
import { createAssignment, deleteDraftAssignment, saveQuestionChoices, setAssignmentDue } from "@/lib/server/teaching/assignments";
import { createClass, removeLearner, renewJoinCode, setClassArchived } from "@/lib/server/teaching/classes";
import { isTeacher, type Actor } from "@/lib/server/platform/actor";
import { currentUser } from "@/lib/server/platform/session";

// The teacher's class and assignment actions. Each checks the session and the ids itself (a
// server action can be posted directly); the services find only the teacher's own things.

export type ClassFormState = { errors: Record<string, ClassErrorKey>; values: Record<string, string> } | null;

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
  const names = ["name", "level"] as const;
  const actor = await teacher();
  if (!actor) return { errors: { form: "notFound" }, values: values(form, names) };
  const parsed = ClassInput.safeParse(values(form, names));
  if (!parsed.success) return { errors: fieldErrors<ClassErrorKey>(parsed.error), values: values(form, names) };
  const created = await createClass(actor, parsed.data);
  if (!created) return { errors: { form: "notFound" }, values: values(form, names) };
  redirect(localizedPath(asLocale(locale), `/classes/${created.id}`));
}

/** Runs a teacher's change on a class, then shows the class page again (or "not found"). */
async function onClass(locale: string, classId: string, change: (actor: Actor, id: string) => Promise<unknown>) {
  const actor = await teacher();
  const id = RowId.safeParse(classId);
  if (!actor || !id.success || !(await change(actor, id.data))) notFound();
  revalidatePath(localizedPath(asLocale(locale), `/classes/${id.data}`));
}

export async function renewJoinCodeAction(locale: string, classId: string): Promise<void> {
  await onClass(locale, classId, renewJoinCode);
}

export async function setClassArchivedAction(locale: string, classId: string, archived: boolean): Promise<void> {
  await onClass(locale, classId, (actor, id) => setClassArchived(actor, id, archived));
}

export async function removeLearnerAction(locale: string, classId: string, form: FormData): Promise<void> {
  const learnerId = AccountId.safeParse(form.get("learnerId"));
  if (!learnerId.success) notFound();
  await onClass(locale, classId, (actor, id) => removeLearner(actor, id, learnerId.data));
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
  "passPercent",
  "attemptsAllowed",
  "guidedReading",
] as const;

/** Saves a draft assignment and opens its question preview. */
export async function createAssignmentAction(locale: string, classId: string, _state: ClassFormState, form: FormData): Promise<ClassFormState> {
  const actor = await teacher();
  const id = RowId.safeParse(classId);
  const kept = values(form, ASSIGNMENT_FIELDS);
  if (!actor || !id.success) return { errors: { form: "notFound" }, values: kept };
  const parsed = AssignmentInput.safeParse(kept);
  if (!parsed.success) return { errors: fieldErrors<ClassErrorKey>(parsed.error), values: kept };
  if (parsed.data.dueAt && parsed.data.dueAt.getTime() < Date.now()) return { errors: { dueAt: "duePast" }, values: kept };
  const created = await createAssignment(actor, id.data, parsed.data);
  if (!created) return { errors: { form: "notFound" }, values: kept };
  redirect(localizedPath(asLocale(locale), `/classes/${id.data}/assignments/${created.id}`));
}

export type QuestionChoiceState = { error: ClassErrorKey; saved?: never } | { saved: "saved"; error?: never } | null;

/** Saves the questions left on ("save") or publishes the assignment to the class ("publish"). */
export async function saveQuestionsAction(locale: string, classId: string, assignmentId: string, _state: QuestionChoiceState, form: FormData): Promise<QuestionChoiceState> {
  const actor = await teacher();
  const ids = RowId.safeParse(assignmentId);
  const enabled = QuestionChoice.safeParse(form.getAll("questionId"));
  if (!actor || !ids.success) return { error: "notFound" };
  if (!enabled.success) return { error: "settingsInvalid" };
  const result = await saveQuestionChoices(actor, ids.data, enabled.data, form.get("intent") === "publish");
  if (result === "notFound" || result === "noQuestionsLeft") return { error: result };
  revalidatePath(localizedPath(asLocale(locale), `/classes/${classId}`), "layout");
  return result === "saved" ? { saved: "saved" } : null;
}

/** Deletes a draft and returns to the class. */
export async function deleteDraftAction(locale: string, classId: string, assignmentId: string): Promise<void> {
  const actor = await teacher();
  const id = RowId.safeParse(assignmentId);
  const klass = RowId.safeParse(classId);
  if (!actor || !id.success || !klass.success || !(await deleteDraftAssignment(actor, id.data))) notFound();
  redirect(localizedPath(asLocale(locale), `/classes/${klass.data}`));
}

/** Moves an assignment's due date (statuses and "late" follow at once). */
export async function setDueAction(locale: string, classId: string, assignmentId: string, _state: ClassFormState, form: FormData): Promise<ClassFormState> {
  const kept = values(form, ["dueAt", "timeZone"]);
  const actor = await teacher();
  const id = RowId.safeParse(assignmentId);
  if (!actor || !id.success) return { errors: { form: "notFound" }, values: kept };
  const parsed = DueInput.safeParse(kept);
  if (!parsed.success) return { errors: fieldErrors<ClassErrorKey>(parsed.error), values: kept };
  if (!(await setAssignmentDue(actor, id.data, parsed.data.dueAt))) return { errors: { form: "notFound" }, values: kept };
  revalidatePath(localizedPath(asLocale(locale), `/classes/${classId}`), "layout");
  return null;
}
