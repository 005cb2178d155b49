import { getTranslations } from "next-intl/server";
import type { DraftView } from "@/lib/server/authoring/drafts";

type Pair = DraftView["pairs"][number];
type Props = { pair: Pair; number: number; last: boolean; first: boolean; previousId: string | null; change: (form: FormData) => Promise<void> };

/** One pair of the review: both sides (marked with their language), its match, and the changes
 * that can be made to it. Every change is a form of its own: keyboard, phone and no-JS alike. */
export async function PairCard({ pair, number, first, last, previousId, change }: Props) {
  const t = await getTranslations("DraftReview");
  const side = (s: "vi" | "en") => (s === "vi" ? t("sideVi") : t("sideEn"));
  const hidden = (op: string, extra: Record<string, string> = {}) => (
    <>
      <input type="hidden" name="op" value={op} />
      <input type="hidden" name="pair" value={pair.id} />
      {Object.entries(extra).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
    </>
  );
  const sentences = (s: "vi" | "en") =>
    pair[s].length === 0 ? (
      <p className="italic text-muted">{t("noPartner")}</p>
    ) : (
      pair[s].map((text, k) => (
        <p key={k} lang={s}>
          {text}
        </p>
      ))
    );
  return (
    <li id={`pair-${pair.id}`} className={`scroll-mt-24 rounded border p-4 ${pair.needsLook ? "border-amber-500 bg-note" : "border-line"}`} data-testid="draft-pair" data-needs-look={pair.needsLook ? "true" : "false"}>
      <div className="mb-2 flex flex-wrap items-center justify-between gap-2 text-sm text-muted">
        <span className="font-semibold text-ink">
          {t("pair", { number })}
          {pair.kind === "headline" ? ` · ${t("headline")}` : pair.kind === "figure" ? ` · ${t("caption")}` : ""}
        </span>
        <span>{t("confidence", { value: pair.confidence })}</span>
      </div>
      <div className="grid gap-3 md:grid-cols-2">
        <div className="space-y-1">{sentences("vi")}</div>
        <div className="space-y-1 text-muted">{sentences("en")}</div>
      </div>
      <div className="mt-3 flex flex-wrap gap-2 text-sm">
        {pair.needsLook && (
          <form action={change}>
            {hidden("confirm")}
            <button type="submit" className="btn min-h-9 px-3 py-1 text-sm">
              {t("confirm")}
            </button>
          </form>
        )}
        {previousId && (
          <form action={change}>
            <input type="hidden" name="op" value="merge-next" />
            <input type="hidden" name="pair" value={previousId} />
            <button type="submit" className="btn min-h-9 px-3 py-1 text-sm">
              {t("mergePrevious")}
            </button>
          </form>
        )}
        {!last && (
          <form action={change}>
            {hidden("merge-next")}
            <button type="submit" className="btn min-h-9 px-3 py-1 text-sm">
              {t("mergeNext")}
            </button>
          </form>
        )}
        {pair.vi.length > 0 && pair.en.length > 0 && (
          <form action={change}>
            {hidden("no-translation")}
            <button type="submit" className="btn min-h-9 px-3 py-1 text-sm">
              {t("noTranslation")}
            </button>
          </form>
        )}
        {(["vi", "en"] as const).flatMap((s) => [
          !first && pair[s].length > 0 ? (
            <form key={`${s}-up`} action={change}>
              {hidden("move", { side: s, to: "previous" })}
              <button type="submit" className="btn min-h-9 px-3 py-1 text-sm">
                {t("movePrevious", { side: side(s) })}
              </button>
            </form>
          ) : null,
          !last && pair[s].length > 0 ? (
            <form key={`${s}-down`} action={change}>
              {hidden("move", { side: s, to: "next" })}
              <button type="submit" className="btn min-h-9 px-3 py-1 text-sm">
                {t("moveNext", { side: side(s) })}
              </button>
            </form>
          ) : null,
        ])}
      </div>
      <details className="mt-3 text-sm">
        <summary className="cursor-pointer">{t("edit")} · {t("splitSentence")}</summary>
        <div className="mt-2 space-y-4">
          {pair.vi.length + pair.en.length > 1 && (
            <form action={change} className="flex flex-wrap items-end gap-2">
              {hidden("split-pair")}
              <span className="w-full font-medium">{t("splitPair")}</span>
              {(["vi", "en"] as const).map((s) => (
                <label key={s} className="space-y-1">
                  <span className="block">{s === "vi" ? t("splitVi") : t("splitEn")}</span>
                  <select name={s} className="field" defaultValue={String(Math.min(1, pair[s].length))}>
                    {Array.from({ length: pair[s].length + 1 }, (_, k) => (
                      <option key={k} value={k}>
                        {k}
                      </option>
                    ))}
                  </select>
                </label>
              ))}
              <button type="submit" className="btn min-h-9 px-3 py-1 text-sm">
                {t("splitPairSubmit")}
              </button>
            </form>
          )}
          {(["vi", "en"] as const).flatMap((s) =>
            pair[s].map((text, k) => (
              <div key={`${s}-${k}`} className="space-y-2 rounded border border-line p-2">
                <form action={change} className="space-y-1">
                  {hidden("edit", { side: s, sentence: String(k) })}
                  <label className="block">
                    <span className="block font-medium">{t("editSentence", { number: k + 1, side: side(s) })}</span>
                    <textarea name="text" lang={s} rows={2} className="field" defaultValue={text} maxLength={2000} />
                  </label>
                  <button type="submit" className="btn min-h-9 px-3 py-1 text-sm">
                    {t("save")}
                  </button>
                </form>
                <form action={change} className="flex flex-wrap items-end gap-2">
                  {hidden("split-sentence", { side: s, sentence: String(k) })}
                  <label className="grow">
                    <span className="block">{t("splitWords")}</span>
                    <input name="before" lang={s} className="field" maxLength={200} />
                  </label>
                  <button type="submit" className="btn min-h-9 px-3 py-1 text-sm">
                    {t("splitSentenceSubmit")}
                  </button>
                </form>
              </div>
            )),
          )}
        </div>
      </details>
    </li>
  );
}
