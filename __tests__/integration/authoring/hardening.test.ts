// What the attack on the import found, kept fixed: a Word "zip bomb" is refused without taking
// the server down, a text of thousands of lines is refused before it is aligned, a change of
// who may read an article takes effect at once, another teacher's assignment of an article
// since kept private shows nothing of it, and a draft stays openable after many merges.
import { deflateRawSync } from "node:zlib";
import { crc32 } from "node:zlib";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { closeAppDatabase, useSeededAppDatabase } from "../../helpers/app-database";
import { assignmentInput } from "../../helpers/classes";
import { signUpLearner, signUpTeacher, type TestLearner } from "../../helpers/learners";
import type { TestDatabase } from "../../helpers/test-database";
import { unwrap } from "@/lib/server/platform/errors";
import { NewArticleInput } from "@/lib/validation/authoring";

type Actor = import("@/lib/server/platform/actor").Actor;
const SET = join(__dirname, "..", "..", "fixtures", "align");
const read = (name: string) => readFileSync(join(SET, name), "utf8");

/** A .docx whose document.xml deflates from `megabytes` of paragraphs to a few hundred kB. */
function zipBomb(megabytes: number): Uint8Array {
  const unit = Buffer.from("<w:p><w:r><w:t>a</w:t></w:r></w:p>");
  const body = Buffer.concat([
    Buffer.from('<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'),
    Buffer.alloc(Math.floor((megabytes * 1024 * 1024) / unit.length) * unit.length, unit),
    Buffer.from("</w:body></w:document>"),
  ]);
  const files: [string, Buffer][] = [
    ["[Content_Types].xml", Buffer.from('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')],
    ["_rels/.rels", Buffer.from('<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')],
    ["word/document.xml", body],
  ];
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, data] of files) {
    const packed = deflateRawSync(data, { level: 9 });
    const nameBytes = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc32(data), 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(8, 10);
    entry.writeUInt32LE(crc32(data), 16);
    entry.writeUInt32LE(packed.length, 20);
    entry.writeUInt32LE(data.length, 24);
    entry.writeUInt16LE(nameBytes.length, 28);
    entry.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, packed);
    central.push(entry, nameBytes);
    offset += local.length + nameBytes.length + packed.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

let testDb: TestDatabase;
let a: TestLearner;
let b: TestLearner;
let pupilOfB: TestLearner;
const T = (u: TestLearner): Actor => ({ id: u.id, role: "teacher" });

beforeAll(async () => {
  testDb = await useSeededAppDatabase();
  a = await signUpTeacher("Cô An", "an.hardening@school.edu.vn");
  b = await signUpTeacher("Thầy Bảo", "bao.hardening@school.edu.vn");
  pupilOfB = await signUpLearner("hoc_vien_thay_bao");
});

afterAll(() => closeAppDatabase(testDb));

describe("a Word file", () => {
  it("that unpacks to hundreds of megabytes is refused as unreadable, and this process goes on", async () => {
    const { textOfFile, TextFileError } = await import("@/lib/server/authoring/text-files");
    const bomb = zipBomb(300);
    expect(bomb.length).toBeLessThan(2_000_000);
    const before = process.memoryUsage().rss;
    await expect(textOfFile("bomb.docx", bomb)).rejects.toEqual(new TextFileError("unreadable-docx"));
    expect(process.memoryUsage().rss - before).toBeLessThan(400 * 1024 * 1024);
    // And a real document still reads.
    expect(await textOfFile("walkway.docx", readFileSync(join(SET, "files", "walkway.vi.docx")))).toContain("Đà Nẵng khánh thành cầu đi bộ");
  }, 30_000);
});

describe("a pasted text", () => {
  it("of more than 800 sentences is refused before it is aligned", () => {
    const lines = Array.from({ length: 900 }, (_, i) => `Câu số ${i}.`).join("\n");
    const parsed = NewArticleInput.safeParse({ vi: lines, en: "Headline\nOne.", sourceName: "", sourceUrl: "", publishedOn: "", credit: "", level: "", topics: "", visibility: "classes" });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.message)).toContain("tooManySentences");
  });
});

describe("who may read an article", () => {
  it("changes at once when only its visibility changes, everywhere it is read", async () => {
    const drafts = await import("@/lib/server/authoring/drafts");
    const publish = await import("@/lib/server/authoring/publish");
    const articles = await import("@/lib/server/learning/articles");
    const teaching = { ...(await import("@/lib/server/teaching/classes")), ...(await import("@/lib/server/teaching/assignments")) };
    const input = NewArticleInput.parse({ vi: read("05-mekong-exams.vi.txt"), en: read("05-mekong-exams.en.txt"), sourceName: "", sourceUrl: "", publishedOn: "", credit: "", level: "", topics: "", visibility: "site" });
    const { slug } = unwrap(await publish.publishDraft(T(a), unwrap(await drafts.createDraft(T(a), input)).id));
    expect(await articles.getReadableArticle(null, slug)).not.toBeNull();
    // Teacher B assigns it while it is everyone's; a learner of B's class is there.
    const classB = unwrap(await teaching.createClass(T(b), { name: "12C", level: null })).id;
    await teaching.joinClass({ id: pupilOfB.id, role: "learner" }, (await teaching.getTeacherClass(T(b), classB))!.joinCode);
    const assignment = unwrap(await teaching.createAssignment(T(b), classB, assignmentInput({ articleSlug: slug })));
    expect(await teaching.getTeacherAssignment(T(b), assignment.id)).not.toBeNull();
    // A keeps it for their own classes, the text unchanged.
    const edit = unwrap(await publish.draftFromArticle(T(a), slug));
    const draft = (await drafts.loadDraft(T(a), edit.id))!;
    unwrap(await drafts.updateDraftDetails(T(a), edit.id, { ...draft.state.details, visibility: "classes" }));
    unwrap(await publish.publishDraft(T(a), edit.id));
    expect(await articles.getReadableArticle(null, slug)).toBeNull();
    expect(await articles.getPublicArticle(slug)).toBeNull();
    expect(await articles.getReadableArticle({ id: pupilOfB.id }, slug)).toBeNull();
    expect(await articles.getArticleGlossary(slug)).toBeNull();
    // B's assignment of it shows nothing of it any more.
    expect(await teaching.getTeacherAssignment(T(b), assignment.id)).toBeNull();
    expect(await teaching.assignmentBank(T(b), assignment.id)).toBeNull();
  });
});

describe("a draft", () => {
  it("stays openable after merging many pairs into one", async () => {
    const drafts = await import("@/lib/server/authoring/drafts");
    const input = NewArticleInput.parse({ vi: read("03-asean-coffee.vi.txt"), en: read("03-asean-coffee.en.txt"), sourceName: "", sourceUrl: "", publishedOn: "", credit: "", level: "", topics: "", visibility: "classes" });
    const { id } = unwrap(await drafts.createDraft(T(a), input));
    for (let k = 0; k < 25; k++) {
      const view = (await drafts.getDraft(T(a), id))!;
      unwrap(await drafts.changeDraft(T(a), id, { op: "merge-next", pair: view.pairs[1]!.id }));
    }
    const view = await drafts.getDraft(T(a), id);
    expect(view?.pairs[1]!.vi.length).toBeGreaterThan(20);
  });
});
