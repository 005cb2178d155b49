import { resetWithCodeAction, resetWithLinkAction } from "../actions";
import { AuthForm } from "../auth-form";
import { authMetadata, authPage, type AuthPageProps } from "../auth-labels";

export const generateMetadata = authMetadata("resetTitle");

/** A new password: with the emailed link's token (teachers), else with a username and the teacher's code (learners). */
export default async function ResetPasswordPage(props: AuthPageProps) {
  const { locale, t, errorLabels, next } = await authPage(props);
  const token = (await props.searchParams).token;
  const link = typeof token === "string" && token.length > 0 ? token.slice(0, 200) : null;
  const password = { name: "password", label: t("newPassword"), type: "password", autoComplete: "new-password", hint: t("passwordHint") } as const;
  return (
    <div className="mx-auto max-w-md space-y-6">
      <h1 className="text-3xl font-bold">{t("resetTitle")}</h1>
      {link ? (
        <>
          <p className="text-muted">{t("resetLinkIntro")}</p>
          <AuthForm
            action={resetWithLinkAction.bind(null, locale)}
            next={next}
            hidden={{ token: link }}
            submitLabel={t("submitReset")}
            summaryLabel={t("errorSummary")}
            errorLabels={errorLabels}
            fields={[password]}
          />
        </>
      ) : (
        <>
          <p className="text-muted">{t("resetCodeIntro")}</p>
          <AuthForm
            action={resetWithCodeAction.bind(null, locale)}
            next={next}
            submitLabel={t("submitReset")}
            summaryLabel={t("errorSummary")}
            errorLabels={errorLabels}
            fields={[
              { name: "username", label: t("username"), type: "text", autoComplete: "username" },
              { name: "code", label: t("resetCode"), type: "text", autoComplete: "one-time-code", hint: t("resetCodeHint") },
              password,
            ]}
          />
          <p className="text-sm text-muted">{t("resetNoLink")}</p>
        </>
      )}
    </div>
  );
}
