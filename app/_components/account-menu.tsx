"use client";
import { fill } from "@/lib/i18n/fill";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useState, type ReactNode } from "react";

type Me = { user: { name: string; role: "learner" | "teacher"; isGuest: boolean } | null; due: number };
const SIGNED_OUT: Me = { user: null, due: 0 };

type Props = {
  locale: string;
  labels: { signIn: string; signUp: string; signOut: string; progress: string; review: string; guest: string; menu: string; menuButton: string; classes: string; assignments: string; articles: string };
  signOut: () => Promise<void>;
};

/** One of the menu's links, in the page's locale; never prefetched (each page asks who is signed in itself). */
function MenuLink({ locale, path, className = "rounded px-2 py-1", children }: { locale: string; path: string; className?: string; children: ReactNode }) {
  return (
    <Link prefetch={false} href={`/${locale}${path}`} className={className}>
      {children}
    </Link>
  );
}

/**
 * The header's account links. Pages stay cacheable (the article page is the same for everyone),
 * so who is signed in is asked from /api/me once the page has loaded.
 */
export function AccountMenu({ locale, labels, signOut }: Props) {
  const [me, setMe] = useState<Me | null>(null);
  // Asked again after every navigation: signing in, out or up changes it without a reload.
  const pathname = usePathname();
  useEffect(() => {
    let live = true;
    // Once the browser is idle: the page itself never waits for this.
    const ask = () =>
      fetch("/api/me", { cache: "no-store" })
        .then((r) => (r.ok ? (r.json() as Promise<Me>) : SIGNED_OUT))
        .catch(() => SIGNED_OUT) // unknown, but offering to sign in does no harm
        .then((data) => live && setMe(data));
    // Safari has no requestIdleCallback: a short timeout instead.
    const onIdle = (window as Partial<Window>).requestIdleCallback;
    const handle = onIdle ? onIdle(() => void ask(), { timeout: 2000 }) : window.setTimeout(() => void ask(), 200);
    return () => {
      live = false;
      if (onIdle) window.cancelIdleCallback(handle);
      else window.clearTimeout(handle);
    };
  }, [pathname]);
  const user = me?.user;

  const visitorLinks = (
    <>
      <MenuLink locale={locale} path="/sign-in">
{labels.signIn}
</MenuLink>
      <MenuLink locale={locale} path="/sign-up" className="btn btn-primary min-h-9 px-3 py-1 text-sm">
{labels.signUp}
</MenuLink>
    </>
  );
  // On a phone the links are a menu (a native popover: Esc and a tap outside close it) behind
  // one button, so the header keeps one row; from the small breakpoint up they are inline.
  return (
    // Who is signed in may not be known yet (a slow network can take seconds): the menu claims
    // nothing then, but keeps its place, so nothing moves when it is filled. Without JavaScript
    // it never will be known: the visitor's links are offered (the popover needs no script).
    <nav
      aria-label={labels.menu}
      aria-busy={me === null || undefined}
      className="flex min-h-9 items-center text-sm"
      data-account={me === null ? "loading" : user ? (user.isGuest ? "guest" : "user") : "none"}
    >
      <button type="button" popoverTarget="account-links" className="rounded border border-line px-2.5 py-1 sm:hidden">
        {labels.menuButton}
      </button>
      <div
        id="account-links"
        popover="auto"
        // A link's navigation keeps the header: close the menu behind it.
        onClick={(e) => (e.target as Element).closest("a") && e.currentTarget.matches(":popover-open") && e.currentTarget.hidePopover()}
        className="account-links m-0 flex-col items-stretch gap-1 rounded-lg border border-line bg-paper p-2 text-ink shadow-lg [inset:auto] [right:1rem] [top:3.25rem] open:flex sm:static sm:flex sm:flex-row sm:flex-wrap sm:items-center sm:gap-x-3 sm:gap-y-1 sm:border-0 sm:bg-transparent sm:p-0 sm:shadow-none"
      >
        {me === null && <noscript>{visitorLinks}</noscript>}
        {user?.role === "teacher" && (
          <>
            <MenuLink locale={locale} path="/classes">
{labels.classes}
</MenuLink>
            <MenuLink locale={locale} path="/library/mine">
{labels.articles}
</MenuLink>
          </>
        )}
        {user?.role === "learner" && !user.isGuest && (
          <MenuLink locale={locale} path="/assignments">
{labels.assignments}
</MenuLink>
        )}
        {user && user.role === "learner" && (
          <>
            <MenuLink locale={locale} path="/review">
              {fill(labels.review, { count: me?.due ?? 0 })}
            </MenuLink>
            <MenuLink locale={locale} path="/progress">
{labels.progress}
</MenuLink>
          </>
        )}
        {me === null ? null : user && !user.isGuest ? (
          <form action={signOut} className="flex flex-col gap-1 sm:flex-row sm:items-center sm:gap-2">
            <span className="px-2 font-medium text-muted sm:px-0 sm:text-ink" data-testid="account-name">
              {user.name}
            </span>
            <button type="submit" className="rounded px-2 py-1 text-left underline-offset-4 hover:underline">
              {labels.signOut}
            </button>
          </form>
        ) : (
          <>
            {user?.isGuest && <span className="px-2 text-muted sm:px-0">{labels.guest}</span>}
            {visitorLinks}
          </>
        )}
      </div>
    </nav>
  );
}
