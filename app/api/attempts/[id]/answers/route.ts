import { AttemptId, SaveAnswerSchema } from "@/lib/quiz/schemas";
import type { Response as QuizResponse } from "@/lib/quiz/types";
import { apiError, apiUserId, isSameSiteJson, readJson } from "@/lib/server/api";
import { saveAnswer } from "@/lib/server/attempts";

type Context = { params: Promise<{ id: string }> };

/** Autosaves one answer of the learner's own attempt in progress. */
export async function POST(request: Request, { params }: Context) {
  if (!isSameSiteJson(request)) return apiError(request, "forbidden");
  const userId = await apiUserId(request);
  if (!userId) return apiError(request, "unauthorized");
  const id = AttemptId.safeParse((await params).id);
  if (!id.success) return apiError(request, "not-found");
  const body = await readJson(request, SaveAnswerSchema);
  if (!body) return apiError(request, "bad-request");
  const result = await saveAnswer(userId, id.data, body.questionId, body.response as QuizResponse);
  if ("error" in result) return apiError(request, result.error === "bad-response" ? "bad-request" : result.error === "submitted" ? "submitted" : "not-found");
  return Response.json({ saved: true }, { headers: { "Cache-Control": "no-store" } });
}
