import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { localeAlternates } from "@/lib/i18n/alternates";
import { localeParams, type AppLocale } from "@/lib/i18n/routing";

type Props = { params: Promise<{ locale: AppLocale }> };

export function generateStaticParams() {
  return localeParams();
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "About" });
  return { title: t("title"), description: t("intro"), alternates: localeAlternates("/about", locale) };
}

/** What Song Ngữ is, where its texts come from and what it keeps about a reader. */
export default async function AboutPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("About");
  return (
    <div className="max-w-2xl space-y-4">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p>{t("intro")}</p>
      <h2 className="pt-2 text-xl font-semibold">{t("textsTitle")}</h2>
      <p>{t("texts")}</p>
      <h2 className="pt-2 text-xl font-semibold">{t("privacyTitle")}</h2>
      <p>{t("privacy")}</p>
    </div>
  );
}
