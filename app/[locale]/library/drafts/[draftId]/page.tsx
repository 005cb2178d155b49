import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { FormAlert } from "@/app/_components/forms/field";
import { GLOSSARY_SUGGESTION_KINDS, LEVELS } from "@/lib/align/draft";
import { asLocale } from "@/lib/i18n/paths";
import { RowId } from "@/lib/validation/ids";
import { getDraft } from "@/lib/server/authoring/drafts";
import { requirePageUser } from "@/lib/server/platform/session";
import { changeDraftAction, deleteDraftAction, draftDetailsAction, draftGlossaryAction, publishDraftAction } from "../../actions";
import { PairCard } from "./pair-card";
import { TermPicker } from "./term-picker";

type Props = { params: Promise<{ locale: string; draftId: string }>; searchParams: Promise<{ error?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: asLocale((await params).locale), namespace: "DraftReview" });
  return { title: t("title"), robots: { index: false } };
}

/** Review before publishing: the pairs side by side, those to look at first; the glossary; the
 * quiz's questions with their flags; publish. Every change is saved as it is made. */
export default async function DraftReviewPage({ params, searchParams }: Props) {
  const { draftId } = await params;
  const locale = asLocale((await params).locale);
  setRequestLocale(locale);
  const user = await requirePageUser(locale, `/library/drafts/${draftId}`, "teacher");
  const id = RowId.safeParse(draftId);
  const draft = id.success ? await getDraft(user, id.data) : null;
  if (!draft) notFound();
  const [t, form, flags] = await Promise.all([getTranslations("DraftReview"), getTranslations("ArticleForm"), getTranslations("QualityFlags")]);
  const { error } = await searchParams;
  const change = changeDraftAction.bind(null, locale, draft.id);
  const glossary = draftGlossaryAction.bind(null, locale, draft.id);
  const flagged = draft.pairs.filter((p) => p.needsLook);
  const card = (pair: (typeof draft.pairs)[number]) => {
    const at = draft.pairs.indexOf(pair);
    return <PairCard key={pair.id} pair={pair} number={at + 1} first={at === 0} last={at === draft.pairs.length - 1} previousId={draft.pairs[at - 1]?.id ?? null} change={change} />;
  };
  const errorText = error === "change" ? t("changeFailed") : error === "publish" ? t("publishFailed") : error === "term" ? t("termNotInText") : error === "details" ? form("fixErrors") : null;
  const d = draft.details;
  return (
    <div className="space-y-10">
      <div className="max-w-3xl space-y-3">
        <h1 className="text-3xl font-bold">{t("title")}</h1>
        <p className="text-muted">{t("intro")}</p>
        {draft.editing && <p className="rounded bg-note p-3">{t("editing")}</p>}
        <p className="text-sm text-muted">{t("saved")}</p>
        <FormAlert message={errorText} />
      </div>
      <div className="sticky top-0 z-10 flex flex-wrap items-center gap-3 border-b border-line bg-paper py-2">
        <span className="font-semibold" data-testid="to-look">
          {t("toLook", { count: draft.toLook })}
        </span>
        {draft.canUndo && (
          <form action={change}>
            <input type="hidden" name="op" value="undo" />
            <button type="submit" className="btn min-h-9 px-3 py-1 text-sm">
              {t("undo")}
            </button>
          </form>
        )}
        <form action={publishDraftAction.bind(null, locale, draft.id)} className="ml-auto">
          <button type="submit" className="btn btn-primary" data-testid="publish">
            {draft.editing ? t("publishEdit") : t("publish")}
          </button>
        </form>
      </div>
      {flagged.length > 0 && (
        <section aria-labelledby="to-look-heading" className="space-y-3">
          <h2 id="to-look-heading" className="text-xl font-semibold">
            {t("toLookHeading")}
          </h2>
          <ol className="space-y-3" data-testid="flagged-pairs">
            {flagged.map(card)}
          </ol>
        </section>
      )}
      <section aria-labelledby="all-pairs" className="space-y-3">
        <h2 id="all-pairs" className="text-xl font-semibold">
          {t("allPairs")}
        </h2>
        <ol className="space-y-3">{draft.pairs.filter((p) => !p.needsLook).map(card)}</ol>
      </section>
      <section id="details" aria-labelledby="details-heading" className="panel space-y-4">
        <h2 id="details-heading" className="text-xl font-semibold">
          {form("details")}
        </h2>
        <form action={draftDetailsAction.bind(null, locale, draft.id)} className="grid gap-4 md:grid-cols-2">
          {(
            [
              ["sourceName", form("sourceName"), d.sourceName ?? "", "text"],
              ["sourceUrl", form("sourceUrl"), d.sourceUrl ?? "", "url"],
              ["publishedOn", form("publishedOn"), d.publishedOn ?? "", "date"],
              ["credit", form("credit"), d.credit ?? "", "text"],
              ["topics", form("topics"), d.topics.join(", "), "text"],
            ] as const
          ).map(([name, label, value, type]) => (
            <label key={name} className="space-y-1">
              <span className="block font-medium">{label}</span>
              <input name={name} type={type} className="field" defaultValue={value} />
            </label>
          ))}
          <label className="space-y-1">
            <span className="block font-medium">{form("level")}</span>
            <select name="level" className="field" defaultValue={d.level ?? ""}>
              <option value="">{form("noLevel")}</option>
              {LEVELS.map((l) => (
                <option key={l}>{l}</option>
              ))}
            </select>
          </label>
          <fieldset className="space-y-1 md:col-span-2">
            <legend className="font-medium">{form("visibility")}</legend>
            {(["classes", "site"] as const).map((v) => (
              <label key={v} className="flex items-center gap-2">
                <input type="radio" name="visibility" value={v} defaultChecked={d.visibility === v} />
                {v === "site" ? form("visibilitySite") : form("visibilityClasses")}
              </label>
            ))}
          </fieldset>
          <button type="submit" className="btn w-fit">
            {t("save")}
          </button>
        </form>
      </section>
      <section id="glossary" aria-labelledby="glossary-heading" className="panel space-y-4">
        <h2 id="glossary-heading" className="text-xl font-semibold">
          {t("glossary")}
        </h2>
        <p className="text-muted">{t("glossaryIntro")}</p>
        {draft.glossary.length === 0 ? (
          <p className="text-muted">{t("noGlossary")}</p>
        ) : (
          <ul className="divide-y divide-line rounded border border-line">
            {draft.glossary.map((term) => (
              <li key={term.vi} className="flex flex-wrap items-center justify-between gap-2 px-3 py-2">
                <span>
                  <span lang="vi" className="font-semibold">
                    {term.vi}
                  </span>{" "}
                  — <span lang="en">{term.en}</span> <span className="text-sm text-muted">({t(`kinds.${term.kind}`)})</span>
                </span>
                <form action={glossary}>
                  <input type="hidden" name="remove" value={term.vi} />
                  <button type="submit" className="btn min-h-9 px-3 py-1 text-sm">
                    {t("remove")}
                  </button>
                </form>
              </li>
            ))}
          </ul>
        )}
        {draft.suggestions.length > 0 && (
          <div className="space-y-2">
            <h3 className="font-semibold">{t("suggestions")}</h3>
            <ul className="space-y-2" data-testid="glossary-suggestions">
              {draft.suggestions.map((s) => (
                <li key={s.vi}>
                  <form action={glossary} className="flex flex-wrap items-center gap-2">
                    <input type="hidden" name="termVi" value={s.vi} />
                    <input type="hidden" name="termEn" value={s.en} />
                    <input type="hidden" name="note" value="" />
                    <span lang="vi" className="font-medium">
                      {s.vi}
                    </span>
                    — <span lang="en">{s.en}</span>
                    <select name="kind" defaultValue={s.kind} className="field w-auto" aria-label={t("kind")}>
                      {GLOSSARY_SUGGESTION_KINDS.map((k) => (
                        <option key={k} value={k}>
                          {t(`kinds.${k}`)}
                        </option>
                      ))}
                    </select>
                    <button type="submit" className="btn min-h-9 px-3 py-1 text-sm">
                      {t("add")}
                    </button>
                  </form>
                </li>
              ))}
            </ul>
          </div>
        )}
        <form id="term-form" action={glossary} className="grid gap-3 md:grid-cols-2">
          <h3 className="font-semibold md:col-span-2">{t("addTerm")}</h3>
          <div className="space-y-1 md:col-span-2">
            <p className="text-sm text-muted">{t("pickHint")}</p>
            <TermPicker labels={{ useVi: t("useVi"), useEn: t("useEn") }} />
          </div>
          <label className="space-y-1">
            <span className="block">{t("termVi")}</span>
            <input name="termVi" lang="vi" className="field" maxLength={120} required />
          </label>
          <label className="space-y-1">
            <span className="block">{t("termEn")}</span>
            <input name="termEn" lang="en" className="field" maxLength={120} required />
          </label>
          <label className="space-y-1">
            <span className="block">{t("kind")}</span>
            <select name="kind" className="field" defaultValue="term">
              {GLOSSARY_SUGGESTION_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`kinds.${k}`)}
                </option>
              ))}
            </select>
          </label>
          <label className="space-y-1">
            <span className="block">{t("note")}</span>
            <input name="note" className="field" maxLength={300} />
          </label>
          <button type="submit" className="btn w-fit">
            {t("add")}
          </button>
        </form>
      </section>
      <section aria-labelledby="bank-heading" className="panel space-y-3">
        <h2 id="bank-heading" className="text-xl font-semibold">
          {t("bank")}
        </h2>
        <p data-testid="bank-summary">{t("bankSummary", { total: draft.bank.total, flagged: draft.bank.flaggedCount })}</p>
        {draft.bank.flagged.length > 0 && (
          <details>
            <summary className="cursor-pointer">{t("bankFlagged")}</summary>
            <ul className="mt-2 space-y-2 text-sm">
              {draft.bank.flagged.map((q, k) => (
                <li key={k}>
                  <span lang="vi">{q.prompt}</span>
                  <span className="block text-muted">{q.flags.map((f) => flags(f as "caption")).join(" · ")}</span>
                </li>
              ))}
            </ul>
          </details>
        )}
      </section>
      <form action={deleteDraftAction.bind(null, locale, draft.id)}>
        <button type="submit" className="btn text-sm">
          {t("delete")}
        </button>
      </form>
    </div>
  );
}
