import { hasLocale } from "next-intl";
import { Cuid } from "@/lib/classes/schemas";
import { routing } from "@/lib/i18n/routing";
import { apiError, apiLocale } from "@/lib/server/api";
import { auth } from "@/lib/server/auth";
import { getTeacherAssignment } from "@/lib/server/assignments";
import { assignmentResultsCsv, resultsFileName } from "@/lib/server/results-export";

/** An assignment's results as a CSV download, for the class's teacher only. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const session = await auth().api.getSession({ headers: request.headers });
  if (!session) return apiError(request, "unauthorized");
  const user = session.user as typeof session.user & { role?: string; isAnonymous?: boolean | null };
  const actor = { id: user.id, role: user.role === "teacher" ? ("teacher" as const) : ("learner" as const), isGuest: Boolean(user.isAnonymous) };
  const id = Cuid.safeParse((await params).id);
  const asked = new URL(request.url).searchParams.get("locale");
  const locale = hasLocale(routing.locales, asked) ? asked : apiLocale(request);
  const assignment = id.success ? await getTeacherAssignment(actor, id.data) : null;
  const csv = assignment ? await assignmentResultsCsv(actor, assignment.id, locale) : null;
  if (!assignment || csv === null) return apiError(request, "not-found");
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${resultsFileName(assignment.class.name, assignment.article.slug)}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
