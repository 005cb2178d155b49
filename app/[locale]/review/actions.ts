"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { asLocale, localizedPath } from "@/lib/i18n/paths";
import { ResponseSchema } from "@/lib/quiz/schemas";
import type { Response } from "@/lib/quiz/types";
import { RATINGS, RETENTION_CHOICES } from "@/lib/review/schedule";
import { answerFactCard, rateReviewCard, setDesiredRetention, type ReviewFeedback } from "@/lib/server/learning/reviews";
import { currentUser } from "@/lib/server/platform/session";
import { RowId } from "@/lib/validation/ids";

const RateInput = z.object({ cardId: RowId, rating: z.enum(RATINGS) });

export type ReviewActionResult = { ok: true } | { ok: false; code: "notFound" | "invalid" };

/** Grades the learner's answer to a fact card (the card's schedule changes only when rated). */
export async function answerFactCardAction(cardId: string, response: unknown): Promise<ReviewFeedback | { error: "notFound" | "invalid" }> {
  const user = await currentUser();
  const id = RowId.safeParse(cardId);
  const parsed = ResponseSchema.safeParse(response);
  if (!id.success || !parsed.success) return { error: "invalid" };
  if (!user) return { error: "notFound" };
  return (await answerFactCard(user.id, id.data, parsed.data as Response)) ?? { error: "notFound" };
}

/** Schedules a card by the learner's rating; the page then shows the next due card. */
export async function rateCardAction(locale: string, _state: ReviewActionResult | null, form: FormData): Promise<ReviewActionResult> {
  const user = await currentUser();
  const parsed = RateInput.safeParse({ cardId: form.get("cardId"), rating: form.get("rating") });
  if (!parsed.success) return { ok: false, code: "invalid" };
  if (!user || !(await rateReviewCard(user.id, parsed.data.cardId, parsed.data.rating))) return { ok: false, code: "notFound" };
  revalidatePath(localizedPath(asLocale(locale), "/review"));
  return { ok: true };
}

const Retention = z.coerce.number().refine((v) => (RETENTION_CHOICES as readonly number[]).includes(v));

/** The learner's desired retention (FSRS): higher means shorter intervals. */
export async function setRetentionAction(locale: string, form: FormData): Promise<void> {
  const user = await currentUser();
  const parsed = Retention.safeParse(form.get("retention"));
  if (!user || !parsed.success) return;
  await setDesiredRetention(user.id, parsed.data);
  revalidatePath(localizedPath(asLocale(locale), "/review"));
}
