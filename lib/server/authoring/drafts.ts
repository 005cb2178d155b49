import "server-only";
import { applyChange, contentFromDraft, DraftChangeError, DraftStateSchema, draftFromTexts, needsLook, type DraftChange, type DraftState, type DraftTerm } from "@/lib/align/draft";
import { ArticleContentSchema } from "@/lib/content/schema";
import { quizArticleFromContent } from "@/lib/quiz/article";
import { generateQuestionBank } from "@/lib/quiz/generate";
import { isFlagged } from "@/lib/quiz/quality";
import { suggestNames } from "@/lib/align/names";
import type { NewArticleInput } from "@/lib/validation/authoring";
import { isTeacher, type Actor } from "@/lib/server/platform/actor";
import { db } from "@/lib/server/platform/db";
import { DONE, failure, type Done, type Failure } from "@/lib/server/platform/errors";
import { consumeAttempt } from "@/lib/server/platform/limits";
import { readStoredJson } from "@/lib/server/platform/stored-json";

// A teacher's imports in progress. Every function finds drafts by id *and* owner, so another
// teacher's draft reads as none at all; each change is saved at once (a reload loses nothing).

const HOUR = 60 * 60 * 1000;
/** Imports a teacher may start in an hour: a week's reading in one sitting, not a flood. */
export const IMPORTS_PER_HOUR = 30;

/** Counts one import (a paste, a content file, an edit) against the teacher's hourly limit;
 * false once it is used up. */
export const claimImport = (actor: Actor) => consumeAttempt(db(), [{ key: `import:${actor.id}`, max: IMPORTS_PER_HOUR, windowMs: HOUR }]);

const titleOf = (state: DraftState) => state.pairs[0]?.vi.join(" ").slice(0, 200) || "—";

/** A new draft from two texts, aligned; "too-many-requests" past the hourly limit. */
export async function createDraft(actor: Actor, input: NewArticleInput): Promise<{ id: string } | Failure<"not-found" | "too-many-requests">> {
  if (!isTeacher(actor)) return failure("not-found");
  if (!(await claimImport(actor))) return failure("too-many-requests");
  const { vi, en, ...details } = input;
  const state = draftFromTexts(vi, en, details);
  return db().articleDraft.create({ data: { ownerId: actor.id, title: titleOf(state), state: JSON.stringify(state) }, select: { id: true } });
}

/** The teacher's own draft with its state, or null. */
export async function loadDraft(actor: Actor, draftId: string): Promise<{ id: string; articleId: string | null; state: DraftState; updatedAt: Date } | null> {
  if (!isTeacher(actor)) return null;
  const row = await db().articleDraft.findFirst({ where: { id: draftId, ownerId: actor.id }, select: { id: true, articleId: true, state: true, updatedAt: true } });
  if (!row) return null;
  const state = readStoredJson(DraftStateSchema.nullable(), row.state, null);
  return state ? { id: row.id, articleId: row.articleId, state, updatedAt: row.updatedAt } : null;
}

/** What the review page shows: the pairs (those to look at counted), the glossary so far and
 * the names found in both texts that it does not hold yet. */
export async function getDraft(actor: Actor, draftId: string) {
  const draft = await loadDraft(actor, draftId);
  if (!draft) return null;
  const { state } = draft;
  return {
    id: draft.id,
    editing: draft.articleId !== null,
    slug: state.slug,
    details: state.details,
    pairs: state.pairs.map((p) => ({ id: p.id, kind: p.kind, vi: p.vi, en: p.en, confidence: p.confidence, needsLook: needsLook(p) })),
    toLook: state.pairs.filter(needsLook).length,
    canUndo: state.undo.length > 0,
    glossary: state.glossary,
    suggestions: suggestNames(state.pairs, state.glossary),
    bank: bankPreview(state),
    updatedAt: draft.updatedAt,
  };
}

/** The questions the published article's quiz could ask (Vietnamese mode), the flagged ones
 * with their reasons: what the teacher will find switched off when assigning it. */
function bankPreview(state: DraftState): { total: number; flaggedCount: number; flagged: { prompt: string; flags: string[] }[] } {
  const parsed = ArticleContentSchema.safeParse(contentFromDraft(state, state.slug ?? "draft"));
  if (!parsed.success) return { total: 0, flaggedCount: 0, flagged: [] };
  const bank = generateQuestionBank(quizArticleFromContent(parsed.data), "vi");
  const flagged = bank.filter(isFlagged);
  return { total: bank.length, flaggedCount: flagged.length, flagged: flagged.slice(0, 12).map((q) => ({ prompt: q.prompt, flags: q.flags })) };
}
export type DraftView = NonNullable<Awaited<ReturnType<typeof getDraft>>>;

/** The teacher's drafts, last changed first. */
export async function listDrafts(actor: Actor) {
  if (!isTeacher(actor)) return [];
  return db().articleDraft.findMany({ where: { ownerId: actor.id }, orderBy: { updatedAt: "desc" }, select: { id: true, title: true, updatedAt: true, articleId: true } });
}

/** Saves a new state only if nobody saved since it was read (two tabs: the later one retries). */
async function save(draftId: string, ownerId: string, read: Date, state: DraftState): Promise<boolean> {
  // Only a state the loader reads back is saved: a draft never becomes unopenable.
  if (!DraftStateSchema.safeParse(state).success) return false;
  const { count } = await db().articleDraft.updateMany({ where: { id: draftId, ownerId, updatedAt: read }, data: { state: JSON.stringify(state), title: titleOf(state) } });
  return count === 1;
}

/** Applies one review change; "bad-request" when it cannot apply (nothing saved). */
export async function changeDraft(actor: Actor, draftId: string, change: DraftChange): Promise<Done | Failure<"not-found" | "bad-request">> {
  for (let tries = 0; tries < 3; tries++) {
    const draft = await loadDraft(actor, draftId);
    if (!draft) return failure("not-found");
    let next: DraftState;
    try {
      next = applyChange(draft.state, change);
    } catch (error) {
      if (error instanceof DraftChangeError) return failure("bad-request");
      throw error;
    }
    if (await save(draftId, actor.id, draft.updatedAt, next)) return DONE;
  }
  return failure("bad-request");
}

/** Adds a glossary entry (both forms must be in the text) or drops one by its Vietnamese form. */
export async function changeDraftGlossary(actor: Actor, draftId: string, change: { add: DraftTerm } | { remove: string }): Promise<Done | Failure<"not-found" | "bad-request">> {
  const draft = await loadDraft(actor, draftId);
  if (!draft) return failure("not-found");
  const { state } = draft;
  let glossary = state.glossary;
  if ("add" in change) {
    const inText = (side: "vi" | "en", form: string) => state.pairs.some((p) => p[side].some((s) => s.toLocaleLowerCase(side).includes(form.toLocaleLowerCase(side))));
    if (!inText("vi", change.add.vi) || !inText("en", change.add.en)) return failure("bad-request");
    glossary = [...glossary.filter((t) => t.vi !== change.add.vi), change.add].slice(0, 200);
  } else glossary = glossary.filter((t) => t.vi !== change.remove);
  return (await save(draftId, actor.id, draft.updatedAt, { ...state, glossary })) ? DONE : failure("bad-request");
}

/** Deletes the teacher's draft (a published article stays). */
export async function deleteDraft(actor: Actor, draftId: string): Promise<Done | Failure<"not-found">> {
  if (!isTeacher(actor)) return failure("not-found");
  const { count } = await db().articleDraft.deleteMany({ where: { id: draftId, ownerId: actor.id } });
  return count === 1 ? DONE : failure("not-found");
}

/** Replaces the draft's details (source, credit, level, topics, who can read it). */
export async function updateDraftDetails(actor: Actor, draftId: string, details: DraftState["details"]): Promise<Done | Failure<"not-found" | "bad-request">> {
  const draft = await loadDraft(actor, draftId);
  if (!draft) return failure("not-found");
  return (await save(draftId, actor.id, draft.updatedAt, { ...draft.state, details })) ? DONE : failure("bad-request");
}
