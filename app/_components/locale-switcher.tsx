"use client";

import { Link, usePathname } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/routing";

type Props = { label: string; current: string; options: { code: AppLocale; name: string }[] };

/** Links to the same page in each interface language; each name is written in its own language. */
export function LocaleSwitcher({ label, current, options }: Props) {
  const pathname = usePathname();
  return (
    <nav aria-label={label}>
      <ul className="flex gap-1 text-sm">
        {options.map(({ code, name }) => (
          <li key={code}>
            <Link
              href={pathname}
              locale={code}
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
