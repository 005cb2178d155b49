import NextLink from "next/link";
import type { ComponentProps } from "react";
import { useLocale } from "next-intl";
import { localizedPath } from "@/lib/i18n/paths";

type Props = Omit<ComponentProps<typeof NextLink>, "href"> & { href: string };

/**
 * A link within the current locale ("/articles/x" → "/vi/articles/x"), for server
 * components. Built on next/link so that pages ship no next-intl code to the browser.
 */
export function LocaleLink({ href, ...props }: Props) {
  return <NextLink href={localizedPath(useLocale(), href)} {...props} />;
}
