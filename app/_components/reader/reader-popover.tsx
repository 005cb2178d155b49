"use client";

import { useEffect, useLayoutEffect, useRef, useState } from "react";
import type { ReaderLabels } from "./labels";

/** A glossary term as /api/articles/[slug]/glossary sends it. */
export type TermInfo = {
  id: string;
  vi: string;
  en: string;
  enForms: string[];
  note: { vi: string; en: string };
  /** The sentence pairs the term occurs in, in reading order. */
  sentenceIds: string[];
};

/** What a bubble points at: an element, or a range of text (a glossary term). */
export type Anchor = { getBoundingClientRect(): DOMRect };

/** A term as the text shows it: its id and its words in the sentence. */
export type TermMention = { id: string; text: string };

export type PopoverState =
  | { kind: "term"; term: TermInfo; anchor: Anchor }
  /** The glossary could not be fetched (slow or dropped connection). */
  | { kind: "term-unavailable"; mention: TermMention; anchor: Anchor }
  /** A sentence's translation and the terms the tapped sentence contains. */
  | { kind: "translation"; sentenceId: string; lang: "vi" | "en"; text: string; terms: TermMention[]; anchor: Anchor };

type Props = {
  state: PopoverState | null;
  uiLocale: "vi" | "en";
  labels: Pick<ReaderLabels, "translation" | "seeInGlossary" | "close" | "saveTerm" | "termSaved" | "saveTermFailed" | "sentenceTerms" | "termUnavailable">;
  onSeeInGlossary: (termId: string) => void;
  /** Opens a term's bubble in place of this one, at the same anchor. */
  onOpenTerm: (termId: string, anchor: Anchor) => void;
  onClose: () => void;
};

const GAP = 8;

/** Places the popover under its anchor (or above it when there is no room), inside the
 * viewport horizontally, in page coordinates so it scrolls with the text. */
function place(popover: HTMLElement, anchor: Anchor): void {
  const rect = anchor.getBoundingClientRect();
  const width = popover.offsetWidth;
  const height = popover.offsetHeight;
  const left = Math.max(GAP, Math.min(rect.left, window.innerWidth - width - GAP));
  const below = rect.bottom + GAP + height <= window.innerHeight || rect.top < height + GAP;
  const top = below ? rect.bottom + GAP : rect.top - GAP - height;
  popover.style.left = `${left + window.scrollX}px`;
  popover.style.top = `${top + window.scrollY}px`;
}

/** The one bubble of the reader: a glossary term's translation and note, or a sentence's
 * translation in one-language mode. Uses the native popover (Esc and outside taps close it). */
export function ReaderPopover({ state, uiLocale, labels, onSeeInGlossary, onOpenTerm, onClose }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const closeRef = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef<HTMLElement | null>(null);

  useLayoutEffect(() => {
    const popover = ref.current;
    if (!popover) return;
    if (!state) {
      if (popover.matches(":popover-open")) popover.hidePopover();
      return;
    }
    returnFocus.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!popover.matches(":popover-open")) popover.showPopover();
    place(popover, state.anchor);
    closeRef.current?.focus({ preventScroll: true });
  }, [state]);

  useEffect(() => {
    const popover = ref.current;
    if (!popover) return;
    const onToggle = (event: Event) => {
      if ((event as ToggleEvent).newState !== "closed") return;
      const back = returnFocus.current;
      if (back?.classList.contains("s") || back?.classList.contains("term")) back.focus({ preventScroll: true });
      onClose();
    };
    popover.addEventListener("toggle", onToggle);
    return () => popover.removeEventListener("toggle", onToggle);
  }, [onClose]);

  // Terms saved for review in this page view (saving again is harmless, the server ignores it).
  const [saved, setSaved] = useState<Record<string, "saving" | "saved" | "failed">>({});
  const saveTerm = async (termId: string) => {
    setSaved((s) => ({ ...s, [termId]: "saving" }));
    const res = await fetch("/api/review-cards", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ termId }) }).catch(() => null);
    await res?.text().catch(() => "");
    setSaved((s) => ({ ...s, [termId]: res?.ok ? "saved" : "failed" }));
  };

  const label = state?.kind === "term" ? state.term.vi : state?.kind === "term-unavailable" ? state.mention.text : labels.translation;
  const termState = state?.kind === "term" ? saved[state.term.id] : undefined;
  return (
    <div
      ref={ref}
      popover="auto"
      role="dialog"
      aria-label={label}
      className="absolute m-0 w-max max-w-[min(22rem,calc(100vw-1rem))] rounded-lg border border-line bg-paper p-4 text-sm text-ink shadow-lg [inset:auto] print:hidden"
      data-reader-popover=""
    >
      {state?.kind === "term" && (
        <div className="space-y-1">
          <p lang="vi" className="text-base font-semibold">
            {state.term.vi}
          </p>
          <p lang="en" className="text-base">
            {state.term.en}
          </p>
          <p lang={uiLocale} className="text-muted">
            {state.term.note[uiLocale]}
          </p>
          <button
            type="button"
            className="pt-1 text-accent underline underline-offset-4"
            onClick={() => {
              const id = state.term.id;
              ref.current?.hidePopover();
              onSeeInGlossary(id);
            }}
          >
            {labels.seeInGlossary}
          </button>
          <div aria-live="polite" className="pt-1">
            {termState === "saved" ? (
              <p className="font-medium text-read">✓ {labels.termSaved}</p>
            ) : (
              <button type="button" className="rounded border border-accent px-3 py-1 text-accent" disabled={termState === "saving"} onClick={() => void saveTerm(state.term.id)}>
                {labels.saveTerm}
              </button>
            )}
            {termState === "failed" && <p className="form-error">{labels.saveTermFailed}</p>}
          </div>
        </div>
      )}
      {state?.kind === "term-unavailable" && (
        <div className="space-y-1">
          <p className="text-base font-semibold">{state.mention.text}</p>
          <p role="alert" className="form-error">
            {labels.termUnavailable}
          </p>
        </div>
      )}
      {state?.kind === "translation" && (
        <div className="space-y-1">
          <p className="text-xs font-semibold uppercase tracking-wide text-muted">{labels.translation}</p>
          <p lang={state.lang} className="text-base" data-translation-of={state.sentenceId}>
            {state.text}
          </p>
          {state.terms.length > 0 && (
            <div className="pt-2">
              <p className="text-xs font-semibold uppercase tracking-wide text-muted">{labels.sentenceTerms}</p>
              <ul className="mt-1 flex flex-wrap gap-1.5">
                {state.terms.map((term) => (
                  <li key={term.id}>
                    <button type="button" lang={state.lang === "vi" ? "en" : "vi"} className="rounded border border-line px-2 py-0.5 hover:border-accent" onClick={() => onOpenTerm(term.id, state.anchor)}>
                      {term.text}
                    </button>
                  </li>
                ))}
              </ul>
            </div>
          )}
        </div>
      )}
      <button ref={closeRef} type="button" onClick={() => ref.current?.hidePopover()} className="mt-3 rounded border border-line px-3 py-1 text-xs">
        {labels.close}
      </button>
    </div>
  );
}
