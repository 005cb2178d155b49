import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AssignmentSummary } from "@/app/_components/assignment-summary";
import { LocaleLink } from "@/app/_components/locale-link";
import { RowId } from "@/lib/validation/ids";
import { asLocale } from "@/lib/i18n/paths";
import { QUALITY_FLAGS, QUESTION_TYPES } from "@/lib/quiz/types";
import { assignmentBank, getTeacherAssignment } from "@/lib/server/teaching/assignments";
import { requirePageUser, userDateTime } from "@/lib/server/platform/session";
import { deleteDraftAction, saveQuestionsAction, setDueAction } from "../../../actions";
import { classErrorLabels } from "../../../labels";
import { Dashboard } from "./dashboard";
import { DueDateForm } from "./due-date-form";
import { QuestionBankForm } from "./question-bank-form";

type Props = { params: Promise<{ locale: string; classId: string; assignmentId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: asLocale((await params).locale), namespace: "AssignmentPage" });
  return { title: t("title"), robots: { index: false } };
}

/** A teacher's assignment: the question preview while it is a draft, the class dashboard once published. */
export default async function TeacherAssignmentPage({ params }: Props) {
  const { classId, assignmentId } = await params;
  const locale = asLocale((await params).locale);
  setRequestLocale(locale);
  const user = await requirePageUser(locale, `/classes/${classId}/assignments/${assignmentId}`, "teacher");
  const id = RowId.safeParse(assignmentId);
  const assignment = id.success ? await getTeacherAssignment(user, id.data) : null;
  if (!assignment || assignment.class.id !== classId) notFound();
  const [t, types, flagsT, dateTime] = await Promise.all([getTranslations("AssignmentPage"), getTranslations("QuestionTypes"), getTranslations("QualityFlags"), userDateTime()]);
  return (
    <div className="space-y-8">
      <header className="space-y-3">
        <p>
          <LocaleLink href={`/classes/${assignment.class.id}`}>← {assignment.class.name}</LocaleLink>
        </p>
        <p className="text-sm font-semibold uppercase tracking-wide text-muted">{assignment.published ? t("published") : t("draft")}</p>
        <h1 className="text-3xl font-bold" lang={locale}>
          {assignment.article.title[locale]}
        </h1>
        {assignment.settings.instructions && <p className="whitespace-pre-line rounded border border-line bg-note p-3">{assignment.settings.instructions}</p>}
        <AssignmentSummary settings={assignment.settings} due={assignment.settings.dueAt ? dateTime(assignment.settings.dueAt, "due") : null} />
        <details className="text-sm">
          <summary className="cursor-pointer font-medium">{t("changeDue")}</summary>
          <div className="pt-3">
            <DueDateForm
              action={setDueAction.bind(null, locale, assignment.class.id, assignment.id)}
              dueAt={assignment.settings.dueAt?.toISOString() ?? null}
              labels={{ dueAt: t("dueAt"), hint: t("dueHint"), save: t("saveDue") }}
              errorLabels={await classErrorLabels()}
            />
          </div>
        </details>
      </header>
      {assignment.published ? (
        <Dashboard assignment={assignment} locale={locale} />
      ) : (
        <section aria-labelledby="preview" className="space-y-4">
          <h2 id="preview" className="text-2xl font-semibold">
            {t("previewHeading")}
          </h2>
          <p>{assignment.settings.quizRequired ? t("previewIntro", { count: assignment.settings.quizLength }) : t("publishIntro")}</p>
          <QuestionBankForm
            action={saveQuestionsAction.bind(null, locale, assignment.class.id, assignment.id)}
            questions={(await assignmentBank(user, assignment.id)) ?? []}
            quizRequired={assignment.settings.quizRequired}
            typeLabels={Object.fromEntries(QUESTION_TYPES.map((type) => [type, types(type)]))}
            labels={{
              legend: t("bankLegend"),
              kept: t("kept", { kept: "{kept}", total: "{total}" }),
              groupOn: t("groupOn", { type: "{type}" }),
              groupOff: t("groupOff", { type: "{type}" }),
              answer: t("answer"),
              save: t("save"),
              saved: t("saved"),
              publish: t("publish"),
              keepAll: t("keepAll"),
              switchAll: t("switchAll"),
              flaggedGroup: t("flaggedGroup", { count: "{count}" }),
              flaggedIntro: t("flaggedIntro"),
              quality: t("quality", { percent: "{percent}" }),
            }}
            flagLabels={Object.fromEntries(QUALITY_FLAGS.map((flag) => [flag, flagsT(flag)]))}
            errorLabels={await classErrorLabels()}
          />
          <form action={deleteDraftAction.bind(null, locale, assignment.class.id, assignment.id)}>
            <button type="submit" className="btn btn-secondary">
              {t("deleteDraft")}
            </button>
          </form>
        </section>
      )}
    </div>
  );
}
