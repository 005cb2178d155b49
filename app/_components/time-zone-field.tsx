"use client";
import { useEffect, useRef } from "react";

/** A hidden field carrying the browser's time zone (for daily streaks), filled in after load
 * (`fallback` until then, or without JavaScript). */
export function TimeZoneField({ fallback = "" }: { fallback?: string }) {
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (input.current) input.current.value = Intl.DateTimeFormat().resolvedOptions().timeZone ?? "";
  }, []);
  return <input ref={input} type="hidden" name="timeZone" defaultValue={fallback} />;
}
