import { z } from "zod";
import { getArticleGlossary } from "@/lib/server/learning/articles";
import { Slug } from "@/lib/validation/ids";
import { apiError, jsonRoute } from "@/lib/server/platform/api";
import { currentUser } from "@/lib/server/platform/session";

const Params = z.object({ slug: Slug });

/**
 * An article's glossary as JSON, for the reader's term bubbles and glossary panel. Fetched
 * after the page has loaded, so the terms and their notes do not weigh on the first paint.
 */
export const GET = jsonRoute(async (request: Request, { params }: { params: Promise<{ slug: string }> }) => {
  const parsed = Params.safeParse(await params);
  if (!parsed.success) return apiError(request, "bad-request");
  const glossary = await getArticleGlossary(parsed.data.slug, currentUser);
  if (!glossary) return apiError(request, "not-found");
  return Response.json(
    { terms: glossary.terms },
    // A class's article is nobody else's business: no shared cache keeps it.
    { headers: { "Cache-Control": glossary.visibility === "site" ? "public, max-age=300, stale-while-revalidate=86400" : "private, no-store", ETag: `"${glossary.hash}"` } },
  );
});
