import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { LocaleLink } from "@/app/_components/locale-link";
import { normalizeJoinCode } from "@/lib/classes/join-code";
import { asLocale, localizedPath } from "@/lib/i18n/paths";
import { findClassByCode, membershipOf } from "@/lib/server/teaching/classes";
import { clientIp, joinTryAllowed } from "@/lib/server/platform/limits";
import { currentUser } from "@/lib/server/platform/session";
import { classErrorLabels } from "../../classes/labels";
import { joinClassAction } from "../actions";
import { JoinForm } from "../join-form";
import { JoinRefusal } from "../join-refusal";

type Props = { params: Promise<{ locale: string; code: string }> };


export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: asLocale((await params).locale), namespace: "Join" });
  return { title: t("title"), robots: { index: false } };
}

/** The page a join link or QR code opens: which class it is, then join (signing up on the way). */
export default async function JoinCodePage({ params }: Props) {
  const locale = asLocale((await params).locale);
  setRequestLocale(locale);
  const code = normalizeJoinCode(decodeURIComponent((await params).code));
  const [t, user] = await Promise.all([getTranslations("Join"), currentUser()]);
  // Each look-up of a code counts against the address, like the join form's: codes cannot be swept.
  if (!(await joinTryAllowed(clientIp(await headers())))) {
    return <JoinRefusal title={t("title")} message={(await getTranslations("Errors"))("too-many-requests")} typeCode={t("typeCode")} />;
  }
  const klass = code ? await findClassByCode(code) : null;
  if (!code || !klass) notFound(); // join/[code]/not-found.tsx says so, with a 404

  const back = encodeURIComponent(localizedPath(locale, `/join/${code}`));
  const signedUp = user && !user.isGuest;
  const membership = user ? await membershipOf(user, klass.id) : null;
  return (
    <div className="mx-auto max-w-md space-y-6">
      <h1 className="text-3xl font-bold">{t("joinClass", { name: klass.name })}</h1>
      <p>{t("teacher", { name: klass.teacherName })}</p>
      {klass.archived ? (
        <p role="alert">{t("archived")}</p>
      ) : membership === "removed" ? (
        <p role="alert">{(await getTranslations("Errors"))("removed-from-class")}</p>
      ) : membership === "member" ? (
        <p>
          {t("alreadyMember")} <LocaleLink href="/assignments">{t("openAssignments")}</LocaleLink>
        </p>
      ) : signedUp ? (
        <JoinForm action={joinClassAction.bind(null, locale)} code={code} labels={{ code: t("code"), hint: t("codeHint"), submit: t("submit") }} errorLabels={await classErrorLabels()} />
      ) : (
        <div className="space-y-3">
          <p>{t("signUpFirst")}</p>
          <div className="flex flex-wrap gap-3">
            <LocaleLink href={`/sign-up?next=${back}`} className="btn btn-primary">
              {t("signUp")}
            </LocaleLink>
            <LocaleLink href={`/sign-in?next=${back}`} className="btn btn-secondary">
              {t("signIn")}
            </LocaleLink>
          </div>
        </div>
      )}
    </div>
  );
}
