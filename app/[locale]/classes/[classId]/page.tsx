import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import QRCode from "qrcode";
import { LocaleLink } from "@/app/_components/locale-link";
import { formatJoinCode } from "@/lib/classes/join-code";
import { RowId } from "@/lib/validation/ids";
import { asLocale, localizedPath } from "@/lib/i18n/paths";
import { getTeacherClass } from "@/lib/server/teaching/classes";
import { requirePageUser, siteOrigin, userDateTime } from "@/lib/server/platform/session";
import { readmitLearnerAction, removeLearnerAction, renewJoinCodeAction, resetLearnerPasswordAction, setClassArchivedAction, unlockLearnerAction } from "../actions";
import { ResetPasswordButton } from "./reset-password-button";

type Props = { params: Promise<{ locale: string; classId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: asLocale((await params).locale), namespace: "Classes" });
  return { title: t("title"), robots: { index: false } };
}

/** One learner on the roster (or its removed list): name, @username when it differs, a line
 * about them, and the one button that acts on them. */
function RosterRow(props: {
  name: string;
  username: string | null;
  note: string;
  action: (form: FormData) => Promise<void>;
  learnerId: string;
  button: string;
  buttonLabel: string;
  className: string;
  children?: React.ReactNode;
}) {
  const { name, username, note, action, learnerId, button, buttonLabel, className, children } = props;
  return (
    <li className={`flex flex-wrap items-start justify-between gap-2 ${className}`} data-learner={username ?? name}>
      <span>
        <span className="font-medium">{name}</span> {username && username !== name && <span className="text-muted">@{username}</span>}
        <span className="block text-sm text-muted">{note}</span>
      </span>
      <div className="flex flex-wrap items-start gap-2">
        {children}
        <LearnerButton action={action} learnerId={learnerId} button={button} buttonLabel={buttonLabel} />
      </div>
    </li>
  );
}

/** A button that posts one learner's id to an action. */
function LearnerButton({ action, learnerId, button, buttonLabel }: { action: (form: FormData) => Promise<void>; learnerId: string; button: string; buttonLabel: string }) {
  return (
    <form action={action}>
      <input type="hidden" name="learnerId" value={learnerId} />
      <button type="submit" className="btn btn-secondary min-h-9 py-1 text-sm" aria-label={buttonLabel}>
        {button}
      </button>
    </form>
  );
}

/** One class: how to join it (code, link, QR code), its learners and its assignments. */
export default async function ClassPage({ params }: Props) {
  const { classId } = await params;
  const locale = asLocale((await params).locale);
  setRequestLocale(locale);
  const user = await requirePageUser(locale, `/classes/${classId}`, "teacher");
  const id = RowId.safeParse(classId);
  const klass = id.success ? await getTeacherClass(user, id.data) : null;
  if (!klass) notFound();
  const [t, dateTime] = await Promise.all([getTranslations("Classes"), userDateTime()]);
  const joinUrl = `${await siteOrigin()}${localizedPath(locale, `/join/${klass.joinCode}`)}`;
  const qr = await QRCode.toString(joinUrl, { type: "svg", margin: 1, errorCorrectionLevel: "M" });
  return (
    <div className="space-y-10">
      <header className="space-y-2">
        <p>
          <LocaleLink href="/classes">← {t("title")}</LocaleLink>
        </p>
        <h1 className="text-3xl font-bold">
          {klass.name} {klass.level && <span className="text-xl font-normal text-muted">{klass.level}</span>}
        </h1>
        {klass.archived && <p className="rounded border border-line bg-note p-3">{t("archivedNotice")}</p>}
      </header>

      {!klass.archived && (
        <section aria-labelledby="join" className="panel grid gap-6 sm:grid-cols-[1fr_auto]">
          <div className="space-y-3">
            <h2 id="join" className="text-xl font-semibold">
              {t("howToJoin")}
            </h2>
            <p>{t("joinCodeIntro")}</p>
            <p className="font-mono text-4xl font-bold tracking-widest" data-testid="join-code">
              {formatJoinCode(klass.joinCode)}
            </p>
            <p className="break-all">
              {t("joinLink")}{" "}
              <a href={joinUrl} data-testid="join-link">
                {joinUrl}
              </a>
            </p>
            <form action={renewJoinCodeAction.bind(null, locale, klass.id)}>
              <button type="submit" className="btn btn-secondary">
                {t("renewCode")}
              </button>
            </form>
          </div>
          {/* eslint-disable-next-line @next/next/no-img-element -- an inline SVG made on the server */}
          <img src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(qr)}`} alt={t("qrAlt", { url: joinUrl })} width={200} height={200} className="h-48 w-48 rounded bg-white p-2 sm:h-56 sm:w-56" />
        </section>
      )}

      <section aria-labelledby="assignments" className="space-y-3">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h2 id="assignments" className="text-xl font-semibold">
            {t("assignments")}
          </h2>
          {!klass.archived && (
            <LocaleLink href={`/classes/${klass.id}/assignments/new`} className="btn btn-primary">
              {t("newAssignment")}
            </LocaleLink>
          )}
        </div>
        {klass.assignments.length === 0 ? (
          <p className="text-muted">{t("noAssignments")}</p>
        ) : (
          <ul className="divide-y divide-line rounded border border-line">
            {klass.assignments.map((a) => (
              <li key={a.id} className="flex flex-wrap items-center justify-between gap-2 px-4 py-3">
                <LocaleLink href={`/classes/${klass.id}/assignments/${a.id}`} lang={locale} className="font-medium">
                  {a.article.title[locale]}
                </LocaleLink>
                <span className="text-sm text-muted">
                  {a.published ? (a.dueAt ? t("dueOn", { date: dateTime(a.dueAt, "dateTime") }) : t("noDueDate")) : t("draft")}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="roster" className="space-y-3">
        <h2 id="roster" className="text-xl font-semibold">
          {t("roster", { count: klass.learners.length })}
        </h2>
        {klass.learners.length === 0 ? (
          <p className="text-muted">{t("noLearners")}</p>
        ) : (
          <ul className="divide-y divide-line rounded border border-line">
            {klass.learners.map((l) => (
              <RosterRow
                key={l.id}
                name={l.name}
                username={l.username}
                note={t("joinedOn", { date: dateTime(l.joinedAt, "date") })}
                action={removeLearnerAction.bind(null, locale, klass.id)}
                learnerId={l.id}
                button={t("remove")}
                buttonLabel={t("removeLearner", { name: l.name })}
                className="px-4 py-2"
              >
                {l.signInPausedUntil && (
                  <span className="flex flex-wrap items-center gap-2">
                    <span className="text-sm text-muted" data-testid="sign-in-paused">
                      {t("signInPaused", { time: dateTime(l.signInPausedUntil, "time") })}
                    </span>
                    <LearnerButton action={unlockLearnerAction.bind(null, locale, klass.id)} learnerId={l.id} button={t("unlock")} buttonLabel={t("unlockLearner", { name: l.name })} />
                  </span>
                )}
                <ResetPasswordButton
                  action={resetLearnerPasswordAction.bind(null, locale, klass.id)}
                  learnerId={l.id}
                  labels={{
                    button: t("resetPassword"),
                    buttonLabel: t("resetPasswordFor", { name: l.name }),
                    codeFor: t("resetCodeFor", { name: l.name }),
                    howTo: t("resetCodeHowTo"),
                  }}
                />
              </RosterRow>
            ))}
          </ul>
        )}
        {klass.removedLearners.length > 0 && (
          <details className="rounded border border-line px-4 py-2" data-testid="removed-learners">
            <summary className="cursor-pointer font-medium">{t("removedLearners", { count: klass.removedLearners.length })}</summary>
            <p className="mt-2 text-sm text-muted">{t("removedIntro")}</p>
            <ul className="mt-2 divide-y divide-line">
              {klass.removedLearners.map((l) => (
                <RosterRow
                  key={l.id}
                  name={l.name}
                  username={l.username}
                  note={t("removedOn", { date: dateTime(l.removedAt, "date") })}
                  action={readmitLearnerAction.bind(null, locale, klass.id)}
                  learnerId={l.id}
                  button={t("readmit")}
                  buttonLabel={t("readmitLearner", { name: l.name })}
                  className="py-2"
                />
              ))}
            </ul>
          </details>
        )}
      </section>

      <form action={setClassArchivedAction.bind(null, locale, klass.id, !klass.archived)}>
        <button type="submit" className="btn btn-secondary">
          {klass.archived ? t("unarchive") : t("archive")}
        </button>
      </form>
    </div>
  );
}
