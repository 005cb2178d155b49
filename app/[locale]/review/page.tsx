import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { LocaleLink } from "@/app/_components/locale-link";
import { asLocale } from "@/lib/i18n/paths";
import { RATINGS, RETENTION_CHOICES, type RatingName } from "@/lib/review/schedule";
import { nextDueCard, reviewSummary } from "@/lib/server/learning/reviews";
import { currentUser } from "@/lib/server/platform/session";
import { playerLabels } from "@/app/_components/quiz/labels";
import { answerFactCardAction, rateCardAction, setRetentionAction } from "./actions";
import { ReviewCardView } from "./review-card";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: asLocale((await params).locale), namespace: "Review" });
  return { title: t("title"), robots: { index: false } };
}

/** A review session: the due cards one at a time, until none is due. */
export default async function ReviewPage({ params }: Props) {
  const locale = asLocale((await params).locale);
  setRequestLocale(locale);
  const [t, format, user] = await Promise.all([getTranslations("Review"), getFormatter(), currentUser()]);
  if (!user) {
    return (
      <div className="mx-auto max-w-2xl space-y-4">
        <h1 className="text-3xl font-bold">{t("title")}</h1>
        <p>{t("signInFirst")}</p>
        <LocaleLink href={`/sign-in?next=${encodeURIComponent(`/${locale}/review`)}`} className="btn btn-primary">
          {(await getTranslations("Account"))("signIn")}
        </LocaleLink>
      </div>
    );
  }
  const now = new Date();
  const [summary, card, player] = await Promise.all([reviewSummary(user.id, now), nextDueCard(user.id, now), playerLabels()]);
  const intervals = card ? (Object.fromEntries(RATINGS.map((r) => [r, format.relativeTime(card.intervals[r], now)])) as Record<RatingName, string>) : null;
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="text-muted">{t("intro")}</p>
      <p className="font-medium" data-testid="due-count">
        {t("due", { count: summary.due })}
      </p>
      {card && intervals ? (
        <ReviewCardView
          key={`${card.id}:${card.reps}`}
          card={card}
          intervals={intervals}
          uiLocale={locale}
          rate={rateCardAction.bind(null, locale)}
          answer={answerFactCardAction}
          labels={{
            ...player,
            termFront: t("termFront"),
            showAnswer: t("showAnswer"),
            example: t("example"),
            rateHeading: t("rateHeading"),
            ratings: { again: t("again"), hard: t("hard"), good: t("good"), easy: t("easy") },
            suggested: t("suggested", { rating: "{rating}" }),
          }}
        />
      ) : (
        <div className="panel space-y-2" data-testid="review-done">
          <p>{summary.total === 0 ? t("noCards") : t("nothingDue")}</p>
          {summary.nextDue && <p className="text-muted">{t("nextDue", { date: format.relativeTime(summary.nextDue, now) })}</p>}
        </div>
      )}
      <form action={setRetentionAction.bind(null, locale)} className="flex flex-wrap items-end gap-3 border-t border-line pt-4">
        <div className="space-y-1">
          <label htmlFor="retention" className="block font-medium">
            {t("retention")}
          </label>
          <select id="retention" name="retention" defaultValue={String(summary.retention)} className="field w-auto">
            {RETENTION_CHOICES.map((r) => (
              <option key={r} value={r}>
                {format.number(r, { style: "percent" })}
              </option>
            ))}
          </select>
          <p className="text-sm text-muted">{t("retentionHint")}</p>
        </div>
        <button type="submit" className="btn btn-secondary">
          {t("saveRetention")}
        </button>
      </form>
    </div>
  );
}
