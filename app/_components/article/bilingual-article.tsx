import { useTranslations } from "next-intl";
import { sentenceAnchor } from "@/lib/content/ids";
import type { ArticleBlockView, ArticleView, SentencePairView } from "@/lib/server/articles";

type Lang = "vi" | "en";

/** One language's side of a block: its sentences, each tagged with the pair's id so the
 * two sides can be linked (and the Vietnamese one carrying the pair's anchor). */
function Sentences({ sentences, lang, noteFor }: { sentences: SentencePairView[]; lang: Lang; noteFor: Map<string, string> }) {
  const t = useTranslations("Article");
  return sentences.map((s, i) => {
    const noteId = noteFor.get(s.id);
    return (
      <span key={s.id}>
        {i > 0 && " "}
        <span data-sentence-id={s.id} id={lang === "vi" ? sentenceAnchor(s.id) : undefined}>
          {s[lang]}
        </span>
        {noteId && (
          <a href={`#${noteId}`} className="ml-0.5 align-super text-xs text-accent no-underline" aria-label={t("noteMarker")}>
            †
          </a>
        )}
      </span>
    );
  });
}

function Paragraph({ block, noteFor }: { block: ArticleBlockView; noteFor: Map<string, string> }) {
  return (
    <div className="grid gap-x-10 gap-y-2 md:grid-cols-2" data-block-id={block.id}>
      <p lang="vi" className="leading-relaxed">
        <Sentences sentences={block.sentences} lang="vi" noteFor={noteFor} />
      </p>
      {/* Stacked on a phone, the translation is set off so the two languages read apart. */}
      <p lang="en" className="leading-relaxed text-ink/90 max-md:border-l-2 max-md:border-line max-md:pl-3">
        <Sentences sentences={block.sentences} lang="en" noteFor={noteFor} />
      </p>
    </div>
  );
}

function Figure({ block, noteFor }: { block: ArticleBlockView; noteFor: Map<string, string> }) {
  const t = useTranslations("Article");
  return (
    <figure className="space-y-3" data-block-id={block.id}>
      {block.imageUrl ? (
        // eslint-disable-next-line @next/next/no-img-element -- remote news photos of unknown size
        <img src={block.imageUrl} alt={block.sentences[0]?.vi ?? ""} className="w-full rounded" loading="lazy" />
      ) : (
        <div className="flex min-h-20 items-center justify-center rounded border border-dashed border-line px-4 py-3 text-center text-sm text-muted">
          {t("figureNoImage")}
        </div>
      )}
      <figcaption className="grid gap-x-10 gap-y-1 text-sm text-muted md:grid-cols-2">
        {(["vi", "en"] as const).map((lang) => (
          <p key={lang} lang={lang}>
            <Sentences sentences={block.sentences} lang={lang} noteFor={noteFor} />
            {block.credit && <span className="ml-1 italic">{block.credit[lang]}</span>}
          </p>
        ))}
      </figcaption>
    </figure>
  );
}

function EditorsNote({ block, id }: { block: ArticleBlockView; id: string }) {
  const t = useTranslations("Article");
  return (
    <aside id={id} aria-labelledby={`${id}-title`} className="rounded-lg border border-line bg-note p-4 text-sm">
      <h2 id={`${id}-title`} className="mb-2 font-semibold">
        {t("editorsNote")}
      </h2>
      <div className="grid gap-x-10 gap-y-2 md:grid-cols-2">
        <p lang="vi">{block.sentences.map((s) => s.vi).join(" ")}</p>
        <p lang="en">{block.sentences.map((s) => s.en).join(" ")}</p>
      </div>
    </aside>
  );
}

function noteAnchor(blockId: string): string {
  return `note-${blockId.replace(/[^A-Za-z0-9_-]/g, "_")}`;
}

/** The article body (everything after the headline), block by block, Vietnamese beside English. */
export function BilingualArticle({ article }: { article: ArticleView }) {
  const t = useTranslations("Article");
  const noteFor = new Map(
    article.blocks.filter((b) => b.kind === "note" && b.refersToSentenceId).map((b) => [b.refersToSentenceId ?? "", noteAnchor(b.id)]),
  );
  return (
    <div className="space-y-6">
      <div aria-hidden="true" className="hidden gap-x-10 border-b border-line pb-2 text-xs font-semibold uppercase tracking-wide text-muted md:grid md:grid-cols-2">
        <span>{t("columnVi")}</span>
        <span>{t("columnEn")}</span>
      </div>
      {article.blocks.map((block) => {
        switch (block.kind) {
          case "headline":
            return null;
          case "paragraph":
            return <Paragraph key={block.id} block={block} noteFor={noteFor} />;
          case "figure":
            return <Figure key={block.id} block={block} noteFor={noteFor} />;
          case "note":
            return <EditorsNote key={block.id} block={block} id={noteAnchor(block.id)} />;
        }
      })}
    </div>
  );
}
