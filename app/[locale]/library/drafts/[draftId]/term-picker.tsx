"use client";
type Props = { labels: { useVi: string; useEn: string } };

/**
 * Buttons that copy the words selected in a pair's Vietnamese or English text into the "add a
 * term" form below, so a teacher picks a term from both sentences instead of retyping it.
 * Without JavaScript the form's fields are typed by hand.
 */
export function TermPicker({ labels }: Props) {
  const take = (lang: "vi" | "en") => {
    const selection = window.getSelection();
    const text = selection?.toString().trim() ?? "";
    const node = selection?.anchorNode;
    const element = node instanceof Element ? node : node?.parentElement;
    // Only words selected in that language's text of the article.
    if (!text || !element?.closest(`[lang="${lang}"]`)?.closest("[data-testid='draft-pair']")) return;
    const field = document.querySelector<HTMLInputElement>(`#term-form input[name="${lang === "vi" ? "termVi" : "termEn"}"]`);
    if (!field) return;
    field.value = text.slice(0, 120);
    field.focus();
  };
  return (
    <div className="flex flex-wrap gap-2 text-sm">
      <button type="button" className="btn min-h-9 px-3 py-1 text-sm" onMouseDown={(e) => e.preventDefault()} onClick={() => take("vi")}>
        {labels.useVi}
      </button>
      <button type="button" className="btn min-h-9 px-3 py-1 text-sm" onMouseDown={(e) => e.preventDefault()} onClick={() => take("en")}>
        {labels.useEn}
      </button>
    </div>
  );
}
