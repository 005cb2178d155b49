import { AttemptId, SaveAnswerSchema } from "@/lib/quiz/schemas";
import type { Response as QuizResponse } from "@/lib/quiz/types";
import { apiError, apiUserId, isSameSiteJson, readJson } from "@/lib/server/api";
import { checkAnswer } from "@/lib/server/attempts";

type Context = { params: Promise<{ id: string }> };

/** Immediate mode: checks one answer and returns its feedback (or, after a first miss, the evidence). */
export async function POST(request: Request, { params }: Context) {
  if (!isSameSiteJson(request)) return apiError(request, "forbidden");
  const userId = await apiUserId(request);
  if (!userId) return apiError(request, "unauthorized");
  const id = AttemptId.safeParse((await params).id);
  if (!id.success) return apiError(request, "not-found");
  const body = await readJson(request, SaveAnswerSchema);
  if (!body) return apiError(request, "bad-request");
  const result = await checkAnswer(userId, id.data, body.questionId, body.response as QuizResponse);
  if ("error" in result) return apiError(request, result.error === "bad-response" ? "bad-request" : result.error);
  return Response.json(result.feedback, { headers: { "Cache-Control": "no-store" } });
}
