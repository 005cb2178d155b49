import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { quizChoices } from "@/app/_components/forms/quiz-choices";
import { LocaleLink } from "@/app/_components/locale-link";
import { ANSWER_REVIEWS } from "@/lib/classes/answer-review";
import { RowId } from "@/lib/validation/ids";
import { asLocale } from "@/lib/i18n/paths";
import { listArticles } from "@/lib/server/learning/articles";
import { getTeacherClass } from "@/lib/server/teaching/classes";
import { requirePageUser } from "@/lib/server/platform/session";
import { createAssignmentAction } from "../../../actions";
import { classErrorLabels } from "../../../labels";
import { AssignmentForm } from "./assignment-form";

type Props = { params: Promise<{ locale: string; classId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: asLocale((await params).locale), namespace: "AssignmentForm" });
  return { title: t("title"), robots: { index: false } };
}

/** Setting an article for the class: step 1, what to do and by when (step 2 previews the questions). */
export default async function NewAssignmentPage({ params }: Props) {
  const { classId } = await params;
  const locale = asLocale((await params).locale);
  setRequestLocale(locale);
  const user = await requirePageUser(locale, `/classes/${classId}/assignments/new`, "teacher");
  const id = RowId.safeParse(classId);
  const klass = id.success ? await getTeacherClass(user, id.data) : null;
  if (!klass || klass.archived) notFound();
  const [t, quiz, articles] = await Promise.all([getTranslations("AssignmentForm"), getTranslations("Quiz"), listArticles({ id: user.id, role: "teacher" })]);
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <p>
        <LocaleLink href={`/classes/${klass.id}`}>← {klass.name}</LocaleLink>
      </p>
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="text-muted">{t("intro")}</p>
      <AssignmentForm
        action={createAssignmentAction.bind(null, locale, klass.id)}
        articles={articles.map((a) => ({ value: a.slug, label: a.title[locale] }))}
        {...(await quizChoices())}
        reviews={ANSWER_REVIEWS.map((r) => ({ value: r, label: t(`review${r[0]!.toUpperCase()}${r.slice(1)}` as "reviewEach") }))}
        labels={{
          article: t("article"),
          instructions: t("instructions"),
          instructionsHint: t("instructionsHint"),
          dueAt: t("dueAt"),
          dueAtHint: t("dueAtHint"),
          reading: t("reading"),
          readPercent: t("readPercent"),
          readPercentHint: t("readPercentHint"),
          guidedReading: t("guidedReading"),
          guidedReadingHint: t("guidedReadingHint"),
          quiz: t("quiz"),
          quizRequired: t("quizRequired"),
          passMark: t("passMark"),
          attemptsAllowed: t("attemptsAllowed"),
          reviewAnswers: t("reviewAnswers"),
          length: quiz("length"),
          language: quiz("language"),
          feedback: quiz("feedback"),
          submit: t("submit"),
          summary: t("fixErrors"),
        }}
        errorLabels={await classErrorLabels()}
      />
    </div>
  );
}
