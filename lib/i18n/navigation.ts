import { createNavigation } from "next-intl/navigation";
import { routing } from "./routing";

/** Locale-aware Link and helpers: `<Link href="/articles/waic-2025">` stays in the current locale. */
export const { Link, redirect, usePathname, useRouter, getPathname } = createNavigation(routing);
