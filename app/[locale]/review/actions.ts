"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { asLocale, localizedPath } from "@/lib/i18n/paths";
import { ResponseSchema } from "@/lib/quiz/schemas";
import type { Response } from "@/lib/quiz/types";
import { RATINGS, RETENTION_CHOICES } from "@/lib/review/schedule";
import { answerFactCard, rateReviewCard, setDesiredRetention, type ReviewFeedback } from "@/lib/server/learning/reviews";
import { failure, isFailure, type Failure, type FormState } from "@/lib/server/platform/errors";
import { currentUser } from "@/lib/server/platform/session";
import { RowId } from "@/lib/validation/ids";
import { requireForm } from "@/lib/server/platform/action-input";

const RateInput = z.object({ cardId: RowId, rating: z.enum(RATINGS) });

export type ReviewActionResult = FormState;

/** Grades the learner's answer to a fact card (the card's schedule changes only when rated). */
export async function answerFactCardAction(cardId: string, response: unknown): Promise<ReviewFeedback | Failure<"bad-response" | "not-found">> {
  const user = await currentUser();
  const id = RowId.safeParse(cardId);
  const parsed = ResponseSchema.safeParse(response);
  if (!id.success || !parsed.success) return failure("bad-response");
  if (!user) return failure("not-found");
  return answerFactCard(user.id, id.data, parsed.data as Response);
}

/** Schedules a card by the learner's rating; the page then shows the next due card. */
export async function rateCardAction(locale: string, _state: ReviewActionResult | null, form: FormData): Promise<ReviewActionResult> {
  requireForm(form);
  const user = await currentUser();
  const parsed = RateInput.safeParse({ cardId: form.get("cardId"), rating: form.get("rating") });
  if (!parsed.success) return { ok: false, code: "bad-request" };
  const rated = user ? await rateReviewCard(user.id, parsed.data.cardId, parsed.data.rating) : failure("not-found");
  if (isFailure(rated)) return { ok: false, code: rated.error };
  revalidatePath(localizedPath(asLocale(locale), "/review"));
  return rated;
}

const Retention = z.coerce.number().refine((v) => (RETENTION_CHOICES as readonly number[]).includes(v));

/** The learner's desired retention (FSRS): higher means shorter intervals. */
export async function setRetentionAction(locale: string, form: FormData): Promise<void> {
  requireForm(form);
  const user = await currentUser();
  const parsed = Retention.safeParse(form.get("retention"));
  if (!user || !parsed.success) return;
  await setDesiredRetention(user.id, parsed.data);
  revalidatePath(localizedPath(asLocale(locale), "/review"));
}
