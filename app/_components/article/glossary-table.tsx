import { useLocale, useTranslations } from "next-intl";
import { glossaryAnchor, sentenceAnchor } from "@/lib/content/ids";
import { LocaleLink } from "../locale-link";
import type { GlossaryTermView } from "@/lib/server/learning/articles";

/** Every glossary term with its English equivalent, a note in the interface language and
 * a link to the first sentence that uses it. */
export function GlossaryTable({ terms, articleHref }: { terms: GlossaryTermView[]; articleHref: string }) {
  const t = useTranslations("Article");
  const locale = useLocale() as "vi" | "en";
  if (terms.length === 0) return null;
  return (
    <section aria-labelledby="glossary-heading" className="space-y-3">
      <h2 id="glossary-heading" className="text-2xl font-bold">
        {t("glossaryHeading")}
      </h2>
      <p className="text-muted">{t("glossaryIntro", { count: terms.length })}</p>
      <div className="overflow-x-auto">
        <table className="w-full border-collapse text-left text-sm">
          <thead>
            <tr className="border-b border-line">
              <th scope="col" className="py-2 pr-4">{t("glossaryVi")}</th>
              <th scope="col" className="py-2 pr-4">{t("glossaryEn")}</th>
              <th scope="col" className="py-2">{t("glossaryNote")}</th>
            </tr>
          </thead>
          <tbody>
            {terms.map((term) => {
              const first = term.sentenceIds[0];
              return (
                <tr key={term.id} id={glossaryAnchor(term.id)} className="border-b border-line align-top">
                  <th scope="row" lang="vi" className="py-2 pr-4 font-semibold">
                    {first ? (
                      <LocaleLink
                        href={`${articleHref}#${sentenceAnchor(first)}`}
                        className="text-accent underline-offset-4 hover:underline"
                        aria-label={t("glossaryFirstUse", { term: term.vi })}
                      >
                        {term.vi}
                      </LocaleLink>
                    ) : (
                      term.vi
                    )}
                  </th>
                  <td lang="en" className="py-2 pr-4">{term.en}</td>
                  <td lang={locale} className="py-2 text-muted">{term.note[locale]}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
