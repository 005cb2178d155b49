import { splitSentences } from "@/lib/content/sentences";

describe("splitSentences", () => {
  it("splits Vietnamese sentences at a period followed by a capital", () => {
    expect(splitSentences("Trung Quốc đăng cai hội nghị. Ông nhấn mạnh vai trò của AI.")).toEqual([
      "Trung Quốc đăng cai hội nghị.",
      "Ông nhấn mạnh vai trò của AI.",
    ]);
  });

  it("keeps a closing quote with the sentence it ends", () => {
    expect(splitSentences('Ông ký vào "Đồng thuận An toàn AI Thượng Hải". Cựu CEO Google cũng vậy.')).toEqual([
      'Ông ký vào "Đồng thuận An toàn AI Thượng Hải".',
      "Cựu CEO Google cũng vậy.",
    ]);
  });

  it("does not split after titles, abbreviations or initials", () => {
    expect(splitSentences("TS. Nguyễn Văn A phát biểu. Mr. Smith và J. Doe đồng ý.")).toEqual([
      "TS. Nguyễn Văn A phát biểu.",
      "Mr. Smith và J. Doe đồng ý.",
    ]);
    expect(splitSentences("The U.S. agreed. China did too.")).toEqual(["The U.S. agreed.", "China did too."]);
  });

  it("does not split inside numbers or before a lower-case word", () => {
    expect(splitSentences("Khu triển lãm rộng 70.000 m2, tăng 10,5%. vẫn cùng câu")).toEqual([
      "Khu triển lãm rộng 70.000 m2, tăng 10,5%. vẫn cùng câu",
    ]);
  });

  it("splits at ? and ! and keeps a trailing colon sentence whole", () => {
    expect(splitSentences("AI có an toàn không? Có! Ông đưa ra 3 đề xuất:")).toEqual([
      "AI có an toàn không?",
      "Có!",
      "Ông đưa ra 3 đề xuất:",
    ]);
  });

  it("returns nothing for blank text", () => {
    expect(splitSentences("   ")).toEqual([]);
  });
});
