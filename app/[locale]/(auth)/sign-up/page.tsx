import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { LocaleLink } from "@/app/_components/locale-link";
import { asLocale } from "@/lib/i18n/paths";
import { signUpLearnerAction } from "../actions";
import { AuthForm } from "../auth-form";
import { authErrorLabels, nextParam } from "../auth-labels";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: asLocale((await params).locale), namespace: "Auth" });
  return { title: t("signUpTitle"), robots: { index: false } };
}

export default async function SignUpPage({ params, searchParams }: Props) {
  const locale = asLocale((await params).locale);
  setRequestLocale(locale);
  const [t, errorLabels, next] = await Promise.all([getTranslations("Auth"), authErrorLabels(), nextParam(searchParams)]);
  const query = next ? `?next=${encodeURIComponent(next)}` : "";
  return (
    <div className="mx-auto max-w-md space-y-6">
      <h1 className="text-3xl font-bold">{t("signUpTitle")}</h1>
      <p className="text-muted">{t("signUpIntro")}</p>
      <AuthForm
        action={signUpLearnerAction.bind(null, locale)}
        next={next}
        submitLabel={t("submitSignUp")}
        summaryLabel={t("errorSummary")}
        errorLabels={errorLabels}
        fields={[
          { name: "username", label: t("username"), type: "text", autoComplete: "username", hint: t("usernameHint") },
          { name: "name", label: t("displayName"), type: "text", autoComplete: "nickname", required: false },
          { name: "password", label: t("password"), type: "password", autoComplete: "new-password", hint: t("passwordHint") },
        ]}
      />
      <p>
        {t("haveAccount")} <LocaleLink href={`/sign-in${query}`}>{t("signInTitle")}</LocaleLink>
      </p>
      <p>
        <LocaleLink href="/sign-up/teacher">{t("teacherLink")}</LocaleLink>
      </p>
    </div>
  );
}
