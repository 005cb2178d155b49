import { z } from "zod";
import { getArticleGlossary } from "@/lib/server/learning/articles";
import { Slug } from "@/lib/validation/ids";

const Params = z.object({ slug: Slug });

/**
 * An article's glossary as JSON, for the reader's term bubbles and glossary panel. Fetched
 * after the page has loaded, so the terms and their notes do not weigh on the first paint.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const parsed = Params.safeParse(await params);
  if (!parsed.success) return Response.json({ error: "INVALID_SLUG" }, { status: 400 });
  const glossary = await getArticleGlossary(parsed.data.slug);
  if (!glossary) return Response.json({ error: "NOT_FOUND" }, { status: 404 });
  return Response.json(
    { terms: glossary.terms },
    { headers: { "Cache-Control": "public, max-age=300, stale-while-revalidate=86400", ETag: `"${glossary.hash}"` } },
  );
}
