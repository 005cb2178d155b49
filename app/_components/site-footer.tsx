import { useTranslations } from "next-intl";

export function SiteFooter() {
  const t = useTranslations("Layout");
  return (
    <footer className="border-t border-line print:hidden">
      <p className="mx-auto max-w-6xl px-4 py-6 text-sm text-muted sm:px-6">{t("footer")}</p>
    </footer>
  );
}
