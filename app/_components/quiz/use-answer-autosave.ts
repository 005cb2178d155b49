"use client";
import { useEffect, useState } from "react";
import type { Response } from "@/lib/quiz/types";

export type SaveState = "idle" | "saving" | "saved" | "failed";

/** Waits before sending again after a failure: the network or the server may need a while. */
const RETRY_DELAYS_MS = [1_000, 2_000, 4_000, 8_000, 15_000, 30_000];

/** One answer to the server: "retry" when it may work later (offline, 429, 5xx). */
async function send(url: string, questionId: string, response: Response): Promise<"done" | "retry"> {
  try {
    const res = await fetch(url, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ questionId, response }) });
    await res.text().catch(() => "");
    return res.status === 429 || res.status >= 500 ? "retry" : "done";
  } catch {
    return "retry";
  }
}

/**
 * Keeps every answer until the server has it. Each question's latest answer waits in one
 * queue, sent a batch at a time (so an older answer never lands after a newer one); what
 * fails goes again after growing delays, when the browser is back online, and with the next
 * answer.
 */
class AnswerQueue {
  private readonly unsaved = new Map<string, Response>();
  private running: Promise<boolean> | null = null;
  private failures = 0;
  private retryTimer: number | undefined;
  private textTimer: number | undefined;

  constructor(
    private readonly url: string,
    private readonly onState: (state: SaveState) => void,
  ) {}

  get pending(): number {
    return this.unsaved.size;
  }

  /** Queues a question's answer; typed text waits `delayMs` for the next keystroke first. */
  queue(questionId: string, response: Response, delayMs = 0): void {
    this.unsaved.set(questionId, response);
    if (delayMs > 0) {
      this.onState("saving"); // typed but not yet sent: not "saved"
      window.clearTimeout(this.textTimer);
      this.textTimer = window.setTimeout(() => void this.flush(), delayMs);
    } else void this.flush();
  }

  /** Sends everything waiting; true when it all arrived. A running send takes new answers along. */
  flush(): Promise<boolean> {
    window.clearTimeout(this.retryTimer);
    window.clearTimeout(this.textTimer);
    this.running ??= this.sendAll().finally(() => (this.running = null));
    return this.running;
  }

  /** Whether the server has every answer, after sending what waits (before a submit). */
  async saveAll(): Promise<boolean> {
    await this.running;
    return (await this.flush()) && this.unsaved.size === 0;
  }

  dispose(): void {
    window.clearTimeout(this.retryTimer);
    window.clearTimeout(this.textTimer);
  }

  private async sendAll(): Promise<boolean> {
    await Promise.resolve(); // `running` is set before anything is sent
    this.onState("saving");
    let ok = true;
    while (ok && this.unsaved.size > 0) {
      const batch = [...this.unsaved];
      const outcomes = await Promise.all(batch.map(([questionId, response]) => send(this.url, questionId, response)));
      batch.forEach(([questionId, response], i) => {
        if (outcomes[i] === "done" && this.unsaved.get(questionId) === response) this.unsaved.delete(questionId);
      });
      ok = !outcomes.includes("retry");
    }
    if (ok) {
      this.failures = 0;
      this.onState("saved");
    } else {
      this.onState("failed");
      const delay = RETRY_DELAYS_MS[Math.min(this.failures, RETRY_DELAYS_MS.length - 1)];
      this.failures += 1;
      this.retryTimer = window.setTimeout(() => void this.flush(), delay);
    }
    return ok;
  }
}

/** The attempt's answer queue and its state; leaving the page with answers not yet saved asks first. */
export function useAnswerAutosave(attemptId: string) {
  const [state, setState] = useState<SaveState>("idle");
  const [queue] = useState(() => new AnswerQueue(`/api/attempts/${attemptId}/answers`, setState));

  useEffect(() => {
    const online = () => {
      if (queue.pending > 0) void queue.flush();
    };
    const leaving = (event: BeforeUnloadEvent) => {
      if (queue.pending > 0) event.preventDefault();
    };
    window.addEventListener("online", online);
    window.addEventListener("beforeunload", leaving);
    return () => {
      window.removeEventListener("online", online);
      window.removeEventListener("beforeunload", leaving);
      queue.dispose();
    };
  }, [queue]);

  return { state, queue };
}
