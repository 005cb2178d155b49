import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { LocaleLink } from "@/app/_components/locale-link";
import { RowId } from "@/lib/validation/ids";
import { asLocale } from "@/lib/i18n/paths";
import { guidedReadingView } from "@/lib/server/teaching/guided-reading";
import { requirePageUser } from "@/lib/server/platform/session";
import { answerGuidedAction } from "../../actions";
import { GuidedCheck } from "./guided-check";

type Props = { params: Promise<{ locale: string; assignmentId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: asLocale((await params).locale), namespace: "Guided" });
  return { title: t("title"), robots: { index: false } };
}

/** Guided reading: the paragraphs opened so far in both languages, and the check that opens the next. */
export default async function GuidedReadingPage({ params }: Props) {
  const { assignmentId } = await params;
  const locale = asLocale((await params).locale);
  setRequestLocale(locale);
  const user = await requirePageUser(locale, `/assignments/${assignmentId}/read`, "learner");
  const id = RowId.safeParse(assignmentId);
  const view = id.success ? await guidedReadingView(user, id.data) : null;
  if (!view) notFound();
  const t = await getTranslations("Guided");
  const open = new Set(view.openParagraphIds);
  const paragraphs = view.article.blocks.filter((b) => open.has(b.id));
  const headline = view.article.blocks.find((b) => b.kind === "headline");
  return (
    <div className="mx-auto max-w-5xl space-y-6">
      <p>
        <LocaleLink href={`/assignments/${view.assignmentId}`}>← {t("back")}</LocaleLink>
      </p>
      <header className="space-y-2">
        <p className="text-sm font-semibold text-muted" data-testid="guided-progress">
          {t("progress", { open: view.finished ? view.paragraphCount : view.openParagraphIds.length, total: view.paragraphCount })}
        </p>
        {headline?.sentences[0] && (
          <h1 className="grid gap-2 text-2xl font-bold sm:grid-cols-2">
            <span lang="vi">{headline.sentences[0].vi}</span>
            <span lang="en">{headline.sentences[0].en}</span>
          </h1>
        )}
      </header>
      <div className="space-y-5">
        {paragraphs.map((block, i) => (
          <section key={block.id} aria-label={t("paragraph", { n: i + 1 })} className="grid gap-3 border-b border-line pb-5 sm:grid-cols-2 sm:gap-6" data-guided-paragraph={i + 1}>
            <p lang="vi" className="leading-relaxed">
              {block.sentences.map((s) => s.vi).join(" ")}
            </p>
            <p lang="en" className="leading-relaxed text-muted">
              {block.sentences.map((s) => s.en).join(" ")}
            </p>
          </section>
        ))}
      </div>
      <GuidedCheck
        action={answerGuidedAction.bind(null, locale, view.assignmentId)}
        check={view.check}
        finished={view.finished}
        misses={view.misses}
        labels={{
          heading: t("checkHeading"),
          submit: t("check"),
          continue: t("continue"),
          noCheck: t("noCheck"),
          wrong: t("wrong"),
          right: t("right"),
          answerWas: t("answerWas", { answer: "{answer}" }),
          invalid: t("invalid"),
          finished: t("finished"),
          toAssignment: t("toAssignment"),
        }}
        assignmentHref={`/${locale}/assignments/${view.assignmentId}`}
      />
    </div>
  );
}
