import { LocaleLink } from "@/app/_components/locale-link";
import { signUpTeacherAction } from "../../actions";
import { AuthForm } from "../../auth-form";
import { authMetadata, authPage, type AuthPageProps } from "../../auth-labels";

export const generateMetadata = authMetadata("teacherTitle");

export default async function TeacherSignUpPage(props: AuthPageProps) {
  const { locale, t, errorLabels, next } = await authPage(props);
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
