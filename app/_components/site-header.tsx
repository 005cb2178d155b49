import { useLocale, useTranslations } from "next-intl";
import { routing, type AppLocale } from "@/lib/i18n/routing";
import { AccountMenu } from "./account-menu";
import { LocaleLink } from "./locale-link";
import { LocaleSwitcher } from "./locale-switcher";

/** The site's header; `signOut` is the sign-out action bound to the page's locale. */
export function SiteHeader({ signOut }: { signOut: () => Promise<void> }) {
  const t = useTranslations("Layout");
  const account = useTranslations("Account");
  const names = useTranslations("LocaleNames");
  const locale = useLocale() as AppLocale;
  const options = routing.locales.map((code) => ({ code, name: names(code) }));
  return (
    <header className="border-b border-line print:hidden">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-4 gap-y-2 px-4 py-3 sm:px-6">
        <LocaleLink href="/" className="text-lg font-bold tracking-tight text-ink no-underline" aria-label={t("home")}>
          Song Ngữ
        </LocaleLink>
        <LocaleSwitcher label={t("languageSwitcher")} current={locale} options={options} className="sm:order-3" />
        {/* On phones the account links take their own row under the name and the languages. */}
        <div className="order-last w-full sm:order-2 sm:ml-auto sm:w-auto">
          <AccountMenu
            locale={locale}
            signOut={signOut}
            labels={{
              signIn: account("signIn"),
              signUp: account("signUp"),
              signOut: account("signOut"),
              progress: account("progress"),
              // Filled in by the client with the number due.
              review: account("review", { count: "{count}" }),
              guest: account("guest"),
              menu: account("menu"),
              classes: account("classes"),
              assignments: account("assignments"),
              articles: account("articles"),
            }}
          />
        </div>
      </div>
    </header>
  );
}
