import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { localeAlternates } from "@/lib/i18n/alternates";
import type { AppLocale } from "@/lib/i18n/routing";
import { LibraryQuery } from "@/lib/validation/authoring";
import { listArticles } from "@/lib/server/learning/articles";
import { isTeacher } from "@/lib/server/platform/actor";
import { currentUser } from "@/lib/server/platform/session";
import { LibraryView, topicsOf } from "./library-view";

type Props = { params: Promise<{ locale: AppLocale }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Home" });
  return { title: t("libraryTitle"), alternates: localeAlternates("/library", locale) };
}

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/**
 * The library as the reader may see it — the site's articles, their own and their teachers'
 * for their classes — searched (marks optional) and filtered by level and topic. Rendered per
 * request: it depends on who is reading.
 */
export default async function LibraryPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const raw = await searchParams;
  const query = LibraryQuery.parse({ q: one(raw.q) ?? "", level: one(raw.level) || null, topic: one(raw.topic) || null });
  const user = await currentUser();
  const reader = user && !user.isGuest ? { id: user.id, role: user.role } : null;
  const [articles, all] = await Promise.all([listArticles(reader, query), listArticles(reader)]);
  return <LibraryView locale={locale} articles={articles} topics={topicsOf(all, locale)} query={query} headingLevel={1} canAdd={isTeacher(user)} />;
}
