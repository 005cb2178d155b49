import { useLocale, useTranslations } from "next-intl";
import { LocaleLink } from "./locale-link";
import { routing, type AppLocale } from "@/lib/i18n/routing";
import { LocaleSwitcher } from "./locale-switcher";

export function SiteHeader() {
  const t = useTranslations("Layout");
  const names = useTranslations("LocaleNames");
  const locale = useLocale() as AppLocale;
  const options = routing.locales.map((code) => ({ code, name: names(code) }));
  return (
    <header className="border-b border-line print:hidden">
      <div className="mx-auto flex max-w-6xl items-center justify-between gap-4 px-4 py-3 sm:px-6">
        <LocaleLink href="/" className="text-lg font-bold tracking-tight text-ink no-underline" aria-label={t("home")}>
          Song Ngữ
        </LocaleLink>
        <LocaleSwitcher label={t("languageSwitcher")} current={locale} options={options} />
      </div>
    </header>
  );
}
