"use client";

import { markRead, markUnread } from "@/lib/reading/local-record";
import { useReadingRecord } from "./use-reading-record";

type Props = { slug: string; blockId: string; label: string; labelRead: string };

/** A paragraph's read mark: fills in when the paragraph has been read, and lets the
 * learner mark it (or unmark it) by hand. */
export function MarkReadButton({ slug, blockId, label, labelRead }: Props) {
  const [record, update] = useReadingRecord(slug);
  const isRead = record.read[blockId] !== undefined;
  return (
    <button
      type="button"
      aria-pressed={isRead}
      aria-label={isRead ? labelRead : label}
      title={isRead ? labelRead : label}
      data-mark-read={blockId}
      onClick={() => update((r) => (isRead ? markUnread(r, blockId) : markRead(r, blockId, Date.now())))}
      className="mark-read ml-auto mt-1 flex size-8 items-center justify-center rounded-full border border-line text-sm text-muted hover:border-accent aria-pressed:border-read aria-pressed:bg-read aria-pressed:text-paper xl:absolute xl:left-0 xl:top-0 xl:mt-0 print:hidden"
    >
      <span aria-hidden="true">✓</span>
    </button>
  );
}
