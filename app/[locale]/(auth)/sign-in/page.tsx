import { LocaleLink } from "@/app/_components/locale-link";
import { signInAction } from "../actions";
import { AuthForm } from "../auth-form";
import { authMetadata, authPage, type AuthPageProps } from "../auth-labels";

export const generateMetadata = authMetadata("signInTitle");

export default async function SignInPage(props: AuthPageProps) {
  const { locale, t, errorLabels, next, query } = await authPage(props);
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
        <LocaleLink href={`/forgot-password${query}`}>{t("forgotLink")}</LocaleLink>
      </p>
      <p>
        {t("noAccount")} <LocaleLink href={`/sign-up${query}`}>{t("createLearner")}</LocaleLink>
      </p>
    </div>
  );
}
