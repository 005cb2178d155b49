import { SaveAnswerSchema } from "@/lib/quiz/schemas";
import type { Response as QuizResponse } from "@/lib/quiz/types";
import { checkAnswer } from "@/lib/server/learning/attempts";
import { apiError, jsonRoute, openAttemptRequest, readJson } from "@/lib/server/platform/api";

type Context = { params: Promise<{ id: string }> };

/** Immediate mode: checks one answer and returns its feedback (or, after a first miss, the evidence). */
export const POST = jsonRoute(async (request: Request, { params }: Context) => {
  const open = await openAttemptRequest(request, params);
  if (open instanceof Response) return open;
  const body = await readJson(request, SaveAnswerSchema);
  if (!body) return apiError(request, "bad-response");
  const result = await checkAnswer(open.userId, open.attemptId, body.questionId, body.response as QuizResponse);
  if ("error" in result) return apiError(request, result.error);
  return Response.json(result.feedback, { headers: { "Cache-Control": "no-store" } });
});
