"use client";

import { useEffect, useRef } from "react";
import { mergeReadingRecords, type ReadingRecord } from "@/lib/reading/local-record";

const SYNC_DELAY_MS = 2500;
/** The first sync waits until the page has settled (it is never urgent). */
const FIRST_SYNC_DELAY_MS = 4000;

/**
 * Copies the browser's reading record of the article to the learner's account (guests too)
 * shortly after it changes, and takes back what the account knows from other devices. A
 * visitor without a session gets one 401 and no further requests on this page.
 */
export function useAccountSync(slug: string, record: ReadingRecord, update: (change: (r: ReadingRecord) => ReadingRecord) => void): void {
  const disabled = useRef(false);
  const lastSent = useRef<string | null>(null);
  useEffect(() => {
    if (disabled.current) return;
    const body = JSON.stringify(record);
    if (body === lastSent.current) return;
    const timer = window.setTimeout(
      async () => {
        lastSent.current = body;
        try {
          const res = await fetch(`/api/reading/${slug}`, { method: "PUT", headers: { "Content-Type": "application/json" }, body });
          if (!res.ok) {
            // Read the (small) error body so the request completes rather than hanging open.
            await res.text().catch(() => "");
            if (res.status === 401) disabled.current = true;
            return;
          }
          const { record: merged } = (await res.json()) as { record: ReadingRecord };
          update((local) => {
            const combined = mergeReadingRecords(local, merged);
            const same = JSON.stringify(combined) === JSON.stringify(local);
            if (!same) lastSent.current = JSON.stringify(combined);
            return same ? local : combined;
          });
        } catch {
          lastSent.current = null; // offline: try again with the next change
        }
      },
      lastSent.current === null ? FIRST_SYNC_DELAY_MS : SYNC_DELAY_MS,
    );
    return () => window.clearTimeout(timer);
  }, [slug, record, update]);
}
