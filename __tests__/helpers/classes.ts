// The "new assignment" form as a browser posts it, for class and assignment tests.
import { AssignmentInput } from "@/lib/classes/schemas";

/** Form fields of an assignment: 50% reading, a 5-question cross-language test quiz (override any). */
export function assignmentFields(over: Record<string, string> = {}): Record<string, string> {
  return {
    articleSlug: "waic-2025",
    instructions: "Đọc kỹ bài báo rồi làm bài kiểm tra.",
    dueAt: "",
    timeZone: "UTC",
    readPercent: "50",
    quizRequired: "on",
    quizLength: "5",
    quizLanguage: "cross",
    feedbackMode: "test",
    passMark: "60",
    attemptsAllowed: "2",
    guidedReading: "",
    ...over,
  };
}

/** The same, parsed as the server action would. */
export const assignmentInput = (over: Record<string, string> = {}) => AssignmentInput.parse(assignmentFields(over));
