import { expect, test, type APIRequestContext } from "@playwright/test";
import { answerQuestion, signUpLearner, startQuiz, waitForSave } from "../e2e/helpers/learner";
import { APP_PORTS } from "./ports";

// Through nginx with two app servers on one PostgreSQL database (npm run cluster): a learner
// signs up on whichever server nginx picks and carries on on the other; both know the session
// and see the same work. Every response says which server made it (X-Songngu-Instance).

const direct = (port: number) => `http://127.0.0.1:${port}`;

async function instanceOf(request: APIRequestContext, url: string, cookie = ""): Promise<string> {
  const response = await request.get(url, { headers: cookie ? { cookie } : {} });
  expect(response.ok()).toBe(true);
  return response.headers()["x-songngu-instance"] ?? "";
}

test("nginx spreads the requests over both servers", async ({ request }) => {
  const seen = new Set<string>();
  for (let i = 0; i < 6; i++) seen.add(await instanceOf(request, "/api/health"));
  expect([...seen].sort()).toEqual(["app-1", "app-2"]);
});

test("a learner signed in on one server carries on on the other", async ({ page, request }) => {
  const answeredBy = new Set<string>();
  page.on("response", (response) => {
    const instance = response.headers()["x-songngu-instance"];
    if (instance && new URL(response.url()).pathname.startsWith("/")) answeredBy.add(instance);
  });
  const username = await signUpLearner(page, "en", "cluster");
  const attemptId = await startQuiz(page, "en", "test");
  await answerQuestion(page, 0);
  await waitForSave(page);
  // The browser's requests went to both servers, and nothing failed on the way.
  expect([...answeredBy].sort()).toEqual(["app-1", "app-2"]);

  // Asked of each server directly, with the browser's cookies: the same learner and the same answer.
  const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
  for (const [i, port] of APP_PORTS.entries()) {
    const me = await request.get(`${direct(port)}/api/me`, { headers: { cookie } });
    expect(me.headers()["x-songngu-instance"]).toBe(`app-${i + 1}`);
    expect((await me.json()).user?.name).toBe(username);
    const attempt = await request.get(`${direct(port)}/api/attempts/${attemptId}`, { headers: { cookie } });
    expect(attempt.ok()).toBe(true);
    // The first question's answer, saved through nginx by whichever server, is there on both.
    const body = (await attempt.json()) as { questions: { response: unknown }[] };
    expect(body.questions[0]?.response).not.toBeNull();
    expect(body.questions.slice(1).every((q) => q.response === null)).toBe(true);
  }
});
