import "server-only";
import { createHash } from "node:crypto";
import { contentFromDraft, draftFromContent } from "@/lib/align/draft";
import { slugFrom } from "@/lib/align/content";
import { writeArticle } from "@/lib/db/article-writer";
import { ArticleContentSchema, type ArticleContent } from "@/lib/content/schema";
import { getArticle, mayReadArticle, type ArticleView } from "@/lib/server/learning/articles";
import { isTeacher, type Actor } from "@/lib/server/platform/actor";
import { db } from "@/lib/server/platform/db";
import { failure, type Failure } from "@/lib/server/platform/errors";
import { readStoredJson } from "@/lib/server/platform/stored-json";
import { z } from "zod";
import { claimImport, loadDraft } from "./drafts";

// Publishing a draft as an article of the teacher's, editing a published one (its sentence keys
// kept, so reading records, reveals and attempts stay attached), and the exchange format.

const RESERVED = new Set(["new", "mine", "drafts"]);

/** A slug no other article has: the headline's, then "-2", "-3"… */
async function freeSlug(base: string): Promise<string> {
  for (let n = 1; ; n++) {
    const slug = n === 1 ? base : `${base.slice(0, 56)}-${n}`;
    // The library's own pages live beside its articles.
    if (RESERVED.has(slug)) continue;
    if (!(await db().article.findUnique({ where: { slug }, select: { id: true } }))) return slug;
  }
}

/** Publishes the teacher's draft; "bad-request" when it does not make an article (no pair with
 * both sides). The draft is gone afterwards. */
export async function publishDraft(actor: Actor, draftId: string): Promise<{ slug: string; visibility: "site" | "classes" } | Failure<"not-found" | "bad-request">> {
  const draft = await loadDraft(actor, draftId);
  if (!draft) return failure("not-found");
  let slug = draft.state.slug;
  if (draft.articleId) {
    const owned = await db().article.findFirst({ where: { id: draft.articleId, ownerId: actor.id }, select: { slug: true } });
    if (!owned) return failure("not-found");
    slug = owned.slug;
  }
  const parsed = ArticleContentSchema.safeParse(contentFromDraft(draft.state, slug ?? "draft"));
  if (!parsed.success || parsed.data.blocks.length === 0) return failure("bad-request");
  const content: ArticleContent = { ...parsed.data, slug: slug ?? (await freeSlug(slugFrom(parsed.data.blocks[0]!.sentences[0]!.vi))) };
  const { visibility, level, topics } = draft.state.details;
  // Who may read it is part of what is cached: a change of visibility alone changes the hash.
  const listing = { ownerId: actor.id, visibility, level, topics };
  const hash = createHash("sha256").update(JSON.stringify(content)).update(JSON.stringify(listing)).digest("hex");
  await writeArticle(db(), content, hash, listing);
  await db().articleDraft.deleteMany({ where: { id: draftId, ownerId: actor.id } });
  return { slug: content.slug, visibility };
}

const keyOf = (slug: string, id: string) => id.slice(slug.length + 1);

/** A published article of the teacher's as content (the seed format). */
function contentOf(view: ArticleView): ArticleContent {
  return {
    schemaVersion: 1,
    slug: view.slug,
    originalLanguage: view.originalLanguage === "en" ? "en" : "vi",
    source: view.source,
    credits: view.credits,
    blocks: view.blocks.map((b) => {
      const key = keyOf(view.slug, b.id);
      const sentences = b.sentences.map((s) => ({ key: keyOf(view.slug, s.id), vi: s.vi, en: s.en }));
      if (b.kind === "figure") return { kind: "figure", key, imageUrl: b.imageUrl, credit: b.credit, sentences };
      if (b.kind === "note") return { kind: "note", key, refersTo: keyOf(view.slug, b.refersToSentenceId ?? ""), sentences };
      return { kind: b.kind, key, sentences } as ArticleContent["blocks"][number];
    }),
    glossary: view.glossary.map((t) => ({
      key: keyOf(view.slug, t.id),
      vi: t.vi,
      en: t.en,
      kind: t.kind,
      ...(t.enForms.length > 0 ? { enForms: t.enForms } : {}),
      ...(t.aliases.vi || t.aliases.en ? { aliases: t.aliases } : {}),
      ...(t.sameAs.length > 0 ? { sameAs: t.sameAs.map((id) => keyOf(view.slug, id)) } : {}),
      note: t.note,
    })),
  };
}

/** The article in the exchange format, for a teacher who may read it; null otherwise. */
export async function exportArticle(actor: Actor, slug: string): Promise<ArticleContent | null> {
  if (!isTeacher(actor)) return null;
  const view = await getArticle(slug);
  if (!view || !(await mayReadArticle(actor, view)) || (view.visibility !== "site" && view.ownerId !== actor.id)) return null;
  return contentOf(view);
}

const Topics = z.array(z.string());
const asLevel = (level: string | null) => (["A2", "B1", "B2", "C1"] as const).find((l) => l === level) ?? null;

/** A draft that edits one of the teacher's published articles: every pair keeps its key. */
export async function draftFromArticle(actor: Actor, slug: string): Promise<{ id: string } | Failure<"not-found" | "too-many-requests">> {
  if (!isTeacher(actor)) return failure("not-found");
  if (!(await db().article.findFirst({ where: { slug, ownerId: actor.id }, select: { id: true } }))) return failure("not-found");
  // Each edit is a new draft: counted like an import.
  if (!(await claimImport(actor))) return failure("too-many-requests");
  const row = await db().article.findFirst({ where: { slug, ownerId: actor.id }, select: { id: true, visibility: true, level: true, topics: true, creditsVi: true } });
  const view = row && (await getArticle(slug));
  if (!row || !view) return failure("not-found");
  const content = contentOf(view);
  const details = { sourceName: content.source.name, sourceUrl: content.source.url, publishedOn: content.source.publishedOn, credit: row.creditsVi, level: asLevel(row.level), topics: readStoredJson(Topics, row.topics, []), visibility: row.visibility === "classes" ? ("classes" as const) : ("site" as const) };
  const state = draftFromContent(content, details, slug);
  return db().articleDraft.create({ data: { ownerId: actor.id, articleId: row.id, title: view.title.vi.slice(0, 200), state: JSON.stringify(state) }, select: { id: true } });
}

/** A draft from an exported content file: the teacher's own article of that slug is edited,
 * anything else becomes a new article of theirs. Counted against the hourly import limit. */
export async function importContentFile(actor: Actor, content: ArticleContent): Promise<{ id: string } | Failure<"not-found" | "too-many-requests">> {
  if (!isTeacher(actor)) return failure("not-found");
  if (!(await claimImport(actor))) return failure("too-many-requests");
  const own = await db().article.findFirst({ where: { slug: content.slug, ownerId: actor.id }, select: { id: true } });
  const details = { sourceName: content.source.name, sourceUrl: content.source.url, publishedOn: content.source.publishedOn, credit: content.credits.vi, level: null, topics: [], visibility: "classes" as const };
  const state = draftFromContent(content, details, own ? content.slug : null);
  const title = content.blocks[0]?.sentences[0]?.vi.slice(0, 200) ?? "—";
  return db().articleDraft.create({ data: { ownerId: actor.id, articleId: own?.id ?? null, title, state: JSON.stringify(state) }, select: { id: true } });
}
