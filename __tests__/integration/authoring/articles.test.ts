// Teachers' own articles on a real database: a draft saved as it is reviewed (a reload loses
// nothing), published as an article of the teacher's; an article for the teacher's classes read
// only by the teacher and those classes' learners (not assigned, exported or quizzed by anyone
// else); an edit after publishing keeps attempts and reading records attached; the hourly limit;
// text stored as text.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { closeAppDatabase, useSeededAppDatabase } from "../../helpers/app-database";
import { assignmentInput } from "../../helpers/classes";
import { signUpLearner, signUpTeacher, type TestLearner } from "../../helpers/learners";
import { tableContents, type TestDatabase } from "../../helpers/test-database";
import { unwrap } from "@/lib/server/platform/errors";
import type { NewArticleInput } from "@/lib/validation/authoring";

type Actor = import("@/lib/server/platform/actor").Actor;
type Services = typeof import("@/lib/server/authoring/drafts") &
  typeof import("@/lib/server/authoring/publish") &
  typeof import("@/lib/server/learning/articles") &
  typeof import("@/lib/server/learning/quizzes") &
  typeof import("@/lib/server/learning/reading-records") &
  typeof import("@/lib/server/teaching/classes") &
  typeof import("@/lib/server/teaching/assignments");

const SET = join(__dirname, "..", "..", "fixtures", "align");
const read = (name: string) => readFileSync(join(SET, name), "utf8");
const input = (over: Partial<NewArticleInput> = {}): NewArticleInput => ({
  vi: read("03-asean-coffee.vi.txt"),
  en: read("03-asean-coffee.en.txt"),
  sourceName: "Song Ngữ",
  sourceUrl: null,
  publishedOn: "2026-01-15",
  credit: null,
  level: "B1",
  topics: ["kinh tế", "ASEAN"],
  visibility: "classes",
  ...over,
});

let testDb: TestDatabase;
let s: Services;
let owner: TestLearner;
let other: TestLearner;
let pupil: TestLearner;
let outsider: TestLearner;
let slug: string;
const T = (u: TestLearner): Actor => ({ id: u.id, role: "teacher" });
const L = (u: TestLearner): Actor => ({ id: u.id, role: "learner" });
const TABLES = ["Article", "ArticleDraft", "SentencePair", "Assignment", "Quiz", "ReadingProgress"];

beforeAll(async () => {
  testDb = await useSeededAppDatabase();
  s = {
    ...(await import("@/lib/server/authoring/drafts")),
    ...(await import("@/lib/server/authoring/publish")),
    ...(await import("@/lib/server/learning/articles")),
    ...(await import("@/lib/server/learning/quizzes")),
    ...(await import("@/lib/server/learning/reading-records")),
    ...(await import("@/lib/server/teaching/classes")),
    ...(await import("@/lib/server/teaching/assignments")),
  };
  owner = await signUpTeacher("Cô Hạnh", "hanh@school.edu.vn");
  other = await signUpTeacher("Thầy Phúc", "phuc@school.edu.vn");
  pupil = await signUpLearner("hoc_vien_lop_hanh");
  outsider = await signUpLearner("hoc_vien_khac");
  const classId = unwrap(await s.createClass(T(owner), { name: "10A1", level: null })).id;
  await s.joinClass(L(pupil), (await s.getTeacherClass(T(owner), classId))!.joinCode);
});

afterAll(() => closeAppDatabase(testDb));

describe("a draft", () => {
  it("is saved with every change: read again, it holds the change, and undo brings the pairs back", async () => {
    const { id } = unwrap(await s.createDraft(T(owner), input()));
    const first = (await s.getDraft(T(owner), id))!;
    expect(first.pairs.length).toBeGreaterThan(25);
    expect(first.toLook).toBeGreaterThanOrEqual(1);
    const lonely = first.pairs.find((p) => p.en.length === 0)!;
    unwrap(await s.changeDraft(T(owner), id, { op: "confirm", pair: lonely.id }));
    unwrap(await s.changeDraft(T(owner), id, { op: "merge-next", pair: first.pairs[1]!.id }));
    // A new request, as after a reload: the server has both changes.
    const reloaded = (await s.getDraft(T(owner), id))!;
    expect(reloaded.pairs).toHaveLength(first.pairs.length - 1);
    expect(reloaded.pairs.find((p) => p.id === lonely.id)?.needsLook).toBe(false);
    expect(reloaded.canUndo).toBe(true);
    unwrap(await s.changeDraft(T(owner), id, { op: "undo" }));
    expect((await s.getDraft(T(owner), id))!.pairs.map((p) => [p.vi, p.en])).toEqual(first.pairs.map((p) => [p.vi, p.en]));
    expect(await s.changeDraft(T(owner), id, { op: "merge-next", pair: "nope" })).toEqual({ error: "bad-request" });
    unwrap(await s.deleteDraft(T(owner), id));
  });

  it("is nobody else's: another teacher and a learner get not-found and change nothing", async () => {
    const { id } = unwrap(await s.createDraft(T(owner), input()));
    const before = await tableContents(testDb, TABLES);
    expect(await s.getDraft(T(other), id)).toBeNull();
    expect(await s.getDraft(L(pupil), id)).toBeNull();
    expect(await s.changeDraft(T(other), id, { op: "undo" })).toEqual({ error: "not-found" });
    expect(await s.publishDraft(T(other), id)).toEqual({ error: "not-found" });
    expect(await s.deleteDraft(T(other), id)).toEqual({ error: "not-found" });
    expect(await s.createDraft(L(pupil), input())).toEqual({ error: "not-found" });
    expect(await s.listDrafts(T(other))).toEqual([]);
    expect(await tableContents(testDb, TABLES)).toEqual(before);
    slug = unwrap(await s.publishDraft(T(owner), id)).slug;
    expect(await s.getDraft(T(owner), id)).toBeNull();
  });
});

describe("an article for the teacher's classes", () => {
  it("is in the library of its teacher and of the classes' learners only", async () => {
    const titles = async (reader: { id: string; role: "learner" | "teacher" } | null) => (await s.listArticles(reader)).map((a) => a.slug);
    expect(await titles({ id: owner.id, role: "teacher" })).toContain(slug);
    expect(await titles({ id: pupil.id, role: "learner" })).toContain(slug);
    expect(await titles({ id: other.id, role: "teacher" })).not.toContain(slug);
    expect(await titles({ id: outsider.id, role: "learner" })).not.toContain(slug);
    expect(await titles(null)).not.toContain(slug);
    expect(await titles(null)).toContain("waic-2025");
    // Search ignores marks; the filters narrow.
    expect((await s.listArticles({ id: owner.id, role: "teacher" }, { q: "khung du lieu" })).map((a) => a.slug)).toEqual([slug]);
    expect((await s.listArticles({ id: owner.id, role: "teacher" }, { topic: "ASEAN" })).map((a) => a.slug)).toEqual([slug]);
    expect((await s.listArticles({ id: owner.id, role: "teacher" }, { level: "C1" })).map((a) => a.slug)).toEqual([]);
  });

  it("is read, quizzed and recorded by them, and by nobody else", async () => {
    expect(await s.getReadableArticle({ id: owner.id }, slug)).not.toBeNull();
    expect(await s.getReadableArticle({ id: pupil.id }, slug)).not.toBeNull();
    expect(await s.getPublicArticle(slug)).toBeNull();
    const before = await tableContents(testDb, TABLES);
    for (const stranger of [other, outsider]) {
      expect(await s.getReadableArticle({ id: stranger.id }, slug)).toBeNull();
      expect(await s.startQuiz(stranger.id, { slug, quizLength: 5, quizLanguage: "vi", feedbackMode: "test" })).toBeNull();
      expect(await s.syncReadingRecord(stranger.id, slug, { version: 1, read: {}, reveals: [] })).toBeNull();
    }
    expect(await s.getReadableArticle(null, slug)).toBeNull();
    expect(await s.exportArticle(T(other), slug)).toBeNull();
    expect(await s.draftFromArticle(T(other), slug)).toEqual({ error: "not-found" });
    const otherClass = unwrap(await s.createClass(T(other), { name: "11B", level: null })).id;
    const afterClass = await tableContents(testDb, TABLES);
    expect(await s.createAssignment(T(other), otherClass, assignmentInput({ articleSlug: slug }))).toEqual({ error: "not-found" });
    expect(await tableContents(testDb, TABLES)).toEqual(afterClass);
    expect(before.Article).toEqual(afterClass.Article);
  });

  it("is exported in the exchange format and comes back as a draft that edits it", async () => {
    const content = (await s.exportArticle(T(owner), slug))!;
    expect(content.slug).toBe(slug);
    expect(content.blocks[0]!.kind).toBe("headline");
    const { id } = unwrap(await s.importContentFile(T(owner), content));
    const draft = (await s.getDraft(T(owner), id))!;
    expect(draft.editing).toBe(true);
    expect(draft.pairs.map((p) => [p.vi.join(" "), p.en.join(" ")])).toEqual(content.blocks.flatMap((b) => b.sentences.map((x) => [x.vi, x.en])));
    unwrap(await s.deleteDraft(T(owner), id));
    // The site's articles export for any teacher, and come back as a new article of theirs.
    const seed = (await s.exportArticle(T(other), "waic-2025"))!;
    const copy = unwrap(await s.importContentFile(T(other), seed));
    expect((await s.getDraft(T(other), copy.id))!.editing).toBe(false);
    await s.deleteDraft(T(other), copy.id);
  });
});

describe("editing a published article", () => {
  it("keeps the sentence ids that reading records and attempts point at", async () => {
    const attemptId = await s.startQuiz(pupil.id, { slug, quizLength: 5, quizLanguage: "vi", feedbackMode: "test" });
    expect(attemptId).toBeTruthy();
    const article = (await s.getReadableArticle({ id: pupil.id }, slug))!;
    const sentenceIds = article.blocks.flatMap((b) => b.sentences.map((x) => x.id));
    const paragraph = article.blocks.find((b) => b.kind === "paragraph")!;
    const record = { version: 1 as const, read: { [paragraph.id]: 1_700_000_000_000 }, reveals: [{ sentenceId: paragraph.sentences[0]!.id, at: 1_700_000_000_500 }] };
    expect(await s.syncReadingRecord(pupil.id, slug, record)).not.toBeNull();
    const { id } = unwrap(await s.draftFromArticle(T(owner), slug));
    const draft = (await s.getDraft(T(owner), id))!;
    const target = draft.pairs[3]!;
    unwrap(await s.changeDraft(T(owner), id, { op: "edit", pair: target.id, side: "en", sentence: 0, text: `${target.en[0]} (edited)` }));
    expect(unwrap(await s.publishDraft(T(owner), id)).slug).toBe(slug);
    const after = (await s.getReadableArticle({ id: pupil.id }, slug))!;
    expect(after.blocks.flatMap((b) => b.sentences.map((x) => x.id))).toEqual(sentenceIds);
    expect(after.blocks.flatMap((b) => b.sentences).find((x) => x.en.endsWith("(edited)"))).toBeDefined();
    const { db } = await import("@/lib/server/platform/db");
    expect(await db().attempt.findUnique({ where: { id: attemptId! }, select: { id: true } })).not.toBeNull();
    // The reading record still counts the paragraph and the reveal: their ids are the same.
    const again = (await s.syncReadingRecord(pupil.id, slug, { version: 1, read: {}, reveals: [] }))!;
    expect(again.record.read).toEqual(record.read);
    expect(again.record.reveals).toEqual(record.reveals);
  });
  it("shows a republished article's new title in the library at once", async () => {
    const reader = { id: owner.id, role: "teacher" as const };
    const before = (await s.listArticles(reader)).find((a) => a.slug === slug)!;
    const { id } = unwrap(await s.draftFromArticle(T(owner), slug));
    const head = (await s.getDraft(T(owner), id))!.pairs[0]!;
    unwrap(await s.changeDraft(T(owner), id, { op: "edit", pair: head.id, side: "en", sentence: 0, text: `${head.en[0]} today` }));
    unwrap(await s.publishDraft(T(owner), id));
    const after = (await s.listArticles(reader)).find((a) => a.slug === slug)!;
    expect(after.title.en).toBe(`${before.title.en} today`);
    expect(after.sentenceCount).toBe(before.sentenceCount);
  });
});

describe("what a teacher pastes", () => {
  it("is stored as text: markup stays text, control characters and direction overrides are dropped", async () => {
    const { id } = unwrap(await s.createDraft(T(owner), input({ vi: "Tiêu đề <script>alert(1)</script>\nCâu có\u202E đảo\u0000 chiều <b>đậm</b>.", en: "Headline <script>alert(1)</script>\nA sentence with <b>bold</b>." })));
    const draft = (await s.getDraft(T(owner), id))!;
    expect(draft.pairs.map((p) => [p.vi, p.en])).toEqual([
      [["Tiêu đề <script>alert(1)</script>"], ["Headline <script>alert(1)</script>"]],
      [["Câu có đảo chiều <b>đậm</b>."], ["A sentence with <b>bold</b>."]],
    ]);
    await s.deleteDraft(T(owner), id);
  });

  it("is limited to a number of imports an hour per teacher", async () => {
    const { db } = await import("@/lib/server/platform/db");
    await db().signInThrottle.upsert({ where: { key: `import:${other.id}` }, create: { key: `import:${other.id}`, count: s.IMPORTS_PER_HOUR, windowStart: new Date() }, update: { count: s.IMPORTS_PER_HOUR, windowStart: new Date() } });
    const before = await tableContents(testDb, ["ArticleDraft"]);
    expect(await s.createDraft(T(other), input())).toEqual({ error: "too-many-requests" });
    expect(await tableContents(testDb, ["ArticleDraft"])).toEqual(before);
  });
});
