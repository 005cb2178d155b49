import { Fragment, type CSSProperties } from "react";
import { useTranslations } from "next-intl";
import { glossaryAnchor, sentenceAnchor } from "@/lib/content/ids";
import { markSentences, type MarkedSentence } from "@/lib/content/marking";
import type { ArticleBlockView, ArticleView, SentencePairView } from "@/lib/server/learning/articles";
import { MarkReadButton } from "../reader/mark-read-button";

type Lang = "vi" | "en";
type NoteFor = Map<string, string>;
/** What every block needs besides itself: editors' notes by sentence, glossary marks, and
 * the printable glossary's address (where a term's link goes without JavaScript). */
type Marks = { noteFor: NoteFor; marked: Map<string, MarkedSentence>; glossaryHref: string };

/** One side of a sentence with its glossary terms as links: drawn from the first paint,
 * reachable with Tab and announced as links; the reader opens their bubble on a tap. */
function SentenceText({ text, segments, glossaryHref }: { text: string; segments: MarkedSentence[Lang] | undefined; glossaryHref: string }) {
  if (!segments?.some((s) => s.termId)) return text;
  return segments.map((segment, i) =>
    segment.termId ? (
      <a key={i} className="term" href={`${glossaryHref}#${glossaryAnchor(segment.termId)}`} data-term-id={segment.termId}>
        {segment.text}
      </a>
    ) : (
      <Fragment key={i}>{segment.text}</Fragment>
    ),
  );
}

/**
 * One language's side of a block. Each sentence carries its pair's id (so the two sides can
 * be linked), is focusable for sentence-by-sentence keyboard reading, and has its place in
 * the interleaved order for either language first (--ovi, --oen).
 */
function Sentences({ sentences, lang, marks }: { sentences: SentencePairView[]; lang: Lang; marks: Marks }) {
  const t = useTranslations("Article");
  return sentences.map((s, i) => {
    const noteId = marks.noteFor.get(s.id);
    const order = { "--ovi": lang === "vi" ? 2 * i : 2 * i + 1, "--oen": lang === "en" ? 2 * i : 2 * i + 1 } as CSSProperties;
    // The sentences are direct children of the <p>: in interleaved layouts they become its
    // grid's items and take their order from --ovi / --oen.
    return (
      <Fragment key={s.id}>
        {i > 0 && " "}
        <span
          className="s"
          data-sentence-id={s.id}
          id={lang === "vi" ? sentenceAnchor(s.id) : undefined}
          tabIndex={-1}
          style={order}
        >
          <SentenceText text={s[lang]} segments={marks.marked.get(s.id)?.[lang]} glossaryHref={marks.glossaryHref} />
          {noteId && (
            <a href={`#${noteId}`} className="note-marker ml-0.5 align-super text-xs text-accent no-underline" aria-label={t("noteMarker")}>
              †
            </a>
          )}
        </span>
      </Fragment>
    );
  });
}

function PairBlock({ block, marks, className = "" }: { block: ArticleBlockView; marks: Marks; className?: string }) {
  return (
    <div className={`pair-block ${className}`}>
      <p lang="vi">
        <Sentences sentences={block.sentences} lang="vi" marks={marks} />
      </p>
      <p lang="en">
        <Sentences sentences={block.sentences} lang="en" marks={marks} />
      </p>
    </div>
  );
}

function Paragraph({ block, marks, slug }: { block: ArticleBlockView; marks: Marks; slug: string }) {
  const t = useTranslations("Reader");
  return (
    <div className="relative xl:-ml-12 xl:pl-12" data-block-id={block.id} data-countable="">
      <PairBlock block={block} marks={marks} />
      <MarkReadButton slug={slug} blockId={block.id} label={t("markRead")} labelRead={t("markedRead")} />
    </div>
  );
}

function Figure({ block, marks }: { block: ArticleBlockView; marks: Marks }) {
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
      <figcaption className="text-sm text-muted">
        <PairBlock block={block} marks={marks} />
        {block.credit && (
          <div className="pair-block mt-1 italic">
            <p lang="vi">{block.credit.vi}</p>
            <p lang="en">{block.credit.en}</p>
          </div>
        )}
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
export function BilingualArticle({ article, glossaryHref }: { article: ArticleView; glossaryHref: string }) {
  const t = useTranslations("Article");
  const marks: Marks = {
    noteFor: new Map(article.blocks.filter((b) => b.kind === "note" && b.refersToSentenceId).map((b) => [b.refersToSentenceId ?? "", noteAnchor(b.id)])),
    // Headline and notes are not marked: the headline is shown apart, notes are plain asides.
    marked: markSentences(article.blocks.filter((b) => b.kind === "paragraph" || b.kind === "figure").flatMap((b) => b.sentences), article.glossary),
    glossaryHref,
  };
  return (
    <div className="space-y-6">
      <div aria-hidden="true" className="column-heads gap-x-10 border-b border-line pb-2 text-xs font-semibold uppercase tracking-wide text-muted [grid-template-columns:1fr_1fr]">
        <span data-col="vi">{t("columnVi")}</span>
        <span data-col="en">{t("columnEn")}</span>
      </div>
      {article.blocks.map((block) => {
        switch (block.kind) {
          case "headline":
            return null;
          case "paragraph":
            return <Paragraph key={block.id} block={block} marks={marks} slug={article.slug} />;
          case "figure":
            return <Figure key={block.id} block={block} marks={marks} />;
          case "note":
            return <EditorsNote key={block.id} block={block} id={noteAnchor(block.id)} />;
        }
      })}
    </div>
  );
}
