// The JSON routes under a few hundred malformed requests each (fast-check, seeded): made-up
// ids, foreign or broken sessions, bodies that are not JSON or not the right JSON, wrong content
// types, cross-site origins. None may answer 5xx, every refusal carries its code and a message
// in the user's language, and the database is the same afterwards, row for row.
import fc from "fast-check";
import { closeAppDatabase, useSeededAppDatabase } from "../../helpers/app-database";
import { signUpLearner, type TestLearner } from "../../helpers/learners";
import { tableContents, type TestDatabase } from "../../helpers/test-database";

const TABLES = ["User", "Session", "Quiz", "QuizQuestion", "Attempt", "Answer", "ReviewCard", "ReadingProgress", "SignInThrottle"];
const RUNS = 150;

let testDb: TestDatabase;
let owner: TestLearner;
let other: TestLearner;
let attemptId: string;

beforeAll(async () => {
  testDb = await useSeededAppDatabase();
  owner = await signUpLearner("fuzz_owner");
  other = await signUpLearner("fuzz_other");
  const { startQuiz } = await import("@/lib/server/learning/quizzes");
  attemptId = (await startQuiz(owner.id, { slug: "waic-2025", quizLength: 5, quizLanguage: "vi", feedbackMode: "immediate", seed: "fuzz" }))!;
});

afterAll(() => closeAppDatabase(testDb));

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

const ROUTES: { name: string; method: "GET" | "POST" | "PUT"; load: () => Promise<Handler>; param: "id" | "slug" | null; path: (p: string) => string }[] = [
  { name: "answers", method: "POST", load: async () => (await import("@/app/api/attempts/[id]/answers/route")).POST as Handler, param: "id", path: (p) => `/api/attempts/${p}/answers` },
  { name: "check", method: "POST", load: async () => (await import("@/app/api/attempts/[id]/check/route")).POST as Handler, param: "id", path: (p) => `/api/attempts/${p}/check` },
  { name: "submit", method: "POST", load: async () => (await import("@/app/api/attempts/[id]/submit/route")).POST as Handler, param: "id", path: (p) => `/api/attempts/${p}/submit` },
  { name: "attempt", method: "GET", load: async () => (await import("@/app/api/attempts/[id]/route")).GET as Handler, param: "id", path: (p) => `/api/attempts/${p}` },
  { name: "reading", method: "PUT", load: async () => (await import("@/app/api/reading/[slug]/route")).PUT as Handler, param: "slug", path: (p) => `/api/reading/${p}` },
  { name: "review-cards", method: "POST", load: async () => (await import("@/app/api/review-cards/route")).POST as unknown as Handler, param: null, path: () => "/api/review-cards" },
  { name: "glossary", method: "GET", load: async () => (await import("@/app/api/articles/[slug]/glossary/route")).GET as Handler, param: "slug", path: (p) => `/api/articles/${p}/glossary` },
  { name: "results", method: "GET", load: async () => (await import("@/app/api/assignments/[id]/results/route")).GET as Handler, param: "id", path: (p) => `/api/assignments/${p}/results` },
];

const cookies = () => ["", "songngu.session_token=forged.value", other.cookie, owner.cookie];

describe("JSON routes under malformed requests", () => {
  for (const route of ROUTES) {
    it(`${route.method} ${route.name}: no 5xx, a localized refusal, nothing written`, async () => {
      const handler = await route.load();
      const before = await tableContents(testDb, TABLES);
      const seen = new Set<number>();
      await fc.assert(
        fc.asyncProperty(
          fc.oneof(fc.constant(attemptId), fc.constant("waic-2025"), fc.string({ maxLength: 40 }), fc.constantFrom("../etc/passwd", "", "a".repeat(300), "%00", "waic-2025\u0000")),
          fc.constantFrom(...cookies()),
          fc.constantFrom("application/json", "application/json; charset=utf-8", "text/plain", "", "multipart/form-data; boundary=x"),
          fc.oneof(fc.string({ maxLength: 200 }), fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)), fc.constant("")),
          fc.constantFrom(undefined, "http://localhost", "https://evil.example", "null"),
          fc.constantFrom("vi", "en"),
          async (param, cookie, type, body, origin, language) => {
            // Only a real submit of the owner's own attempt may change it: that one is not malformed.
            fc.pre(!(route.name === "submit" && param === attemptId && cookie === owner.cookie && type.startsWith("application/json") && origin !== "https://evil.example" && origin !== "null"));
            const headers: Record<string, string> = { "accept-language": language };
            if (cookie) headers.cookie = cookie;
            if (type) headers["content-type"] = type;
            if (origin) headers.origin = origin;
            const request = new Request(`http://localhost${route.path(encodeURIComponent(param))}`, {
              method: route.method,
              headers,
              ...(route.method === "GET" ? {} : { body }),
            });
            const response = await handler(request, { params: Promise.resolve(route.param ? { [route.param]: param } : {}) });
            seen.add(response.status);
            expect(response.status).toBeLessThan(500);
            if (response.status >= 400) {
              const refusal = (await response.json()) as { error?: unknown; message?: unknown };
              expect(typeof refusal.error).toBe("string");
              expect(typeof refusal.message).toBe("string");
              expect((refusal.message as string).length).toBeGreaterThan(10);
            }
          },
        ),
        { numRuns: RUNS, seed: 1302, endOnFailure: true },
      );
      expect(await tableContents(testDb, TABLES)).toEqual(before);
      // The run reached past the first door: not every request was refused the same way.
      expect(seen.size).toBeGreaterThan(1);
    });
  }
});
