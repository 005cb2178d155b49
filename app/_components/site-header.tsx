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
      {/* One row on every screen: on a phone the account links fold into a menu. */}
      <div className="mx-auto flex max-w-6xl items-center gap-x-3 px-4 py-2 sm:gap-x-4 sm:px-6 sm:py-3">
        <LocaleLink href="/" className="mr-auto shrink-0 text-lg font-bold tracking-tight text-ink no-underline" aria-label={t("home")}>
          Song Ngữ
        </LocaleLink>
        <div className="order-3 sm:order-2">
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
              menuButton: account("menuButton"),
              classes: account("classes"),
              assignments: account("assignments"),
              articles: account("articles"),
            }}
          />
        </div>
        <LocaleSwitcher label={t("languageSwitcher")} current={locale} options={options} className="order-2 shrink-0 sm:order-3" />
      </div>
    </header>
  );
}
