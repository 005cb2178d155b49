import { ReadingRecordSchema } from "@/lib/reading/record-schema";
import type { ReadingRecord } from "@/lib/reading/local-record";
import { apiError, apiUserId, isSameSiteJson, jsonRoute, readJson } from "@/lib/server/platform/api";
import { syncReadingRecord } from "@/lib/server/learning/reading-records";
import { Slug } from "@/lib/validation/ids";


/**
 * Adds the browser's reading record of an article to the signed-in learner's (guests too) and
 * returns the combined record, so progress follows the learner from device to device.
 */
export const PUT = jsonRoute(async (request: Request, { params }: { params: Promise<{ slug: string }> }) => {
  if (!isSameSiteJson(request)) return apiError(request, "forbidden");
  const slug = Slug.safeParse((await params).slug);
  if (!slug.success) return apiError(request, "not-found");
  const userId = await apiUserId(request);
  if (!userId) return apiError(request, "unauthorized");
  const record = await readJson(request, ReadingRecordSchema);
  if (!record) return apiError(request, "bad-request");
  const result = await syncReadingRecord(userId, slug.data, record as ReadingRecord);
  if (!result) return apiError(request, "not-found");
  return Response.json(result, { headers: { "Cache-Control": "no-store" } });
});
