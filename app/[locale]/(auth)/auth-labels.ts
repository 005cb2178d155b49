import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { asLocale } from "@/lib/i18n/paths";
import type { AuthErrorKey } from "@/lib/auth/credentials";

const ERROR_KEYS: AuthErrorKey[] = [
  "codeInvalid",
  "usernameLength",
  "usernameCharacters",
  "passwordLength",
  "emailInvalid",
  "nameRequired",
  "nameLength",
  "identifierRequired",
  "passwordRequired",
  "usernameTaken",
  "emailTaken",
];

/** Every auth error message in the UI language, for the client form. */
async function authErrorLabels(): Promise<Record<AuthErrorKey, string>> {
  const t = await getTranslations("Auth.errors");
  return Object.fromEntries(ERROR_KEYS.map((k) => [k, t(k)])) as Record<AuthErrorKey, string>;
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;
export type AuthPageProps = { params: Promise<{ locale: string }>; searchParams: SearchParams };

/** The ?next= of an auth page, passed through the form. */
async function nextParam(searchParams: SearchParams): Promise<string> {
  const next = (await searchParams).next;
  return typeof next === "string" ? next.slice(0, 300) : "";
}

/** The <title> of an auth page (never indexed). */
export function authMetadata(titleKey: "signInTitle" | "signUpTitle" | "teacherTitle" | "forgotTitle" | "resetTitle") {
  return async ({ params }: AuthPageProps): Promise<Metadata> => {
    const t = await getTranslations({ locale: asLocale((await params).locale), namespace: "Auth" });
    return { title: t(titleKey), robots: { index: false } };
  };
}

/** What every auth page starts with: its locale, the Auth strings, the error labels and ?next=. */
export async function authPage({ params, searchParams }: AuthPageProps) {
  const locale = asLocale((await params).locale);
  setRequestLocale(locale);
  const [t, errorLabels, next] = await Promise.all([getTranslations("Auth"), authErrorLabels(), nextParam(searchParams)]);
  return { locale, t, errorLabels, next, query: next ? `?next=${encodeURIComponent(next)}` : "" };
}
