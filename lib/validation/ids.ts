// The ids and slugs the app accepts from a browser, one schema per kind of id. Pure zod.
import { z } from "zod";

/** A row id the database makes (cuid: lowercase letters and digits) — classes, assignments, attempts, questions, cards. */
export const RowId = z.string().min(1).max(40).regex(/^[a-z0-9]+$/);

/** An account id the auth library makes (32 letters and digits, mixed case). */
export const AccountId = z.string().min(1).max(64).regex(/^[A-Za-z0-9]+$/);

/** An opaque option or item id of a question as the browser sees it. */
export const PublicId = z.string().min(1).max(64);

/** A guided-reading option id (signed, letters and digits only). */
export const SignedOptionId = z.string().min(1).max(40).regex(/^[A-Za-z0-9]+$/);

/** An article's slug (lowercase words joined by hyphens). */
export const Slug = z.string().min(1).max(100).regex(/^[a-z0-9]+(-[a-z0-9]+)*$/);

/** A glossary term's id (the article's own, e.g. "waic-2025"). */
export const TermId = z.string().min(1).max(120);
