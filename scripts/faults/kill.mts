// kill -9 under load: learners autosave and submit while the server is killed three times at
// seeded moments, then restarted on the same database file, and the unanswered requests sent
// again (as the quiz player does). After every kill and at the end, checks.mts must find nothing.
import { rmSync } from "node:fs";
import { prepareDatabase, serveBuild } from "../bench/server.mts";
import { checkDatabase, type Grades } from "./checks.mts";
import { Learners, seeded, setUpLearners, shuffle } from "./load.mts";

const DATABASE_URL = "file:./data/faults.db";
const FILE = "data/faults.db";
const LEARNERS = 24;
const QUIZZES_EACH = 2; // 24 × 2 attempts × 20 questions = 960 answers, 96 submits
const CONCURRENCY = 16;
const KILLS = 3;

export async function runKillTest(port: number, seed: number): Promise<boolean> {
  for (const suffix of ["", "-wal", "-shm"]) rmSync(`${FILE}${suffix}`, { force: true });
  prepareDatabase(DATABASE_URL);
  const setup = setUpLearners(DATABASE_URL, LEARNERS, QUIZZES_EACH, "data/faults-learners.json");
  const random = seeded(seed);
  // Learners work in small groups, so submits happen all along the run, not only at its end.
  const shuffled = shuffle(setup.attempts, random);
  const order = Array.from({ length: Math.ceil(shuffled.length / 8) }, (_, g) => shuffled.slice(g * 8, g * 8 + 8)).flatMap((group) => {
    const ids = new Set(group.map((a) => a.attemptId));
    return shuffle(setup.answers.filter((a) => ids.has(a.attemptId)), random);
  });
  const learners = new Learners(order, setup.attempts);
  const total = order.length + setup.attempts.length * 2;
  console.log(`\nkill -9 under load (seed ${seed}): ${LEARNERS} learners, ${setup.attempts.length} attempts, ${order.length} answers and ${setup.attempts.length * 2} submits, ${CONCURRENCY} in flight\n`);

  const grades: Grades = new Map();
  const rows: Record<string, string | number>[] = [];
  const problems: string[] = [];
  for (let round = 0; round <= KILLS && !learners.done; round++) {
    const started = Date.now();
    const server = await serveBuild(port, DATABASE_URL, "data/faults-server.log");
    const ready = Date.now() - started;
    const kill = round < KILLS;
    // After a quarter to a half of what is left: the kills land early, midway and late, among
    // autosaves and submits alike.
    const left = total - learners.ackedAnswers.size - [...learners.submitScores.values()].reduce((n, s) => n + s.length, 0);
    const killAt = Math.max(1, Math.round(left * (0.25 + random() * 0.25)));
    let killedAfter = "";
    const result = await learners.run(server.base, CONCURRENCY, (acked) => {
      if (!kill || acked < killAt) return false;
      server.process.kill("SIGKILL");
      killedAfter = `${acked} acknowledged`;
      return true;
    });
    if (!kill) server.stop();
    await new Promise<void>((resolve) => (server.process.exitCode !== null || server.process.signalCode !== null ? resolve() : server.process.once("exit", () => resolve())));
    const found = checkDatabase(FILE, learners, grades);
    problems.push(...found.map((p) => `after round ${round + 1}: ${p}`));
    rows.push({
      round: round + 1,
      "server up (ms)": ready,
      sent: result.sent,
      "2xx": result.acked,
      "no answer (killed)": result.network,
      "kill -9": kill ? killedAfter : "no (runs to the end)",
      "answers saved so far": learners.ackedAnswers.size,
      "attempts graded so far": [...learners.submitScores.values()].filter((scores) => scores.length > 0).length,
      check: found.length === 0 ? "ok" : `${found.length} problems`,
    });
  }
  console.table(rows);
  const graded = [...learners.submitScores.values()].filter((s) => s.length >= 2).length;
  if (!learners.done) problems.push(`not finished: ${learners.ackedAnswers.size} of ${order.length} answers and ${graded} of ${setup.attempts.length} attempts acknowledged`);
  for (const sent of learners.unexpected.slice(0, 5)) problems.push(`${sent.op.kind} ${sent.op.attemptId} answered ${sent.status}: ${JSON.stringify(sent.body).slice(0, 200)}`);
  if (learners.unexpected.length > 0) problems.push(`${learners.unexpected.length} requests answered neither 2xx nor "no answer"`);
  console.log(`answers acknowledged and stored: ${learners.ackedAnswers.size} of ${order.length}; attempts graded once, both submits agreeing: ${graded} of ${setup.attempts.length}`);
  for (const p of problems) console.log(`FAIL ${p}`);
  console.log(problems.length === 0 ? "kill -9: ok (integrity_check ok after every kill)" : `kill -9: ${problems.length} problems`);
  return problems.length === 0;
}
