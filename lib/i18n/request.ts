import { hasLocale } from "next-intl";
import { getRequestConfig } from "next-intl/server";
import { DATE_FORMATS } from "./date-formats";
import { routing } from "./routing";
import { DEFAULT_TIME_ZONE } from "./time-zone";

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  return {
    locale,
    // Static pages are the same for everyone, so the default zone; pages that show a user's
    // dates format them in the user's own zone (lib/server/platform/session.ts, userDateTime).
    timeZone: DEFAULT_TIME_ZONE,
    messages: (await import(`../../messages/${locale}.json`)).default,
    // Messages name the language's one date style: "{date, date, date}".
    formats: { dateTime: DATE_FORMATS[locale] },
  };
});
