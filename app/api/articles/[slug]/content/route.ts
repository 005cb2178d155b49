import { z } from "zod";
import { exportArticle } from "@/lib/server/authoring/publish";
import { apiError, jsonRoute } from "@/lib/server/platform/api";
import { isTeacher } from "@/lib/server/platform/actor";
import { currentUser } from "@/lib/server/platform/session";
import { Slug } from "@/lib/validation/ids";

const Params = z.object({ slug: Slug });

/** An article in the exchange format (the seed's content file), for a teacher who may read it:
 * the site's articles and their own; another teacher's class article looks like none at all. */
export const GET = jsonRoute(async (request: Request, { params }: { params: Promise<{ slug: string }> }) => {
  const parsed = Params.safeParse(await params);
  if (!parsed.success) return apiError(request, "bad-request");
  const user = await currentUser();
  if (!isTeacher(user)) return apiError(request, user ? "not-found" : "unauthorized");
  const content = await exportArticle(user, parsed.data.slug);
  if (!content) return apiError(request, "not-found");
  return new Response(`${JSON.stringify(content, null, 2)}\n`, {
    headers: { "Content-Type": "application/json; charset=utf-8", "Content-Disposition": `attachment; filename="${content.slug}.json"`, "Cache-Control": "private, no-store" },
  });
});
