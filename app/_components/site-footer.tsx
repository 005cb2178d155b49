import { useTranslations } from "next-intl";
import { LocaleLink } from "./locale-link";

export function SiteFooter() {
  const t = useTranslations("Layout");
  return (
    <footer className="border-t border-line print:hidden">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-2 px-4 py-6 text-sm text-muted sm:px-6">
        <p>{t("footer")}</p>
        <LocaleLink href="/about" className="underline underline-offset-4">
          {t("about")}
        </LocaleLink>
      </div>
    </footer>
  );
}
