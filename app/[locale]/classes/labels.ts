import { getTranslations } from "next-intl/server";
import type { ClassErrorKey } from "@/lib/classes/schemas";

const KEYS: ClassErrorKey[] = [
  "nameRequired",
  "nameLength",
  "levelLength",
  "codeInvalid",
  "articleRequired",
  "instructionsLength",
  "dueInvalid",
  "duePast",
  "readPercentRange",
  "nothingRequired",
  "passMarkRange",
  "attemptsRange",
  "reviewNeedsDue",
  "settingsInvalid",
];

/** Every class form error in the UI language, for client forms. */
export async function classErrorLabels(): Promise<Record<ClassErrorKey, string>> {
  const t = await getTranslations("ClassErrors");
  return Object.fromEntries(KEYS.map((k) => [k, t(k)])) as Record<ClassErrorKey, string>;
}
