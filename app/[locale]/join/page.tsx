import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { asLocale } from "@/lib/i18n/paths";
import { localeParams } from "@/lib/i18n/routing";
import { classErrorLabels } from "../classes/labels";
import { joinClassAction } from "./actions";
import { JoinForm } from "./join-form";

type Props = { params: Promise<{ locale: string }> };

export function generateStaticParams() {
  return localeParams();
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: asLocale((await params).locale), namespace: "Join" });
  return { title: t("title") };
}

/** "Join a class": type the code the teacher shows. */
export default async function JoinPage({ params }: Props) {
  const locale = asLocale((await params).locale);
  setRequestLocale(locale);
  const t = await getTranslations("Join");
  return (
    <div className="mx-auto max-w-md space-y-6">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p>{t("intro")}</p>
      <JoinForm action={joinClassAction.bind(null, locale)} labels={{ code: t("code"), hint: t("codeHint"), submit: t("submit") }} errorLabels={await classErrorLabels()} />
    </div>
  );
}
