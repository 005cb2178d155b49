"use client";
import { fill } from "@/lib/i18n/fill";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useState } from "react";

type Me = { user: { name: string; role: "learner" | "teacher"; isGuest: boolean } | null; due: number };
const SIGNED_OUT: Me = { user: null, due: 0 };

type Props = {
  locale: string;
  labels: { signIn: string; signUp: string; signOut: string; progress: string; review: string; guest: string; menu: string; classes: string; assignments: string; articles: string };
  signOut: () => Promise<void>;
};

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
  const href = (path: string) => `/${locale}${path}`;
  const user = me?.user;
  const visitorLinks = (
    <>
      <Link prefetch={false} href={href("/sign-in")} className="rounded px-2 py-1">
        {labels.signIn}
      </Link>
      <Link prefetch={false} href={href("/sign-up")} className="btn btn-primary min-h-9 px-3 py-1 text-sm">
        {labels.signUp}
      </Link>
    </>
  );
  if (me === null) {
    // Not known yet (a slow network can take seconds): claim nothing, keep the room the links
    // will take. Without JavaScript it never will be known: the visitor's links are offered.
    return (
      <nav aria-label={labels.menu} aria-busy="true" className="flex min-h-9 flex-wrap items-center gap-x-3 gap-y-1 text-sm" data-account="loading">
        <noscript>{visitorLinks}</noscript>
      </nav>
    );
  }
  return (
    <nav aria-label={labels.menu} className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm" data-account={user ? (user.isGuest ? "guest" : "user") : "none"}>
      {user?.role === "teacher" && (
        <>
          <Link prefetch={false} href={href("/classes")} className="rounded px-2 py-1">
            {labels.classes}
          </Link>
          <Link prefetch={false} href={href("/library/mine")} className="rounded px-2 py-1">
            {labels.articles}
          </Link>
        </>
      )}
      {user?.role === "learner" && !user.isGuest && (
        <Link prefetch={false} href={href("/assignments")} className="rounded px-2 py-1">
          {labels.assignments}
        </Link>
      )}
      {user && user.role === "learner" && (
        <>
          <Link prefetch={false} href={href("/review")} className="rounded px-2 py-1">
            {fill(labels.review, { count: me.due })}
          </Link>
          <Link prefetch={false} href={href("/progress")} className="rounded px-2 py-1">
            {labels.progress}
          </Link>
        </>
      )}
      {user && !user.isGuest ? (
        <form action={signOut} className="flex items-center gap-2">
          <span className="hidden font-medium sm:inline" data-testid="account-name">
            {user.name}
          </span>
          <button type="submit" className="rounded px-2 py-1 underline-offset-4 hover:underline">
            {labels.signOut}
          </button>
        </form>
      ) : (
        <>
          {user?.isGuest && <span className="text-muted">{labels.guest}</span>}
          {visitorLinks}
        </>
      )}
    </nav>
  );
}
