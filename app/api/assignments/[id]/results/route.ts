import { hasLocale } from "next-intl";
import { RowId } from "@/lib/validation/ids";
import { routing } from "@/lib/i18n/routing";
import { apiError, apiLocale, jsonRoute } from "@/lib/server/platform/api";
import { auth } from "@/lib/server/platform/auth";
import { getTeacherAssignment } from "@/lib/server/teaching/assignments";
import { resultsCsvFor, resultsFileName } from "@/lib/server/teaching/export";
import { sessionUserOf } from "@/lib/server/platform/session";

/** An assignment's results as a CSV download, for the class's teacher only. */
export const GET = jsonRoute(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const session = await auth().api.getSession({ headers: request.headers });
  if (!session) return apiError(request, "unauthorized");
  const actor = sessionUserOf(session.user);
  const id = RowId.safeParse((await params).id);
  const asked = new URL(request.url).searchParams.get("locale");
  const locale = hasLocale(routing.locales, asked) ? asked : apiLocale(request);
  const assignment = id.success ? await getTeacherAssignment(actor, id.data) : null;
  if (!assignment) return apiError(request, "not-found");
  return new Response(await resultsCsvFor(assignment, locale), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${resultsFileName(assignment.class.name, assignment.article.slug)}"`,
      "Cache-Control": "private, no-store",
    },
  });
});
