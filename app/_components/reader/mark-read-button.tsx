"use client";

import { useTranslations } from "next-intl";
import { markRead, markUnread } from "@/lib/reading/local-record";
import { useReadingRecord } from "./use-reading-record";

/** A paragraph's read mark: fills in when the paragraph has been read, and lets the
 * learner mark it (or unmark it) by hand. */
export function MarkReadButton({ slug, blockId }: { slug: string; blockId: string }) {
  const t = useTranslations("Reader");
  const [record, update] = useReadingRecord(slug);
  const isRead = record.read[blockId] !== undefined;
  return (
    <button
      type="button"
      aria-pressed={isRead}
      aria-label={isRead ? t("markedRead") : t("markRead")}
      title={isRead ? t("markedRead") : t("markRead")}
      data-mark-read={blockId}
      onClick={() => update((r) => (isRead ? markUnread(r, blockId) : markRead(r, blockId, Date.now())))}
      className="mark-read ml-auto mt-1 flex size-8 items-center justify-center rounded-full border border-line text-sm text-muted hover:border-accent aria-pressed:border-read aria-pressed:bg-read aria-pressed:text-paper xl:absolute xl:-left-12 xl:top-0 xl:mt-0 print:hidden"
    >
      <span aria-hidden="true">✓</span>
    </button>
  );
}
