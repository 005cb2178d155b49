// How close an alignment comes to the gold pairs a person wrote: line-link precision, recall
// and F1. Every pair links each of its Vietnamese sentences with each of its English ones; a
// sentence left without a partner links with nothing, so finding a dropped sentence counts
// too. Pure.

export type TextPair = { vi: string | string[]; en: string | string[] };
export type LinkScore = { precision: number; recall: number; f1: number; links: number; gold: number; right: number };

const list = (side: string | string[]) => (Array.isArray(side) ? side : side === "" ? [] : [side]);

function linksOf(pairs: readonly TextPair[]): Set<string> {
  const links = new Set<string>();
  for (const pair of pairs) {
    const vi = list(pair.vi);
    const en = list(pair.en);
    if (vi.length === 0) for (const e of en) links.add(`\u0000|${e}`);
    else if (en.length === 0) for (const v of vi) links.add(`${v}|\u0000`);
    else for (const v of vi) for (const e of en) links.add(`${v}|${e}`);
  }
  return links;
}

/** The scores of `found` against `gold`; several documents add up by `sumScores`. */
export function scoreLinks(found: readonly TextPair[], gold: readonly TextPair[]): LinkScore {
  const a = linksOf(found);
  const b = linksOf(gold);
  let right = 0;
  for (const link of a) if (b.has(link)) right++;
  return withRatios({ links: a.size, gold: b.size, right });
}

function withRatios({ links, gold, right }: { links: number; gold: number; right: number }): LinkScore {
  const precision = links === 0 ? 0 : right / links;
  const recall = gold === 0 ? 0 : right / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, links, gold, right };
}

/** Micro-averaged scores over several documents. */
export function sumScores(scores: readonly LinkScore[]): LinkScore {
  return withRatios(scores.reduce((sum, s) => ({ links: sum.links + s.links, gold: sum.gold + s.gold, right: sum.right + s.right }), { links: 0, gold: 0, right: 0 }));
}
