"use server";
import { revalidatePath } from "next/cache";
import { notFound, redirect } from "next/navigation";
import { DraftChangeSchema } from "@/lib/align/draft";
import { fieldErrors } from "@/lib/auth/credentials";
import { parseArticleContent } from "@/lib/content/schema";
import { asLocale, localizedPath } from "@/lib/i18n/paths";
import { routing } from "@/lib/i18n/routing";
import { DraftDetailsInput, DraftTermInput, NewArticleInput, type ArticleFieldError } from "@/lib/validation/authoring";
import { RowId, Slug } from "@/lib/validation/ids";
import { changeDraft, changeDraftGlossary, createDraft, deleteDraft, updateDraftDetails } from "@/lib/server/authoring/drafts";
import { draftFromArticle, importContentFile, publishDraft } from "@/lib/server/authoring/publish";
import { TextFileError, textOfFile } from "@/lib/server/authoring/text-files";
import { requireForm } from "@/lib/server/platform/action-input";
import { isTeacher } from "@/lib/server/platform/actor";
import { actionFailure, fieldFailure, isFailure, type FormState } from "@/lib/server/platform/errors";
import { currentUser } from "@/lib/server/platform/session";
import { readerPath } from "@/lib/server/learning/articles";

// The teacher's import actions. Each checks the session and its input itself (a server action
// can be posted directly); the services find only the teacher's own drafts and articles.

export type ArticleFormState = FormState<ArticleFieldError | "contentInvalid">;

const FIELDS = ["vi", "en", "sourceName", "sourceUrl", "publishedOn", "credit", "level", "topics", "visibility"] as const;
const text = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
};

async function teacher() {
  const user = await currentUser();
  return isTeacher(user) ? user : null;
}

/** A side's text: the uploaded file's when one is given, else what was pasted. */
async function side(form: FormData, name: "vi" | "en"): Promise<string | TextFileError> {
  const file = form.get(`${name}File`);
  if (file instanceof File && file.size > 0) {
    if (file.size > 2_000_000) return new TextFileError("too-long");
    try {
      return await textOfFile(file.name, new Uint8Array(await file.arrayBuffer()));
    } catch (error) {
      if (error instanceof TextFileError) return error;
      throw error;
    }
  }
  return text(form, name);
}

/** Aligns two texts into a new draft and opens its review. */
export async function createArticleDraftAction(locale: string, _state: ArticleFormState, form: FormData): Promise<ArticleFormState> {
  requireForm(form);
  const to = asLocale(locale);
  const values = Object.fromEntries(FIELDS.map((n) => [n, text(form, n)]));
  const actor = await teacher();
  if (!actor) return actionFailure(to, "not-found", values);
  const [vi, en] = [await side(form, "vi"), await side(form, "en")];
  const unreadable: Partial<Record<string, ArticleFieldError>> = {};
  for (const [name, value] of [["vi", vi], ["en", en]] as const) if (value instanceof TextFileError) unreadable[name] = value.problem === "too-long" ? "textTooLong" : value.problem === "empty" ? "textMissing" : "fileUnreadable";
  if (Object.keys(unreadable).length > 0) return fieldFailure(unreadable, values);
  const parsed = NewArticleInput.safeParse({ ...values, vi, en });
  if (!parsed.success) return fieldFailure(fieldErrors<ArticleFieldError>(parsed.error), values);
  const created = await createDraft(actor, parsed.data);
  if (isFailure(created)) return actionFailure(to, created.error, values);
  redirect(localizedPath(to, `/library/drafts/${created.id}`));
}

/** Brings an exported content file back as a draft. */
export async function importContentAction(locale: string, _state: ArticleFormState, form: FormData): Promise<ArticleFormState> {
  requireForm(form);
  const to = asLocale(locale);
  const actor = await teacher();
  if (!actor) return actionFailure(to, "not-found");
  const file = form.get("content");
  let content;
  try {
    if (!(file instanceof File) || file.size === 0 || file.size > 2_000_000) throw new Error("no file");
    content = parseArticleContent(JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(await file.arrayBuffer())));
  } catch {
    return fieldFailure({ content: "contentInvalid" });
  }
  const created = await importContentFile(actor, content);
  if (isFailure(created)) return actionFailure(to, created.error);
  redirect(localizedPath(to, `/library/drafts/${created.id}`));
}

const reviewPath = (locale: string, draftId: string) => localizedPath(asLocale(locale), `/library/drafts/${draftId}`);
const number = (form: FormData, name: string) => (text(form, name) === "" ? undefined : Number(text(form, name)));

/** One change to the pairs (the form says which); back to the review, at the pair. */
export async function changeDraftAction(locale: string, draftId: string, form: FormData): Promise<void> {
  requireForm(form);
  const actor = await teacher();
  const id = RowId.safeParse(draftId);
  if (!actor || !id.success) notFound();
  const change = DraftChangeSchema.safeParse({
    op: text(form, "op"),
    pair: text(form, "pair"),
    side: text(form, "side") || undefined,
    to: text(form, "to") || undefined,
    vi: number(form, "vi"),
    en: number(form, "en"),
    sentence: number(form, "sentence"),
    text: text(form, "text"),
    before: text(form, "before"),
  });
  const result = !change.success || isFailure(await changeDraft(actor, id.data, change.data));
  const anchor = text(form, "pair") ? `#pair-${text(form, "pair")}` : "";
  revalidatePath(reviewPath(locale, id.data));
  redirect(`${reviewPath(locale, id.data)}${result ? "?error=change" : ""}${anchor}`);
}

/** Adds or removes a glossary entry of the draft. */
export async function draftGlossaryAction(locale: string, draftId: string, form: FormData): Promise<void> {
  requireForm(form);
  const actor = await teacher();
  const id = RowId.safeParse(draftId);
  if (!actor || !id.success) notFound();
  const remove = text(form, "remove");
  const term = DraftTermInput.safeParse({ vi: text(form, "termVi"), en: text(form, "termEn"), kind: text(form, "kind"), note: text(form, "note") });
  const result = remove ? await changeDraftGlossary(actor, id.data, { remove }) : term.success ? await changeDraftGlossary(actor, id.data, { add: term.data }) : { error: "bad-request" as const };
  revalidatePath(reviewPath(locale, id.data));
  redirect(`${reviewPath(locale, id.data)}${isFailure(result) ? "?error=term" : ""}#glossary`);
}

/** Publishes the draft and opens the article. */
export async function publishDraftAction(locale: string, draftId: string): Promise<void> {
  const actor = await teacher();
  const id = RowId.safeParse(draftId);
  if (!actor || !id.success) notFound();
  const published = await publishDraft(actor, id.data);
  if (isFailure(published)) {
    if (published.error === "not-found") notFound();
    redirect(`${reviewPath(locale, id.data)}?error=publish`);
  }
  // The cached reader of this slug (a public version, or the redirect sent before it was
  // public) is rebuilt on its next visit, in both languages.
  // The home page lists the site's articles from its cache: rebuilt too.
  for (const l of routing.locales) {
    revalidatePath(localizedPath(l, `/articles/${published.slug}`));
    revalidatePath(localizedPath(l, "/"));
  }
  redirect(localizedPath(asLocale(locale), readerPath(published)));
}

/** Deletes a draft and goes back to the teacher's articles. */
export async function deleteDraftAction(locale: string, draftId: string): Promise<void> {
  const actor = await teacher();
  const id = RowId.safeParse(draftId);
  if (!actor || !id.success || isFailure(await deleteDraft(actor, id.data))) notFound();
  redirect(localizedPath(asLocale(locale), "/library/mine"));
}

/** Opens a draft that edits one of the teacher's published articles. */
export async function editArticleAction(locale: string, slug: string): Promise<void> {
  const actor = await teacher();
  const parsed = Slug.safeParse(slug);
  if (!actor || !parsed.success) notFound();
  const draft = await draftFromArticle(actor, parsed.data);
  if (isFailure(draft)) notFound();
  redirect(reviewPath(locale, draft.id));
}

/** Saves the draft's details from the review page's form. */
export async function draftDetailsAction(locale: string, draftId: string, form: FormData): Promise<void> {
  requireForm(form);
  const actor = await teacher();
  const id = RowId.safeParse(draftId);
  if (!actor || !id.success) notFound();
  const parsed = DraftDetailsInput.safeParse(Object.fromEntries(FIELDS.slice(2).map((n) => [n, text(form, n)])));
  const result = parsed.success ? await updateDraftDetails(actor, id.data, parsed.data) : { error: "bad-request" as const };
  revalidatePath(reviewPath(locale, id.data));
  redirect(`${reviewPath(locale, id.data)}${isFailure(result) ? "?error=details" : ""}#details`);
}
