import { fill } from "@/lib/i18n/fill";

describe("fill", () => {
  it("replaces each placeholder with its value", () => {
    expect(fill("Đã đọc {percent}% ({read}/{total} đoạn)", { percent: 40, read: 4, total: 10 })).toBe("Đã đọc 40% (4/10 đoạn)");
  });

  it("leaves unknown placeholders as they are and inserts values as plain text", () => {
    expect(fill("{a} and {b}", { a: "<b>x</b>" })).toBe("<b>x</b> and {b}");
  });
});
