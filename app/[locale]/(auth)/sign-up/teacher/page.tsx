import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { LocaleLink } from "@/app/_components/locale-link";
import { asLocale } from "@/lib/i18n/paths";
import { signUpTeacherAction } from "../../actions";
import { AuthForm } from "../../auth-form";
import { authErrorLabels, nextParam } from "../../auth-labels";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: asLocale((await params).locale), namespace: "Auth" });
  return { title: t("teacherTitle"), robots: { index: false } };
}

export default async function TeacherSignUpPage({ params, searchParams }: Props) {
  const locale = asLocale((await params).locale);
  setRequestLocale(locale);
  const [t, errorLabels, next] = await Promise.all([getTranslations("Auth"), authErrorLabels(), nextParam(searchParams)]);
  return (
    <div className="mx-auto max-w-md space-y-6">
      <h1 className="text-3xl font-bold">{t("teacherTitle")}</h1>
      <p className="text-muted">{t("teacherIntro")}</p>
      <AuthForm
        action={signUpTeacherAction.bind(null, locale)}
        next={next}
        submitLabel={t("submitSignUp")}
        summaryLabel={t("errorSummary")}
        errorLabels={errorLabels}
        fields={[
          { name: "email", label: t("email"), type: "email", autoComplete: "email" },
          { name: "name", label: t("name"), type: "text", autoComplete: "name" },
          { name: "password", label: t("password"), type: "password", autoComplete: "new-password", hint: t("passwordHint") },
        ]}
      />
      <p>
        <LocaleLink href="/sign-up">{t("learnerLink")}</LocaleLink>
      </p>
    </div>
  );
}
