import { createTranslator } from "next-intl";
import { DATE_FORMATS, formatDateIn } from "@/lib/i18n/date-formats";
import en from "@/messages/en.json";
import vi from "@/messages/vi.json";

const at = new Date("2026-07-07T08:05:00Z");
const zone = "Asia/Ho_Chi_Minh";

describe("one date style per language", () => {
  it("writes Vietnamese dates with numbers, day first, and English ones in words", () => {
    expect(formatDateIn("vi", at, "date", zone)).toBe("7/7/2026");
    expect(formatDateIn("vi", at, "dateTime", zone)).toBe("15:05 7/7/2026");
    expect(formatDateIn("vi", at, "due", zone)).toBe("15:05 Thứ Ba, 7/7/2026");
    expect(formatDateIn("en", at, "date", zone)).toBe("Jul 7, 2026");
    expect(formatDateIn("en", at, "dateTime", zone)).toBe("Jul 7, 2026, 3:05 PM");
    expect(formatDateIn("en", at, "dayMonth", zone)).toBe("Jul 7");
  });

  it("gives messages the same style: an article's publication date as every other date", () => {
    for (const [locale, messages, written] of [["vi", vi, "Ngày đăng: 7/7/2026"], ["en", en, "Published Jul 7, 2026"]] as const) {
      const t = createTranslator({ locale, messages, namespace: "Article", formats: { dateTime: DATE_FORMATS[locale] }, timeZone: zone });
      expect(t("publishedOn", { date: at })).toBe(written);
    }
  });
});
