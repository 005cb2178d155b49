import { AttemptId } from "@/lib/quiz/schemas";
import { apiError, apiUserId, isSameSiteJson } from "@/lib/server/api";
import { submitAttempt } from "@/lib/server/attempts";

type Context = { params: Promise<{ id: string }> };

/** Submits the learner's own attempt. Idempotent: a repeated submit returns the same score. */
export async function POST(request: Request, { params }: Context) {
  if (!isSameSiteJson(request)) return apiError(request, "forbidden");
  const userId = await apiUserId(request);
  if (!userId) return apiError(request, "unauthorized");
  const id = AttemptId.safeParse((await params).id);
  if (!id.success) return apiError(request, "not-found");
  const result = await submitAttempt(userId, id.data);
  if ("error" in result) return apiError(request, "not-found");
  return Response.json(result, { headers: { "Cache-Control": "no-store" } });
}
