import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { ArticleReading } from "@/app/_components/article/article-reading";
import { asLocale } from "@/lib/i18n/paths";
import { Slug } from "@/lib/validation/ids";
import { getReadableArticle } from "@/lib/server/learning/articles";
import { currentUser } from "@/lib/server/platform/session";

type Props = { params: Promise<{ locale: string; slug: string }> };

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  const parsed = Slug.safeParse(slug);
  const article = parsed.success ? await getReadableArticle(await currentUser(), parsed.data) : null;
  return article ? { title: article.title[asLocale(locale)], robots: { index: false } } : {};
}

/** A teacher's article for their classes: read only by the teacher and the classes' learners;
 * to anyone else it does not exist. Rendered per request, the session checked. */
export default async function ClassArticlePage({ params }: Props) {
  const { slug } = await params;
  const locale = asLocale((await params).locale);
  setRequestLocale(locale);
  const parsed = Slug.safeParse(slug);
  const article = parsed.success ? await getReadableArticle(await currentUser(), parsed.data) : null;
  if (!article) notFound();
  // A site article is shown here too (never sent back to /articles, whose cached copy may
  // still be the redirect that brought the reader here).
  return <ArticleReading article={article} locale={locale} />;
}
