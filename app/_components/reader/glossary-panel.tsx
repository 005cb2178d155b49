"use client";

import { useEffect, useRef, useState } from "react";
import { matchesSearch } from "@/lib/content/glossary";
import { glossaryAnchor, sentenceAnchor } from "@/lib/content/ids";
import { fill } from "@/lib/i18n/fill";
import type { ReaderLabels } from "./labels";
import type { TermInfo } from "./reader-popover";

type Props = {
  terms: TermInfo[];
  uiLocale: "vi" | "en";
  labels: ReaderLabels;
  /** A term to scroll to and outline when the panel opens. */
  focusTermId: string | null;
  fullPageHref: string;
  onClose: () => void;
};

/** Every term of the article, searchable, each leading to its first sentence. Loaded when
 * first opened; stays beside the text so the learner can keep reading. */
export default function GlossaryPanel({ terms, uiLocale, labels, focusTermId, fullPageHref, onClose }: Props) {
  const [query, setQuery] = useState("");
  const heading = useRef<HTMLHeadingElement>(null);
  const shown = terms.filter((t) => matchesSearch([t.vi, t.en], query));

  useEffect(() => {
    const target = focusTermId ? document.getElementById(glossaryAnchor(focusTermId)) : null;
    if (target) target.scrollIntoView({ block: "center" });
    heading.current?.focus();
  }, [focusTermId]);

  return (
    <aside
      aria-labelledby="glossary-panel-title"
      onKeyDown={(e) => e.key === "Escape" && onClose()}
      className="fixed inset-y-0 right-0 z-30 flex w-full flex-col border-l border-line bg-paper shadow-xl sm:w-96 print:hidden"
    >
      <div className="flex items-center justify-between gap-2 border-b border-line p-4">
        <h2 id="glossary-panel-title" ref={heading} tabIndex={-1} className="text-lg font-semibold">
          {labels.glossaryTitle}
        </h2>
        <button type="button" onClick={onClose} className="rounded border border-line px-3 py-1 text-sm">
          {labels.close}
        </button>
      </div>
      <div className="space-y-2 border-b border-line p-4">
        <label className="block text-sm">
          <span className="mb-1 block text-muted">{labels.glossarySearch}</span>
          <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} className="w-full rounded border border-line bg-paper px-2 py-1" />
        </label>
        <a href={fullPageHref} className="text-sm text-accent underline underline-offset-4">
          {labels.glossaryFullPage}
        </a>
      </div>
      <ul className="flex-1 divide-y divide-line overflow-y-auto px-4">
        {shown.map((term) => (
          <li key={term.id} id={glossaryAnchor(term.id)} className={`py-3 ${term.id === focusTermId ? "rounded bg-note" : ""}`}>
            {term.sentenceIds[0] ? (
              <a
                href={`#${sentenceAnchor(term.sentenceIds[0])}`}
                lang="vi"
                aria-label={fill(labels.glossaryJump, { term: term.vi })}
                className="font-semibold text-accent underline-offset-4 hover:underline"
                onClick={() => window.matchMedia("(max-width: 639.98px)").matches && onClose()}
              >
                {term.vi}
              </a>
            ) : (
              <span lang="vi" className="font-semibold">
                {term.vi}
              </span>
            )}
            <p lang="en">{term.en}</p>
            <p lang={uiLocale} className="text-sm text-muted">
              {term.note[uiLocale]}
            </p>
          </li>
        ))}
        {shown.length === 0 && <li className="py-3 text-muted">{labels.glossaryEmpty}</li>}
      </ul>
    </aside>
  );
}
