import { z } from "zod";
import { apiError, isSameSiteJson, jsonRoute, readJson } from "@/lib/server/platform/api";
import { saveTermForReview } from "@/lib/server/learning/reviews";
import { currentOrGuestUser } from "@/lib/server/platform/session";
import { TermId } from "@/lib/validation/ids";

const SaveTerm = z.object({ termId: TermId }).strict();

/** Saves a glossary term for spaced review (two cards, one per direction). A visitor who is
 * not signed in becomes a guest, whose cards move to their account when they sign up. */
export const POST = jsonRoute(async (request: Request) => {
  if (!isSameSiteJson(request)) return apiError(request, "forbidden");
  const body = await readJson(request, SaveTerm);
  if (!body) return apiError(request, "bad-request");
  const user = await currentOrGuestUser();
  if (!user) return apiError(request, "too-many-requests");
  if (!(await saveTermForReview(user.id, body.termId))) return apiError(request, "not-found");
  return Response.json({ saved: true }, { status: 201, headers: { "Cache-Control": "no-store" } });
});
