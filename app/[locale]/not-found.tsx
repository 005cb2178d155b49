import { useTranslations } from "next-intl";
import { LocaleLink } from "@/app/_components/locale-link";

export default function LocaleNotFound() {
  const t = useTranslations("NotFound");
  return (
    <div className="max-w-xl space-y-4">
      <title>{t("title")}</title>
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="text-muted">{t("body")}</p>
      <LocaleLink href="/" className="text-accent underline underline-offset-4">
        {t("backHome")}
      </LocaleLink>
    </div>
  );
}
