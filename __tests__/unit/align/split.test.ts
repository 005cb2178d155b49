// Splitting pasted news text: blocks (headline, paragraphs, captions with credits) and the
// sentences of each, on the team's articles and on the cases news text is full of.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { cleanText, splitDocument, splitSentences } from "@/lib/align/split";
import { corpus, holdout } from "../../helpers/corpus";

const ROOT = join(__dirname, "..", "..", "..");

describe("splitting a paragraph into sentences", () => {
  it("gives back every sentence of the seed and of every corpus article, in both languages, from its paragraph's plain text", () => {
    const raw = (slug: string) => {
      const dirs = ["prisma/seed/articles", "__tests__/fixtures/articles", "__tests__/fixtures/holdout"];
      for (const dir of dirs) {
        try {
          return JSON.parse(readFileSync(join(ROOT, dir, `${slug}.json`), "utf8")) as { blocks: { sentences: { vi: string; en: string }[] }[] };
        } catch {
          // not in this folder
        }
      }
      throw new Error(`no ${slug}`);
    };
    let blocks = 0;
    for (const { slug } of [...corpus, ...holdout]) {
      for (const block of raw(slug).blocks) {
        for (const lang of ["vi", "en"] as const) {
          const sentences = block.sentences.map((s) => s[lang]);
          expect(splitSentences(sentences.join(" "), lang)).toEqual(sentences);
          blocks++;
        }
      }
    }
    expect(blocks).toBeGreaterThan(200);
  });

  it.each([
    ["vi", "PGS.TS. Hồ Quang Vinh cho biết. Bệnh viện có 500 giường.", ["PGS.TS. Hồ Quang Vinh cho biết.", "Bệnh viện có 500 giường."]],
    ["vi", "TP. HCM có 3.000 trường. ThS. Lan nói vậy.", ["TP. HCM có 3.000 trường.", "ThS. Lan nói vậy."]],
    ["vi", "Ông Nguyễn V. A. phát biểu. Sau đó hội nghị bế mạc.", ["Ông Nguyễn V. A. phát biểu.", "Sau đó hội nghị bế mạc."]],
    ["vi", "Vắc xin bảo quản ở 2 đến 8 độ C. \"Không ai bị bỏ lại\", ông nói.", ["Vắc xin bảo quản ở 2 đến 8 độ C.", "\"Không ai bị bỏ lại\", ông nói."]],
    ["vi", "Tỷ lệ đạt 1,5%... Con số này tăng.", ["Tỷ lệ đạt 1,5%...", "Con số này tăng."]],
    ["vi", "Ông nói: “Chúng tôi đã sẵn sàng. Mọi thứ đã xong”. Rồi ông rời đi.", ["Ông nói: “Chúng tôi đã sẵn sàng. Mọi thứ đã xong”.", "Rồi ông rời đi."]],
    ["en", "Mr. Smith met Dr. Lan in the U.S. on Jan. 5. The talks lasted 1.5 hours.", ["Mr. Smith met Dr. Lan in the U.S. on Jan. 5.", "The talks lasted 1.5 hours."]],
    ["en", "Prices rose in the U.S. The rise was 3.2%.", ["Prices rose in the U.S.", "The rise was 3.2%."]],
    ["en", "J. K. Rowling wrote it. Was it good? Yes!", ["J. K. Rowling wrote it.", "Was it good?", "Yes!"]],
    ["en", "\"We are ready. It is done,\" she said. Then she left.", ["\"We are ready. It is done,\" she said.", "Then she left."]],
    ["en", "It cost $3,000 (about 70 million dong). Prices vary.", ["It cost $3,000 (about 70 million dong).", "Prices vary."]],
  ] as const)("splits %s: %s", (lang, text, sentences) => {
    expect(splitSentences(text, lang)).toEqual(sentences);
  });
});

describe("splitting a document into blocks", () => {
  it("finds the headline, paragraphs and a caption with its credit, from text pasted off a page", () => {
    const text = ["Hội nghị AI Thế giới khai mạc |", "", "Đoạn một có hai câu. Đây là câu hai.", "![]() |", "Hội nghị khai mạc ngày 27/7 tại Thượng Hải. Ảnh: Xinhua |", "Đoạn cuối."].join("\n");
    const doc = splitDocument(text, "vi");
    expect(doc.blocks.map((b) => [b.kind, b.sentences, b.credit])).toEqual([
      ["headline", ["Hội nghị AI Thế giới khai mạc"], null],
      ["paragraph", ["Đoạn một có hai câu.", "Đây là câu hai."], null],
      ["figure", ["Hội nghị khai mạc ngày 27/7 tại Thượng Hải."], "Ảnh: Xinhua"],
      ["paragraph", ["Đoạn cuối."], null],
    ]);
  });

  it("reads a credit on its own line as the credit of the caption before it, and a picture's address from Markdown", () => {
    const doc = splitDocument("# Title here\n\n![a photo](https://example.org/a.jpg)\nOfficials cut the ribbon.\nPhoto: VNA\n\nThe text goes on.\n", "en");
    expect(doc.blocks.map((b) => [b.kind, b.sentences, b.credit, b.imageUrl ?? null])).toEqual([
      ["headline", ["Title here"], null, null],
      ["figure", ["Officials cut the ribbon."], "Photo: VNA", "https://example.org/a.jpg"],
      ["paragraph", ["The text goes on."], null, null],
    ]);
    const alone = splitDocument("Tiêu đề\nNgười dân xếp hàng lên tàu.\n(Ảnh: TTXVN)\nBài viết tiếp tục.", "vi");
    expect(alone.blocks[1]).toEqual({ kind: "figure", sentences: ["Người dân xếp hàng lên tàu."], credit: "Ảnh: TTXVN" });
  });

  it("joins a paragraph wrapped over several lines when paragraphs are set apart by blank lines", () => {
    const doc = splitDocument("Headline\n\nThe first paragraph is wrapped\nover two lines. It ends here.\n\nThe second one.\n", "en");
    expect(doc.blocks.map((b) => b.sentences)).toEqual([["Headline"], ["The first paragraph is wrapped over two lines.", "It ends here."], ["The second one."]]);
  });

  it("keeps markup as text and drops characters that are not text (NUL, bidirectional overrides)", () => {
    const doc = splitDocument("Tiêu đề\u0000 <b>đậm</b>\nCâu có \u202Edấu đảo chiều\u202C và <script>alert(1)</script>.", "vi");
    expect(doc.blocks.map((b) => b.sentences)).toEqual([["Tiêu đề <b>đậm</b>"], ["Câu có dấu đảo chiều và <script>alert(1)</script>."]]);
    expect(cleanText("a\r\nb\u2066c\u2069")).toBe("a\nbc");
  });

  it("keeps Vietnamese words verbatim (NFC)", () => {
    const decomposed = "Nguyễn Thị Minh Hòa".normalize("NFD");
    expect(splitDocument(`${decomposed}\nBà ${decomposed} phát biểu.`, "vi").blocks[1]!.sentences).toEqual(["Bà Nguyễn Thị Minh Hòa phát biểu."]);
  });
});
