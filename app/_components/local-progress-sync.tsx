"use client";
import { useRouter } from "next/navigation";
import { useEffect, useRef } from "react";
import { LOCAL_RECORD_VERSION, parseReadingRecord } from "@/lib/reading/local-record";

const PREFIX = `songngu:reading:v${LOCAL_RECORD_VERSION}:`;

/**
 * Moves what this browser recorded of every article to the account (the reader does it for
 * one article at a time, a few seconds after each change), then shows the page again with the
 * account's figures — only when the account learned something, so a visit with nothing new
 * renders once. On My progress and the assignment pages, which show reading done.
 */
export function LocalProgressSync() {
  const router = useRouter();
  const done = useRef(false);
  useEffect(() => {
    if (done.current) return;
    done.current = true;
    const entries: [string, string][] = [];
    try {
      for (let i = 0; i < window.localStorage.length; i++) {
        const key = window.localStorage.key(i);
        if (key?.startsWith(PREFIX)) entries.push([key.slice(PREFIX.length), window.localStorage.getItem(key) ?? ""]);
      }
    } catch {
      return;
    }
    const records = entries.map(([slug, raw]) => [slug, parseReadingRecord(raw)] as const).filter(([, r]) => Object.keys(r.read).length > 0 || r.reveals.length > 0);
    if (records.length === 0) return;
    void Promise.all(
      records.map(([slug, record]) =>
        fetch(`/api/reading/${encodeURIComponent(slug)}`, { method: "PUT", headers: { "Content-Type": "application/json" }, body: JSON.stringify(record) })
          .then((r) => (r.ok ? (r.json() as Promise<{ changed?: boolean }>) : null))
          .then((body) => body?.changed === true)
          .catch(() => false),
      ),
    ).then((results) => {
      if (results.some(Boolean)) router.refresh();
    });
  }, [router]);
  return null;
}
