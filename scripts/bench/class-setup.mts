// Run by the signed-in pages benchmark in a child process (runServerScript, so the server
// modules load outside Next): a teacher and a class of learners who joined, read part of the
// article (revealing some translations) and took the assignment's quiz twice.
import { writeFileSync } from "node:fs";
import { placeholderEmail } from "../../lib/auth/credentials";
import { AssignmentInput } from "../../lib/classes/schemas";
import { emptyReadingRecord } from "../../lib/reading/local-record";
import { assignmentBank, createAssignment, saveQuestionChoices } from "../../lib/server/teaching/assignments";
import { submitAttempt, saveAnswer } from "../../lib/server/learning/attempts";
import { auth } from "../../lib/server/platform/auth";
import { readStoredPrompt } from "../../lib/server/platform/stored-json";
import { createClass, getTeacherClass, joinClass } from "../../lib/server/teaching/classes";
import { db } from "../../lib/server/platform/db";
import { unwrap } from "../../lib/server/platform/errors";
import { startAssignmentQuiz } from "../../lib/server/teaching/learner-assignments";
import { syncReadingRecord } from "../../lib/server/learning/reading-records";
import { withSignUpProfile } from "../../lib/server/platform/sign-up-profile";

const [learnerCount, outFile] = [Number(process.argv[2]), process.argv[3]!];
const run = Date.now().toString(36);
const cookieOf = (headers: Headers) => [...(headers.get("set-cookie") ?? "").matchAll(/(songngu\.session_(?:token|data)=[^;]+)/g)].map((m) => m[1]).join("; ");

const signedUp = await withSignUpProfile({ role: "teacher" }, () =>
  auth().api.signUpEmail({ body: { email: `bench_${run}@school.example`, name: "Bench Teacher", password: "bench password 1" }, returnHeaders: true }),
);
const teacher = { id: signedUp.response.user.id, role: "teacher" as const };
const classId = unwrap(await createClass(teacher, { name: `Bench ${run}`, level: null })).id;
const { joinCode } = (await getTeacherClass(teacher, classId))!;
const input = AssignmentInput.parse({
  articleSlug: "waic-2025", instructions: "", dueAt: "", timeZone: "UTC", readPercent: "50", quizRequired: "on",
  quizLength: "10", quizLanguage: "cross", feedbackMode: "test", passMark: "60", attemptsAllowed: "3", guidedReading: "",
});
const assignmentId = unwrap(await createAssignment(teacher, classId, input)).id;
await saveQuestionChoices(teacher, assignmentId, (await assignmentBank(teacher, assignmentId))!.map((q) => q.id), true);

const paragraphs = await db().articleBlock.findMany({ where: { articleId: "waic-2025", kind: "paragraph" }, orderBy: { position: "asc" }, select: { id: true } });
const sentences = await db().sentencePair.findMany({ where: { block: { articleId: "waic-2025", kind: "paragraph" } }, select: { id: true } });
let learnerCookie = "";
for (let l = 0; l < learnerCount; l++) {
  const username = `bench_${run}_${l}`;
  const signedUpLearner = await auth().api.signUpEmail({ body: { email: placeholderEmail(username), name: `Học viên ${l}`, password: "bench password 1", username }, returnHeaders: true });
  const user = signedUpLearner.response;
  if (l === 0) learnerCookie = cookieOf(signedUpLearner.headers);
  const learner = { id: user.user.id, role: "learner" as const };
  await joinClass(learner, joinCode);
  const read = Object.fromEntries(paragraphs.slice(0, 3 + (l % 8)).map((p, i) => [p.id, Date.now() - 60_000 + i]));
  const reveals = sentences.slice(l % 5, (l % 5) + 4).map((s, i) => ({ sentenceId: s.id, at: Date.now() - 30_000 + i }));
  await syncReadingRecord(learner.id, "waic-2025", { ...emptyReadingRecord(), read, reveals });
  for (let attempt = 0; attempt < 2; attempt++) {
    const started = unwrap(await startAssignmentQuiz(learner, assignmentId));
    const questions = await db().quizQuestion.findMany({ where: { quiz: { attempt: { id: started.attemptId } } }, select: { id: true, prompt: true } });
    for (const [i, q] of questions.entries()) {
      const prompt = readStoredPrompt(q.prompt);
      if (prompt.input !== "choice" || (i + l + attempt) % 3 === 0) continue;
      await saveAnswer(learner.id, started.attemptId, q.id, { optionId: prompt.options![(l + i) % prompt.options!.length]!.id });
    }
    await submitAttempt(learner.id, started.attemptId);
  }
}
writeFileSync(outFile, JSON.stringify({ cookie: cookieOf(signedUp.headers), learnerCookie, classId, assignmentId }));
await db().$disconnect();
