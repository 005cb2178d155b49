"use client";

import dynamic from "next/dynamic";
import { useCallback, useEffect, useRef, useState, useSyncExternalStore, type KeyboardEvent, type MouseEvent, type ReactNode } from "react";
import { addReveal, markRead } from "@/lib/reading/local-record";
import { stepSentence } from "@/lib/reading/navigation";
import type { ReaderLang, ReaderPrefs } from "@/lib/reading/prefs";
import { dwellThresholdMs, readingProgress } from "@/lib/reading/progress";
import { sentenceStyles } from "@/lib/reading/sentence-styles";
import { ReaderPopover, type PopoverState } from "./reader-popover";
import type { ReaderLabels } from "./labels";
import { ReaderToolbar, type DisplayMode } from "./reader-toolbar";
import { useGlossaryTerms } from "./use-glossary-terms";
import { useTermHighlights } from "./use-term-highlights";
import { APPLY_PREFS_SCRIPT, useReaderPrefs } from "./use-reader-prefs";
import { useAccountSync } from "./use-account-sync";
import { useReadingRecord } from "./use-reading-record";
import type { SpeechItem } from "./use-speech";

export type CountableParagraph = { id: string; weight: number; chars: { vi: number; en: number } };

type Props = {
  slug: string;
  uiLocale: ReaderLang;
  paragraphs: CountableParagraph[];
  /** Where the glossary's JSON is (fetched after the page has loaded). */
  glossaryUrl: string;
  labels: ReaderLabels;
  /** The printable glossary page, for the panel's link. */
  glossaryPageHref: string;
  header: ReactNode;
  children: ReactNode;
};

// The glossary panel's code loads when the learner first opens it.
const GlossaryPanel = dynamic(() => import("./glossary-panel"), { ssr: false });

const NEXT_KEYS = new Set(["ArrowDown", "ArrowRight", "j", "J"]);
const PREV_KEYS = new Set(["ArrowUp", "ArrowLeft", "k", "K"]);
const other = (lang: ReaderLang): ReaderLang => (lang === "vi" ? "en" : "vi");

/** Where the "auto" layout switches from side by side to interleaved (globals.css agrees). */
const NARROW = "(max-width: 767.98px)";
const noSubscription = () => () => {};
function subscribeNarrow(onChange: () => void) {
  const query = window.matchMedia(NARROW);
  query.addEventListener("change", onChange);
  return () => query.removeEventListener("change", onChange);
}

/** Text of one side of a sentence pair as read aloud or shown in a bubble (no note marker). */
function sentenceText(el: Element): string {
  return [...el.childNodes]
    .filter((n) => !(n instanceof Element && n.classList.contains("note-marker")))
    .map((n) => n.textContent ?? "")
    .join("")
    .trim();
}

/**
 * The interactive reader around the server-rendered article: layout modes, linked
 * highlighting, keyboard reading, cover-mode reveals, glossary bubbles, read-aloud and
 * reading progress. The article markup itself is never re-rendered; per-sentence state is
 * expressed as CSS (see lib/reading/sentence-styles.ts).
 */
export function ReaderShell({ slug, uiLocale, paragraphs, glossaryUrl, labels, glossaryPageHref, header, children }: Props) {
  const [prefs, setPrefs] = useReaderPrefs(uiLocale);
  // True once hydrated: the controls work from then on (tests wait for data-hydrated).
  const hydrated = useSyncExternalStore(noSubscription, () => true, () => false);
  const isNarrow = useSyncExternalStore(subscribeNarrow, () => window.matchMedia(NARROW).matches, () => false);
  const [activeId, setActiveId] = useState<string | null>(null);
  const [flipped, setFlipped] = useState<ReadonlySet<string>>(new Set());
  const [popover, setPopover] = useState<PopoverState | null>(null);
  const [speakingId, setSpeakingId] = useState<string | null>(null);
  const [glossary, setGlossary] = useState<{ open: boolean; focusTermId: string | null }>({ open: false, focusTermId: null });
  const [record, updateRecord] = useReadingRecord(slug);
  useAccountSync(slug, record, updateRecord);
  const body = useRef<HTMLDivElement>(null);
  const glossaryTerms = useGlossaryTerms(glossaryUrl);
  const termAt = useTermHighlights(body, glossaryTerms.terms);

  const displayMode: DisplayMode = prefs.mode === "auto" ? (isNarrow ? "interleaved" : "side") : prefs.mode;
  const second = other(prefs.first);

  const changePrefs = useCallback(
    (patch: Partial<ReaderPrefs>) => {
      setPrefs(patch);
      if (patch.mode || patch.first) {
        setFlipped(new Set());
        setPopover(null);
      }
    },
    [setPrefs],
  );

  const sentenceEl = useCallback(
    (id: string, lang: ReaderLang) => body.current?.querySelector<HTMLElement>(`.s[data-sentence-id="${CSS.escape(id)}"]:lang(${lang})`) ?? null,
    [],
  );
  const sentenceIds = useCallback(
    () => [...(body.current?.querySelectorAll<HTMLElement>(".s:lang(vi)") ?? [])].map((el) => el.dataset.sentenceId ?? ""),
    [],
  );
  const focusSentence = useCallback(
    (id: string | null) => {
      if (!id) return;
      setActiveId(id);
      sentenceEl(id, prefs.first)?.focus();
    },
    [sentenceEl, prefs.first],
  );

  /** What tapping a sentence (or Enter on it) does in the current mode. */
  const toggleTranslation = useCallback(
    (id: string) => {
      if (displayMode === "single") {
        const anchor = sentenceEl(id, prefs.first);
        const target = sentenceEl(id, second);
        if (anchor && target) setPopover({ kind: "translation", sentenceId: id, lang: second, text: sentenceText(target), anchor });
        return;
      }
      const revealing = displayMode === "cover" && !flipped.has(id);
      setFlipped((set) => {
        const next = new Set(set);
        if (next.has(id)) next.delete(id);
        else next.add(id);
        return next;
      });
      if (revealing) updateRecord((r) => addReveal(r, id, Date.now()));
    },
    [displayMode, flipped, prefs.first, second, sentenceEl, updateRecord],
  );

  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    const target = event.target as Element;
    if (target.closest("a")) return;
    const sentence = target.closest<HTMLElement>(".s");
    const id = sentence?.dataset.sentenceId;
    const term = termAt(event.clientX, event.clientY);
    const masked = displayMode === "cover" && !!sentence && sentence.matches(`:lang(${second})`) && !flipped.has(id ?? "");
    const info = term && glossaryTerms.terms?.find((t) => t.id === term.termId);
    if (term && info && !masked) {
      setPopover({ kind: "term", term: info, anchor: term.range });
      return;
    }
    if (!id) return;
    setActiveId(id);
    if (displayMode === "cover" || displayMode === "single") toggleTranslation(id);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const target = event.target as HTMLElement;
    const current = target.classList.contains("s") ? (target.dataset.sentenceId ?? null) : activeId;
    if (NEXT_KEYS.has(event.key) || PREV_KEYS.has(event.key)) {
      event.preventDefault();
      focusSentence(stepSentence(sentenceIds(), current, NEXT_KEYS.has(event.key) ? 1 : -1));
    } else if (event.key === "Enter" && target.classList.contains("s") && current) {
      event.preventDefault();
      toggleTranslation(current);
    }
  };

  // A link to "#s-…" (the glossary's "first use" links) selects that sentence.
  useEffect(() => {
    const select = () => {
      const el = window.location.hash.startsWith("#s-") ? document.getElementById(window.location.hash.slice(1)) : null;
      if (el?.dataset.sentenceId) setActiveId(el.dataset.sentenceId);
    };
    select();
    window.addEventListener("hashchange", select);
    return () => window.removeEventListener("hashchange", select);
  }, []);

  // Reading progress: a paragraph counts once it has stayed on screen long enough to read.
  const readIds = useRef(record.read);
  useEffect(() => {
    readIds.current = record.read;
  }, [record.read]);
  useEffect(() => {
    const root = body.current;
    if (!root) return;
    const chars = new Map(paragraphs.map((p) => [p.id, p.chars[prefs.first]]));
    const timers = new Map<string, number>();
    const observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          const id = (entry.target as HTMLElement).dataset.blockId ?? "";
          const onScreen =
            entry.isIntersecting && (entry.intersectionRatio >= 0.6 || entry.intersectionRect.height >= window.innerHeight * 0.5);
          if (onScreen && !timers.has(id) && readIds.current[id] === undefined) {
            const timer = window.setTimeout(() => {
              timers.delete(id);
              updateRecord((r) => markRead(r, id, Date.now()));
            }, dwellThresholdMs(chars.get(id) ?? 0));
            timers.set(id, timer);
          } else if (!onScreen && timers.has(id)) {
            window.clearTimeout(timers.get(id));
            timers.delete(id);
          }
        }
      },
      { threshold: [0, 0.25, 0.5, 0.6, 0.8, 1] },
    );
    root.querySelectorAll("[data-countable]").forEach((el) => observer.observe(el));
    return () => {
      observer.disconnect();
      timers.forEach((timer) => window.clearTimeout(timer));
    };
  }, [paragraphs, prefs.first, updateRecord]);

  // Read-aloud: the chosen language(s) of each sentence, from a sentence on or just one.
  const speechItems = useCallback(
    (scope: { from: string | null } | { only: string }): SpeechItem[] => {
      const all = sentenceIds();
      const ids = "only" in scope ? [scope.only] : all.slice(Math.max(0, all.indexOf(scope.from ?? "")));
      const langs: ReaderLang[] = prefs.readAloud === "both" ? [prefs.first, other(prefs.first)] : [prefs.readAloud];
      return ids.flatMap((id) =>
        langs.flatMap((lang) => {
          const el = sentenceEl(id, lang);
          return el ? [{ sentenceId: id, text: sentenceText(el), lang }] : [];
        }),
      );
    },
    [prefs.readAloud, prefs.first, sentenceEl, sentenceIds],
  );
  useEffect(() => {
    if (speakingId) sentenceEl(speakingId, prefs.first)?.scrollIntoView({ block: "nearest", behavior: "smooth" });
  }, [speakingId, sentenceEl, prefs.first]);

  const progress = readingProgress(paragraphs, Object.keys(record.read));
  const closePopover = useCallback(() => setPopover(null), []);
  const openGlossaryAt = useCallback((termId: string) => setGlossary({ open: true, focusTermId: termId }), []);

  return (
    <div
      className="reader space-y-6"
      data-mode={prefs.mode === "auto" ? "auto" : displayMode}
      data-first={prefs.first}
      data-hydrated={hydrated ? "" : undefined}
      // The inline script below may already have set data-mode / data-first from the cookie.
      suppressHydrationWarning
    >
      <script dangerouslySetInnerHTML={{ __html: APPLY_PREFS_SCRIPT }} />
      {header}
      <ReaderToolbar
        labels={labels}
        prefs={prefs}
        displayMode={displayMode}
        onPrefs={changePrefs}
        progress={progress}
        revealCount={record.reveals.length}
        listen={{ activeId, items: speechItems, onSpeaking: setSpeakingId }}
        glossaryOpen={glossary.open}
        onToggleGlossary={() => {
          void glossaryTerms.load().catch(() => {});
          setGlossary((g) => ({ open: !g.open, focusTermId: null }));
        }}
      />
      <div
        ref={body}
        role="region"
        aria-label={labels.region}
        aria-describedby="reader-keyboard-hint"
        tabIndex={0}
        className="reader-body rounded focus-visible:outline-offset-4"
        onClick={onClick}
        onKeyDown={onKeyDown}
        onFocus={(e) => {
          const id = (e.target as HTMLElement).closest<HTMLElement>(".s")?.dataset.sentenceId;
          if (id) setActiveId(id);
        }}
        onPointerOver={(e) => {
          if (e.pointerType !== "mouse") return;
          const id = (e.target as HTMLElement).closest<HTMLElement>(".s")?.dataset.sentenceId;
          if (id) setActiveId(id);
        }}
      >
        <p id="reader-keyboard-hint" className="sr-only">
          {labels.keyboardHint}
        </p>
        {children}
      </div>
      <ReaderPopover state={popover} uiLocale={uiLocale} labels={labels} onSeeInGlossary={openGlossaryAt} onClose={closePopover} />
      {glossary.open && glossaryTerms.terms && (
        <GlossaryPanel
          terms={glossaryTerms.terms}
          uiLocale={uiLocale}
          labels={labels}
          focusTermId={glossary.focusTermId}
          fullPageHref={glossaryPageHref}
          onClose={() => setGlossary({ open: false, focusTermId: null })}
        />
      )}
      <style>{sentenceStyles({ activeId: speakingId ?? activeId, flippedIds: [...flipped] })}</style>
    </div>
  );
}
