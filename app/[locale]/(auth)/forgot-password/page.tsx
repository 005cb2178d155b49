import { LocaleLink } from "@/app/_components/locale-link";
import { requestResetLinkAction } from "../actions";
import { AuthForm } from "../auth-form";
import { authMetadata, authPage, type AuthPageProps } from "../auth-labels";

export const generateMetadata = authMetadata("forgotTitle");

/** What to do about a forgotten password: learners ask their teacher for a code, teachers get a link by email. */
export default async function ForgotPasswordPage(props: AuthPageProps) {
  const { locale, t, errorLabels, next, query } = await authPage(props);
  return (
    <div className="mx-auto max-w-md space-y-8">
      <h1 className="text-3xl font-bold">{t("forgotTitle")}</h1>
      <section aria-labelledby="forgot-learners" className="space-y-2">
        <h2 id="forgot-learners" className="text-xl font-semibold">
          {t("forgotLearnerHeading")}
        </h2>
        <p>{t("forgotLearnerText")}</p>
        <p>
          <LocaleLink href={`/reset-password${query}`} className="btn btn-secondary">
            {t("forgotLearnerLink")}
          </LocaleLink>
        </p>
      </section>
      <section aria-labelledby="forgot-teachers" className="space-y-3">
        <h2 id="forgot-teachers" className="text-xl font-semibold">
          {t("forgotTeacherHeading")}
        </h2>
        <p>{t("forgotTeacherText")}</p>
        <AuthForm
          action={requestResetLinkAction.bind(null, locale)}
          next={next}
          submitLabel={t("submitSendLink")}
          summaryLabel={t("errorSummary")}
          errorLabels={errorLabels}
          doneMessage={t("linkSent")}
          fields={[{ name: "email", label: t("email"), type: "email", autoComplete: "email" }]}
        />
      </section>
    </div>
  );
}
