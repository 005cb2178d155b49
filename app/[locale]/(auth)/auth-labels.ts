import { getTranslations } from "next-intl/server";
import type { AuthErrorKey } from "@/lib/auth/credentials";

const ERROR_KEYS: AuthErrorKey[] = [
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
  "invalidCredentials",
  "tooManyAttempts",
  "unexpected",
];

/** Every auth error message in the UI language, for the client form. */
export async function authErrorLabels(): Promise<Record<AuthErrorKey, string>> {
  const t = await getTranslations("Auth.errors");
  return Object.fromEntries(ERROR_KEYS.map((k) => [k, t(k)])) as Record<AuthErrorKey, string>;
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** The ?next= of an auth page, passed through the form. */
export async function nextParam(searchParams: SearchParams): Promise<string> {
  const next = (await searchParams).next;
  return typeof next === "string" ? next.slice(0, 300) : "";
}
