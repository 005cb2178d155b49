import { parseSourceText } from "@/lib/content/source-text";

const SAMPLE = [
  "Tiêu đề bài báo |",
  "Câu một. Câu hai.",
  "![]() |",
  "Chú thích ảnh ở Thượng Hải. Ảnh: Xinhua |",
  "![](https://example.com/a.jpg) |",
  "Chú thích không có nguồn ảnh. |",
  "Đoạn cuối.",
].join("\n");

describe("parseSourceText", () => {
  const blocks = parseSourceText(SAMPLE);

  it("reads the first line as the headline, without the table pipe", () => {
    expect(blocks[0]).toEqual({ kind: "headline", sentences: ["Tiêu đề bài báo"] });
  });

  it("splits paragraphs into sentences", () => {
    expect(blocks[1]).toEqual({ kind: "paragraph", sentences: ["Câu một.", "Câu hai."] });
    expect(blocks[4]).toEqual({ kind: "paragraph", sentences: ["Đoạn cuối."] });
  });

  it("turns an image line and its caption into one figure with the photo credit apart", () => {
    expect(blocks[2]).toEqual({
      kind: "figure",
      imageUrl: null,
      sentences: ["Chú thích ảnh ở Thượng Hải."],
      credit: "Ảnh: Xinhua",
    });
    expect(blocks[3]).toEqual({
      kind: "figure",
      imageUrl: "https://example.com/a.jpg",
      sentences: ["Chú thích không có nguồn ảnh."],
      credit: null,
    });
    expect(blocks).toHaveLength(5);
  });

  it("normalizes text to NFC", () => {
    const nfd = "Tiêu đề\nĐoạn văn có dấu: ở đây.".normalize("NFD");
    const [, paragraph] = parseSourceText(nfd);
    expect(paragraph?.sentences[0]).toBe("Đoạn văn có dấu: ở đây.".normalize("NFC"));
  });
});
