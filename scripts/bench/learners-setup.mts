// Run by the submission benchmark and the fault tests in a child process (runServerScript, so
// the server modules load outside Next): signs up learners through the real auth library,
// starts quizzes for them, and writes one valid answer request per (attempt, question) pair.
import { writeFileSync } from "node:fs";
import { placeholderEmail } from "../../lib/auth/credentials";
import { auth } from "../../lib/server/platform/auth";
import type { PublicQuestion } from "../../lib/quiz/seal";
import { readStoredPrompt } from "../../lib/server/platform/stored-json";
import { db } from "../../lib/server/platform/db";
import { startQuiz } from "../../lib/server/learning/quizzes";

const [learnerCount, quizzesPerLearner, outFile] = [Number(process.argv[2]), Number(process.argv[3]), process.argv[4]!];
const run = Date.now().toString(36);

function someResponse(q: PublicQuestion) {
  if (q.input === "choice") return { optionId: q.options![0]!.id };
  if (q.input === "text") return { text: "bench" };
  if (q.input === "pairs") return { pairs: Object.fromEntries((q.items ?? []).map((item, i) => [item.id, q.options![i % q.options!.length]!.id])) };
  return { order: (q.items ?? []).map((i) => i.id) };
}

const requests: { cookie: string; attemptId: string; body: string }[] = [];
const attempts: { cookie: string; attemptId: string }[] = [];
for (let l = 0; l < learnerCount; l++) {
  const username = `bench_${run}_${l}`;
  const result = await auth().api.signUpEmail({
    body: { email: placeholderEmail(username), name: username, password: "bench password 1", username },
    returnHeaders: true,
  });
  // What a browser would send back: the session cookie and the library's signed session cache.
  const cookie = [...(result.headers.get("set-cookie") ?? "").matchAll(/(songngu\.session_(?:token|data)=[^;]+)/g)].map((m) => m[1]).join("; ");
  if (!cookie.includes("session_token")) throw new Error("no session cookie");
  for (let q = 0; q < quizzesPerLearner; q++) {
    const attemptId = await startQuiz(result.response.user.id, { slug: "waic-2025", quizLength: 20, quizLanguage: "cross", feedbackMode: "test" });
    if (!attemptId) throw new Error("no quiz");
    attempts.push({ cookie, attemptId });
    const questions = await db().quizQuestion.findMany({ where: { quiz: { attempt: { id: attemptId } } }, select: { id: true, prompt: true } });
    for (const question of questions) {
      const response = someResponse(readStoredPrompt(question.prompt));
      requests.push({ cookie, attemptId, body: JSON.stringify({ questionId: question.id, response }) });
    }
  }
}
// Interleave learners so concurrent requests come from different accounts.
requests.sort((a, b) => a.body.localeCompare(b.body));
writeFileSync(outFile, JSON.stringify({ requests, attempts }));
await db().$disconnect();
