import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { LocaleLink } from "@/app/_components/locale-link";
import { formatJoinCode } from "@/lib/classes/join-code";
import { asLocale } from "@/lib/i18n/paths";
import { listTeacherClasses } from "@/lib/server/teaching/classes";
import { requirePageUser } from "@/lib/server/platform/session";
import { createClassAction } from "./actions";
import { ClassForm } from "./class-form";
import { classErrorLabels } from "./labels";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: asLocale((await params).locale), namespace: "Classes" });
  return { title: t("title"), robots: { index: false } };
}

/** A teacher's classes and the form to start a new one. */
export default async function ClassesPage({ params }: Props) {
  const locale = asLocale((await params).locale);
  setRequestLocale(locale);
  const user = await requirePageUser(locale, "/classes", "teacher");
  const [t, classes] = await Promise.all([getTranslations("Classes"), listTeacherClasses(user)]);
  return (
    <div className="mx-auto max-w-3xl space-y-10">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <section aria-labelledby="class-list" className="space-y-3">
        <h2 id="class-list" className="sr-only">
          {t("title")}
        </h2>
        {classes.length === 0 ? (
          <p className="text-muted">{t("none")}</p>
        ) : (
          <ul className="divide-y divide-line rounded border border-line">
            {classes.map((c) => (
              <li key={c.id} className="flex flex-wrap items-center justify-between gap-2 px-4 py-3" data-class={c.name}>
                <span className="space-x-2">
                  <LocaleLink href={`/classes/${c.id}`} className="font-semibold">
                    {c.name}
                  </LocaleLink>
                  {c.level && <span className="text-muted">{c.level}</span>}
                  {c.archived && <span className="rounded bg-note px-2 py-0.5 text-sm">{t("archived")}</span>}
                </span>
                <span className="text-sm text-muted">
                  {t("summary", { learners: c.learners, assignments: c.assignments })} · <span className="font-mono">{formatJoinCode(c.joinCode)}</span>
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="new-class" className="panel space-y-4">
        <h2 id="new-class" className="text-xl font-semibold">
          {t("newClass")}
        </h2>
        <ClassForm
          action={createClassAction.bind(null, locale)}
          labels={{ name: t("name"), nameHint: t("nameHint"), level: t("level"), levelHint: t("levelHint"), submit: t("create"), summary: t("fixErrors") }}
          errorLabels={await classErrorLabels()}
        />
      </section>
    </div>
  );
}
