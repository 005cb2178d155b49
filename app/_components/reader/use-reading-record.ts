"use client";

import { useCallback, useSyncExternalStore } from "react";
import { emptyReadingRecord, parseReadingRecord, readingRecordKey, type ReadingRecord } from "@/lib/reading/local-record";

// One record per article in localStorage, shared by every component of the page (progress
// bar, mark-read buttons) and kept in step across tabs by the `storage` event.
const listeners = new Map<string, Set<() => void>>();
const snapshots = new Map<string, { raw: string | null; record: ReadingRecord }>();
const SERVER_SNAPSHOT = emptyReadingRecord();

function readStored(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return snapshots.get(key)?.raw ?? null; // storage blocked (private mode): memory only
  }
}

function snapshot(key: string): ReadingRecord {
  const raw = readStored(key);
  const cached = snapshots.get(key);
  if (cached && cached.raw === raw) return cached.record;
  const record = parseReadingRecord(raw);
  snapshots.set(key, { raw, record });
  return record;
}

function notify(key: string): void {
  listeners.get(key)?.forEach((listener) => listener());
}

/** The learner's reading record for an article, and a way to change it. */
export function useReadingRecord(slug: string): [ReadingRecord, (change: (record: ReadingRecord) => ReadingRecord) => void] {
  const key = readingRecordKey(slug);
  const subscribe = useCallback(
    (listener: () => void) => {
      const set = listeners.get(key) ?? new Set();
      set.add(listener);
      listeners.set(key, set);
      const onStorage = (event: StorageEvent) => {
        if (event.key === key) listener();
      };
      window.addEventListener("storage", onStorage);
      return () => {
        set.delete(listener);
        window.removeEventListener("storage", onStorage);
      };
    },
    [key],
  );
  const record = useSyncExternalStore(subscribe, () => snapshot(key), () => SERVER_SNAPSHOT);
  const update = useCallback(
    (change: (record: ReadingRecord) => ReadingRecord) => {
      const current = snapshot(key);
      const next = change(current);
      if (next === current) return;
      const raw = JSON.stringify(next);
      try {
        window.localStorage.setItem(key, raw);
      } catch {
        // Storage full or blocked: the record still lives for this page view.
      }
      snapshots.set(key, { raw, record: next });
      notify(key);
    },
    [key],
  );
  return [record, update];
}
