"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import type { AppLocale } from "@/lib/i18n/routing";

type Props = { label: string; current: AppLocale; options: { code: AppLocale; name: string }[]; className?: string };

/** The current path in another locale: "/vi/articles/x" → "/en/articles/x". */
function inLocale(pathname: string, from: string, to: string): string {
  const rest = pathname === `/${from}` ? "" : pathname.startsWith(`/${from}/`) ? pathname.slice(from.length + 1) : pathname;
  return `/${to}${rest}`;
}

/** Links to the same page in each interface language; each name is written in its own language. */
export function LocaleSwitcher({ label, current, options, className }: Props) {
  const pathname = usePathname();
  return (
    <nav aria-label={label} className={className}>
      <ul className="flex gap-1 text-sm">
        {options.map(({ code, name }) => (
          <li key={code}>
            <Link
              href={inLocale(pathname, current, code)}
              lang={code}
              hrefLang={code}
              aria-current={code === current ? "page" : undefined}
              className="rounded px-2 py-1 text-muted underline-offset-4 hover:underline aria-[current=page]:bg-ink aria-[current=page]:text-paper"
            >
              {name}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
