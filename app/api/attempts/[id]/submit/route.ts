import { submitAttempt } from "@/lib/server/learning/attempts";
import { apiError, jsonRoute, openAttemptRequest } from "@/lib/server/platform/api";

type Context = { params: Promise<{ id: string }> };

/** Submits the learner's own attempt. Idempotent: a repeated submit returns the same score. */
export const POST = jsonRoute(async (request: Request, { params }: Context) => {
  const open = await openAttemptRequest(request, params);
  if (open instanceof Response) return open;
  const result = await submitAttempt(open.userId, open.attemptId);
  if ("error" in result) return apiError(request, result.error);
  return Response.json(result, { headers: { "Cache-Control": "no-store" } });
});
