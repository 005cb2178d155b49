import { useTranslations } from "next-intl";
import type { AssignmentStatus } from "@/lib/classes/assignment-status";

const STYLE: Record<AssignmentStatus, string> = {
  "not-started": "bg-note text-ink",
  reading: "bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-200",
  completed: "bg-green-100 text-green-900 dark:bg-green-950 dark:text-green-200",
  "quiz-passed": "bg-green-100 text-green-900 dark:bg-green-950 dark:text-green-200",
  "quiz-failed": "bg-red-100 text-red-900 dark:bg-red-950 dark:text-red-200",
  late: "bg-red-100 text-red-900 dark:bg-red-950 dark:text-red-200",
};

/** A learner's status on an assignment, as a coloured label. */
export function StatusBadge({ status }: { status: AssignmentStatus }) {
  const t = useTranslations("AssignmentStatus");
  return (
    <span className={`inline-block rounded px-2 py-0.5 text-sm font-medium ${STYLE[status]}`} data-status={status}>
      {t(status)}
    </span>
  );
}
