import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";

export default function LocaleNotFound() {
  const t = useTranslations("NotFound");
  return (
    <div className="max-w-xl space-y-4">
      <title>{t("title")}</title>
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="text-muted">{t("body")}</p>
      <Link href="/" className="text-accent underline underline-offset-4">
        {t("backHome")}
      </Link>
    </div>
  );
}
