import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { LocaleLink } from "@/app/_components/locale-link";
import { asLocale } from "@/lib/i18n/paths";
import { signInAction } from "../actions";
import { AuthForm } from "../auth-form";
import { authErrorLabels, nextParam } from "../auth-labels";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: asLocale((await params).locale), namespace: "Auth" });
  return { title: t("signInTitle"), robots: { index: false } };
}

export default async function SignInPage({ params, searchParams }: Props) {
  const locale = asLocale((await params).locale);
  setRequestLocale(locale);
  const [t, errorLabels, next] = await Promise.all([getTranslations("Auth"), authErrorLabels(), nextParam(searchParams)]);
  const query = next ? `?next=${encodeURIComponent(next)}` : "";
  return (
    <div className="mx-auto max-w-md space-y-6">
      <h1 className="text-3xl font-bold">{t("signInTitle")}</h1>
      <p className="text-muted">{t("signInIntro")}</p>
      <AuthForm
        action={signInAction.bind(null, locale)}
        next={next}
        submitLabel={t("submitSignIn")}
        summaryLabel={t("errorSummary")}
        errorLabels={errorLabels}
        fields={[
          { name: "identifier", label: t("identifier"), type: "text", autoComplete: "username" },
          { name: "password", label: t("password"), type: "password", autoComplete: "current-password" },
        ]}
      />
      <p>
        {t("noAccount")} <LocaleLink href={`/sign-up${query}`}>{t("createLearner")}</LocaleLink>
      </p>
    </div>
  );
}
