// One way of writing dates per language, used by every page, message and export: Vietnamese
// as Vietnamese writes them (7/7/2026, 15:05 7/7/2026), English in words (Jul 7, 2026).
import type { DateTimeFormatOptions } from "next-intl";
import type { AppLocale } from "./routing";

export type DateStyle = "date" | "dateTime" | "due" | "time" | "dayMonth";

const numericDate = { day: "numeric", month: "numeric", year: "numeric" } as const;
const time = { hour: "2-digit", minute: "2-digit" } as const;

export const DATE_FORMATS: Record<AppLocale, Record<DateStyle, DateTimeFormatOptions>> = {
  vi: {
    date: numericDate,
    dateTime: { ...numericDate, ...time },
    due: { weekday: "long", ...numericDate, ...time },
    time,
    dayMonth: { day: "numeric", month: "numeric" },
  },
  en: {
    date: { dateStyle: "medium" },
    dateTime: { dateStyle: "medium", timeStyle: "short" },
    due: { dateStyle: "full", timeStyle: "short" },
    time: { timeStyle: "short" },
    dayMonth: { day: "numeric", month: "short" },
  },
};

/** A date in the language's style, in a time zone. */
export function formatDateIn(locale: AppLocale, date: Date, style: DateStyle, timeZone: string): string {
  return new Intl.DateTimeFormat(locale, { ...DATE_FORMATS[locale][style], timeZone }).format(date);
}
