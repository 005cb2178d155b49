import type { routing } from "@/lib/i18n/routing";
import type messages from "./messages/vi.json";

// Typed next-intl: message keys and locales are checked at compile time.
declare module "next-intl" {
  interface AppConfig {
    Locale: (typeof routing.locales)[number];
    Messages: typeof messages;
  }
}
