// The client side of the fault tests: learners' answer autosaves and submits, sent the way the
// quiz player sends them (an attempt is submitted only once every one of its answers is
// saved, twice at once as a double tap would), and a record of what the server acknowledged.
import { runServerScript } from "../bench/server.mts";

export type AnswerOp = { kind: "answer"; attemptId: string; cookie: string; questionId: string; response: unknown; body: string };
export type SubmitOp = { kind: "submit"; attemptId: string; cookie: string };
export type Op = AnswerOp | SubmitOp;
type Plan = { requests: { cookie: string; attemptId: string; body: string }[]; attempts: { cookie: string; attemptId: string }[] };

/** Signs up learners and starts their quizzes in `databaseUrl` (the benchmark's setup script). */
export function setUpLearners(databaseUrl: string, learners: number, quizzesEach: number, file: string): { answers: AnswerOp[]; attempts: { attemptId: string; cookie: string }[] } {
  const plan = runServerScript<Plan>("scripts/bench/learners-setup.mts", [learners, quizzesEach], databaseUrl, file);
  const answers = plan.requests.map((r) => {
    const { questionId, response } = JSON.parse(r.body) as { questionId: string; response: unknown };
    return { kind: "answer" as const, attemptId: r.attemptId, cookie: r.cookie, questionId, response, body: r.body };
  });
  return { answers, attempts: plan.attempts };
}

/** A small seeded generator (mulberry32), so a failing run can be repeated exactly. */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffle<T>(items: T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

export type Sent = { op: Op; status: number | "network"; ms: number; body: unknown };

/** Sends one request; a refused connection or a reset (a killed server) is "network". */
export async function send(base: string, op: Op, language = "en", timeoutMs = 15_000): Promise<Sent> {
  const started = Date.now();
  const path = op.kind === "answer" ? `/api/attempts/${op.attemptId}/answers` : `/api/attempts/${op.attemptId}/submit`;
  try {
    const response = await fetch(`${base}${path}`, {
      method: "POST",
      headers: { cookie: op.cookie, "content-type": "application/json", "accept-language": language },
      body: op.kind === "answer" ? op.body : "{}",
      signal: AbortSignal.timeout(timeoutMs),
    });
    const text = await response.text();
    let body: unknown = text;
    try {
      body = JSON.parse(text);
    } catch {
      // not JSON: kept as text for the report
    }
    return { op, status: response.status, ms: Date.now() - started, body };
  } catch {
    return { op, status: "network", ms: Date.now() - started, body: null };
  }
}

export const answerKey = (op: { attemptId: string; questionId: string }) => `${op.attemptId}|${op.questionId}`;

/**
 * What the learners have been told, across server restarts: answers acknowledged (2xx), and
 * for each attempt the scores its acknowledged submits reported.
 */
export class Learners {
  readonly ackedAnswers = new Map<string, AnswerOp>();
  readonly submitScores = new Map<string, number[]>();
  readonly unexpected: Sent[] = [];
  private readonly pending: Op[];
  private readonly answersLeft = new Map<string, number>();
  private readonly attempts: Map<string, string>;

  constructor(answers: AnswerOp[], attempts: { attemptId: string; cookie: string }[]) {
    this.pending = [...answers];
    this.attempts = new Map(attempts.map((a) => [a.attemptId, a.cookie]));
    for (const a of answers) this.answersLeft.set(a.attemptId, (this.answersLeft.get(a.attemptId) ?? 0) + 1);
    // An attempt with nothing left to save is submitted straight away.
    for (const [attemptId, cookie] of this.attempts) if (!this.answersLeft.has(attemptId)) this.pending.push(...this.submits(attemptId, cookie));
  }

  /** The learner taps Submit, and taps it twice. */
  private submits(attemptId: string, cookie: string): SubmitOp[] {
    return [0, 1].map(() => ({ kind: "submit" as const, attemptId, cookie }));
  }

  get done(): boolean {
    return this.pending.length === 0 && [...this.attempts.keys()].every((id) => (this.submitScores.get(id)?.length ?? 0) >= 2);
  }

  get attemptIds(): string[] {
    return [...this.attempts.keys()];
  }

  /**
   * Sends what is pending with `concurrency` requests in flight until everything is
   * acknowledged or `stop()` says to stop taking new work (the caller kills the server);
   * what got no answer stays pending, as the player keeps an unsaved answer and sends it again.
   */
  async run(base: string, concurrency: number, stop: (acked: number) => boolean): Promise<{ sent: number; acked: number; network: number }> {
    let acked = 0;
    let sent = 0;
    let network = 0;
    const inFlight = new Set<Promise<void>>();
    const settle = (result: Sent) => {
      const { op, status } = result;
      if (status === "network") {
        network++;
        this.pending.unshift(op);
        return;
      }
      if (status >= 200 && status < 300) {
        acked++;
        if (op.kind === "answer") {
          this.ackedAnswers.set(answerKey(op), op);
          const left = this.answersLeft.get(op.attemptId)! - 1;
          this.answersLeft.set(op.attemptId, left);
          if (left === 0) this.pending.unshift(...this.submits(op.attemptId, this.attempts.get(op.attemptId)!));
        } else {
          const score = (result.body as { score?: unknown }).score;
          const scores = this.submitScores.get(op.attemptId) ?? [];
          scores.push(typeof score === "number" ? score : Number.NaN);
          this.submitScores.set(op.attemptId, scores);
        }
        return;
      }
      this.unexpected.push(result);
    };
    while (!stop(acked)) {
      const op = this.pending.shift();
      if (!op) {
        if (inFlight.size === 0) break;
        await Promise.race(inFlight);
        continue;
      }
      sent++;
      const request: Promise<void> = send(base, op).then(settle).finally(() => inFlight.delete(request));
      inFlight.add(request);
      if (inFlight.size >= concurrency) await Promise.race(inFlight);
    }
    await Promise.all(inFlight);
    return { sent, acked, network };
  }
}
