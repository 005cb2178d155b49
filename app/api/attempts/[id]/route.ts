import { RowId } from "@/lib/validation/ids";
import { apiError, apiUserId, jsonRoute } from "@/lib/server/platform/api";
import { getAttemptForPlayer } from "@/lib/server/learning/attempts";

type Context = { params: Promise<{ id: string }> };

/** The signed-in learner's own attempt (no answer keys before it is submitted). */
export const GET = jsonRoute(async (request: Request, { params }: Context) => {
  const id = RowId.safeParse((await params).id);
  if (!id.success) return apiError(request, "not-found");
  const userId = await apiUserId(request);
  if (!userId) return apiError(request, "unauthorized");
  const attempt = await getAttemptForPlayer(userId, id.data);
  if (!attempt) return apiError(request, "not-found");
  return Response.json(attempt, { headers: { "Cache-Control": "private, no-store" } });
});
