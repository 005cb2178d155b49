import { hasLocale } from "next-intl";
import { z } from "zod";
import { CSV_SEPARATORS } from "@/lib/classes/results-csv";
import { RowId } from "@/lib/validation/ids";
import { routing } from "@/lib/i18n/routing";
import { apiError, apiLocale, jsonRoute } from "@/lib/server/platform/api";
import { getTeacherAssignment } from "@/lib/server/teaching/assignments";
import { resultsCsvFor, resultsFileName } from "@/lib/server/teaching/export";
import { verifiedSessionUser } from "@/lib/server/platform/session";

/** An assignment's results as a CSV download, for the class's teacher only. */
export const GET = jsonRoute(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const actor = await verifiedSessionUser(request.headers);
  if (!actor) return apiError(request, "unauthorized");
  const id = RowId.safeParse((await params).id);
  const asked = new URL(request.url).searchParams.get("locale");
  const locale = hasLocale(routing.locales, asked) ? asked : apiLocale(request);
  // ?sep=semicolon|comma; none: the one Excel expects in the teacher's language.
  const sep = z.enum(CSV_SEPARATORS).optional().safeParse(new URL(request.url).searchParams.get("sep") ?? undefined);
  if (!sep.success) return apiError(request, "bad-request");
  const assignment = id.success ? await getTeacherAssignment(actor, id.data) : null;
  if (!assignment) return apiError(request, "not-found");
  return new Response(await resultsCsvFor(assignment, locale, new Date(), sep.data), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${resultsFileName(assignment.class.name, assignment.article.slug)}"`,
      "Cache-Control": "private, no-store",
    },
  });
});
