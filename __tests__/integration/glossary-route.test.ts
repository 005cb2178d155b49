import { closeAppDatabase, useSeededAppDatabase } from "../helpers/app-database";
import type { TestDatabase } from "../helpers/test-database";

let testDb: TestDatabase;
let GET: typeof import("@/app/api/articles/[slug]/glossary/route").GET;

beforeAll(async () => {
  testDb = await useSeededAppDatabase();
  ({ GET } = await import("@/app/api/articles/[slug]/glossary/route"));
});

afterAll(() => closeAppDatabase(testDb));

const call = (slug: string) => GET(new Request(`http://test/api/articles/${slug}/glossary`), { params: Promise.resolve({ slug }) });

describe("GET /api/articles/[slug]/glossary", () => {
  it("sends every term with its forms, notes and sentences, cacheable by content hash", async () => {
    const response = await call("waic-2025");
    expect(response.status).toBe(200);
    expect(response.headers.get("etag")).toMatch(/^"[0-9a-f]{64}"$/);
    const { terms } = (await response.json()) as { terms: { id: string; vi: string; en: string; enForms: string[]; sentenceIds: string[] }[] };
    expect(terms).toHaveLength(82);
    const hq = terms.find((t) => t.id === "waic-2025:tru-so");
    expect(hq).toMatchObject({ vi: "trụ sở", en: "headquarters", enForms: ["headquartered"], sentenceIds: ["waic-2025:p3-s2"] });
  });

  it("answers 404 for an unknown article and 400 for a malformed slug", async () => {
    const unknown = await call("no-such-article");
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toEqual({ error: "not-found", message: "Không tìm thấy: mục này không tồn tại hoặc không phải của bạn." });
    const bad = await call("../../etc/passwd");
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({ error: "bad-request", message: "Yêu cầu này không hợp lệ." });
  });
});
