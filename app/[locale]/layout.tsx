import type { Metadata } from "next";
import type { ReactNode } from "react";
import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { env } from "@/lib/env";
import { localizedPath } from "@/lib/i18n/paths";
import { routing } from "@/lib/i18n/routing";
import { notoSansLatin, notoSansVietnamese } from "../fonts";
import { ErrorLabelsProvider } from "../_components/error-labels";
import { SiteFooter } from "../_components/site-footer";
import { SiteHeader } from "../_components/site-header";
import { signOutAction } from "./(auth)/actions";
import "../globals.css";

type Props = { children: ReactNode; params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const requested = (await params).locale;
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  const t = await getTranslations({ locale, namespace: "Metadata" });
  return {
    metadataBase: new URL(env.SITE_URL),
    title: { default: t("homeTitle"), template: `%s · ${t("siteName")}` },
    description: t("homeDescription"),
    applicationName: t("siteName"),
  };
}

export default async function LocaleLayout({ children, params }: Props) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations("Layout");
  const te = await getTranslations("ErrorPage");
  const errorLabels = { title: te("title"), body: te("body"), unavailable: te("unavailable"), retry: te("retry"), backHome: te("backHome"), homeHref: localizedPath(locale, "/") };
  return (
    <html lang={locale} className={`${notoSansLatin.variable} ${notoSansVietnamese.variable}`}>
      <body className="flex min-h-screen flex-col font-sans antialiased">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:z-50 focus:rounded focus:bg-paper focus:px-4 focus:py-2"
        >
          {t("skipToContent")}
        </a>
        {/* Every string is translated on the server; client components receive plain text,
            so no i18n runtime is sent to the browser. */}
        <SiteHeader signOut={signOutAction.bind(null, locale)} />
        <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 sm:px-6">
          <ErrorLabelsProvider labels={errorLabels}>{children}</ErrorLabelsProvider>
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
