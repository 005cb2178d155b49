import { LocaleLink } from "@/app/_components/locale-link";
import { normalizeJoinCode } from "@/lib/classes/join-code";
import { findClassByCode } from "@/lib/server/teaching/classes";
import { signUpLearnerAction } from "../actions";
import { AuthForm } from "../auth-form";
import { authMetadata, authPage, type AuthPageProps } from "../auth-labels";

export const generateMetadata = authMetadata("signUpTitle");

/** The class a join link sent the visitor here for (?next=/vi/join/K7MQ2X), if it takes members. */
async function classBeingJoined(next: string) {
  const code = /^\/(?:vi|en)\/join\/([^/?#]+)$/.exec(next)?.[1];
  const normalized = code ? normalizeJoinCode(decodeURIComponent(code)) : null;
  const found = normalized ? await findClassByCode(normalized) : null;
  return found && !found.archived ? found : null;
}

export default async function SignUpPage(props: AuthPageProps) {
  const { locale, t, errorLabels, next, query } = await authPage(props);
  const joining = await classBeingJoined(next);
  return (
    <div className="mx-auto max-w-md space-y-6">
      <h1 className="text-3xl font-bold">{t("signUpTitle")}</h1>
      {joining ? (
        <p className="rounded border border-line bg-note p-3" data-testid="joining-class">
          {t("joiningClass", { className: joining.name, teacher: joining.teacherName })}
        </p>
      ) : (
        <p className="text-muted">{t("signUpIntro")}</p>
      )}
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
