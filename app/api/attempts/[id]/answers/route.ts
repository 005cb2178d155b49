import { SaveAnswerSchema } from "@/lib/quiz/schemas";
import type { Response as QuizResponse } from "@/lib/quiz/types";
import { saveAnswer } from "@/lib/server/learning/attempts";
import { apiError, jsonRoute, openAttemptRequest, readJson } from "@/lib/server/platform/api";
import { autosaveWindow } from "@/lib/server/platform/limits";

type Context = { params: Promise<{ id: string }> };

/** Autosaves one answer of the learner's own attempt in progress. */
export const POST = jsonRoute(async (request: Request, { params }: Context) => {
  const open = await openAttemptRequest(request, params);
  if (open instanceof Response) return open;
  const retryAfter = autosaveWindow.hit(open.attemptId);
  if (retryAfter !== null) return apiError(request, "too-many-requests", { "Retry-After": String(retryAfter) });
  const body = await readJson(request, SaveAnswerSchema);
  if (!body) return apiError(request, "bad-response");
  const result = await saveAnswer(open.userId, open.attemptId, body.questionId, body.response as QuizResponse);
  if ("error" in result) return apiError(request, result.error);
  return Response.json({ saved: true }, { headers: { "Cache-Control": "no-store" } });
});
