"use server";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { JoinCodeInput, type ClassErrorKey } from "@/lib/classes/schemas";
import { asLocale, localizedPath } from "@/lib/i18n/paths";
import { findClassByCode, joinClass } from "@/lib/server/teaching/classes";
import { actionFailure, fieldFailure, isFailure, type FormState } from "@/lib/server/platform/errors";
import { clientIp, joinTryAllowed } from "@/lib/server/platform/limits";
import { currentUser } from "@/lib/server/platform/session";
import { requireForm } from "@/lib/server/platform/action-input";

export type JoinState = FormState<ClassErrorKey>;

/** Joins the class with the typed code and opens "My assignments"; a visitor signs up first. */
export async function joinClassAction(locale: string, _state: JoinState, form: FormData): Promise<JoinState> {
  requireForm(form);
  const typed = typeof form.get("code") === "string" ? String(form.get("code")) : "";
  const code = JoinCodeInput.safeParse(typed);
  if (!code.success) return fieldFailure<ClassErrorKey>({ code: "codeInvalid" }, { code: typed });
  const to = asLocale(locale);
  if (!(await joinTryAllowed(clientIp(await headers())))) return actionFailure(to, "too-many-requests", { code: typed });
  const user = await currentUser();
  if (!user || user.isGuest) {
    // A code that leads nowhere is said so now, not after the visitor has signed up for it.
    const found = await findClassByCode(code.data);
    if (!found) return actionFailure(to, "code-unknown", { code: typed });
    if (found.archived) return actionFailure(to, "class-archived", { code: typed });
    // Signing up (or in) comes back to this class's join page.
    redirect(localizedPath(to, `/sign-up?next=${encodeURIComponent(localizedPath(to, `/join/${code.data}`))}`));
  }
  const result = await joinClass(user, code.data);
  if (isFailure(result)) return actionFailure(to, result.error, { code: typed });
  redirect(localizedPath(to, `/assignments?joined=${result.classId}`));
}
