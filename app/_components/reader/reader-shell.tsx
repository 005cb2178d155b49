"use client";

import dynamic from "next/dynamic";
import { useCallback, useRef, useState, type KeyboardEvent, type MouseEvent, type ReactNode } from "react";
import { addReveal } from "@/lib/reading/local-record";
import { stepSentence } from "@/lib/reading/navigation";
import { defaultReaderPrefs, type ReaderLang, type ReaderPrefs } from "@/lib/reading/prefs";
import { readingProgress } from "@/lib/reading/progress";
import { sentenceStyles } from "@/lib/reading/sentence-styles";
import { ReaderPopover, type Anchor, type PopoverState, type TermMention } from "./reader-popover";
import type { ReaderLabels } from "./labels";
import { findSentence, otherLang, sentenceIdAt, sentenceIdsIn, sentenceText } from "./reader-dom";
import { ReaderToolbar } from "./reader-toolbar";
import { useGlossaryTerms } from "./use-glossary-terms";
import { APPLY_PREFS_SCRIPT, earlyControlsScript, useReaderPrefs } from "./use-reader-prefs";
import { useAccountSync } from "./use-account-sync";
import { useReadingRecord } from "./use-reading-record";
import { useParagraphDwell } from "./use-paragraph-dwell";
import { useReadAloudItems } from "./use-read-aloud-items";
import { useReaderLayout } from "./use-reader-layout";
import { useHashSelection } from "./use-hash-selection";

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

/** The glossary terms a sentence's side contains, each once, in reading order. */
function termsIn(sentence: Element): TermMention[] {
  const seen = new Map<string, TermMention>();
  sentence.querySelectorAll<HTMLElement>("a.term").forEach((a) => {
    const id = a.dataset.termId;
    if (id && !seen.has(id)) seen.set(id, { id, text: a.textContent ?? "" });
  });
  return [...seen.values()];
}

const NEXT_KEYS = new Set(["ArrowDown", "ArrowRight", "j", "J"]);
const PREV_KEYS = new Set(["ArrowUp", "ArrowLeft", "k", "K"]);
const CLOSED_GLOSSARY = { open: false, focusTermId: null };

/**
 * The interactive reader around the server-rendered article: layout modes, linked
 * highlighting, keyboard reading, cover-mode reveals, glossary bubbles, read-aloud and
 * reading progress. The article markup itself is never re-rendered; per-sentence state is
 * expressed as CSS (see lib/reading/sentence-styles.ts). Each concern with state of its own
 * lives in a hook beside this file; this component ties them to the taps and keys.
 */
export function ReaderShell({ slug, uiLocale, paragraphs, glossaryUrl, labels, glossaryPageHref, header, children }: Props) {
  const [prefs, setPrefs] = useReaderPrefs(uiLocale);
  const { displayMode, hydrated } = useReaderLayout(prefs.mode);
  const [activeId, setActiveId] = useState<string | null>(null);
  const [flipped, setFlipped] = useState<ReadonlySet<string>>(new Set());
  const [popover, setPopover] = useState<PopoverState | null>(null);
  const [speakingId, setSpeakingId] = useState<string | null>(null);
  const [glossary, setGlossary] = useState<{ open: boolean; focusTermId: string | null }>(CLOSED_GLOSSARY);
  const [record, updateRecord] = useReadingRecord(slug);
  const body = useRef<HTMLDivElement>(null);
  const glossaryTerms = useGlossaryTerms(glossaryUrl);
  const speechItems = useReadAloudItems(body, prefs, speakingId);
  useAccountSync(slug, record, updateRecord);
  useParagraphDwell(body, paragraphs, prefs.first, record, updateRecord);
  useHashSelection(setActiveId);

  const second = otherLang(prefs.first);

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

  const focusSentence = (id: string | null) => {
    if (!id) return;
    setActiveId(id);
    findSentence(body.current, id, prefs.first)?.focus();
  };

  /** What tapping a sentence (or Enter on it) does in the current mode. */
  const toggleTranslation = (id: string) => {
    if (displayMode === "single") {
      const anchor = findSentence(body.current, id, prefs.first);
      const target = findSentence(body.current, id, second);
      if (anchor && target) setPopover({ kind: "translation", sentenceId: id, lang: second, text: sentenceText(target), terms: termsIn(anchor), anchor });
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
  };

  /** A term's bubble, once the glossary is here (it is fetched at idle after the page loads). */
  const openTerm = useCallback(
    (termId: string, anchor: Anchor) => {
      const mention = { id: termId, text: (anchor instanceof Element && anchor.textContent) || "" };
      glossaryTerms.load().then(
        (terms) => {
          const term = terms.find((t) => t.id === termId);
          setPopover(term ? { kind: "term", term, anchor } : { kind: "term-unavailable", mention, anchor });
        },
        () => setPopover({ kind: "term-unavailable", mention, anchor }),
      );
    },
    [glossaryTerms],
  );

  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    const target = event.target as Element;
    const link = target.closest("a");
    const term = link?.classList.contains("term") ? link : null;
    if (link && !term) return;
    const id = sentenceIdAt(target);
    if (term) {
      // Without JavaScript a term leads to the printable glossary; here it opens its bubble.
      event.preventDefault();
      // In one-language mode, and on a sentence whose translation is still covered, a tap
      // anywhere on the sentence is a tap on the sentence: the translation comes first (the
      // bubble lists the sentence's terms). A term activated from the keyboard (Enter on a
      // focused link: no pointer, detail 0) is always the term.
      const sentenceFirst = event.detail !== 0 && (displayMode === "single" || (displayMode === "cover" && !!id && !flipped.has(id)));
      if (!sentenceFirst) {
        openTerm(term.dataset.termId ?? "", term);
        return;
      }
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
      focusSentence(stepSentence(sentenceIdsIn(body.current), current, NEXT_KEYS.has(event.key) ? 1 : -1));
    } else if (event.key === "Enter" && target.classList.contains("s") && current) {
      event.preventDefault();
      toggleTranslation(current);
    }
  };

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
      <script dangerouslySetInnerHTML={{ __html: earlyControlsScript(defaultReaderPrefs(uiLocale)) }} />
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
          const id = sentenceIdAt(e.target);
          if (id) setActiveId(id);
        }}
        onPointerOver={(e) => {
          if (e.pointerType !== "mouse") return;
          const id = sentenceIdAt(e.target);
          if (id) setActiveId(id);
        }}
      >
        <p id="reader-keyboard-hint" className="sr-only">
          {labels.keyboardHint}
        </p>
        {children}
      </div>
      <ReaderPopover state={popover} uiLocale={uiLocale} labels={labels} onSeeInGlossary={openGlossaryAt} onOpenTerm={openTerm} onClose={closePopover} />
      {glossary.open && glossaryTerms.terms && (
        <GlossaryPanel
          terms={glossaryTerms.terms}
          uiLocale={uiLocale}
          labels={labels}
          focusTermId={glossary.focusTermId}
          fullPageHref={glossaryPageHref}
          onClose={() => setGlossary(CLOSED_GLOSSARY)}
        />
      )}
      <style>{sentenceStyles({ activeId: speakingId ?? activeId, flippedIds: [...flipped] })}</style>
    </div>
  );
}
