// A quality score for every generated question, as a demanding teacher would judge it: 1 for
// a clean question, less for each flaw, with the flaws named. Quizzes are drawn by it, and the
// teacher's question-bank preview shows the flagged ones first and switched off. Pure.
import type { Built } from "./kit";
import { wordCount } from "./text";
import type { QualityFlag, Question, QuizArticle } from "./types";

/** Below this a question is flagged: never drawn while better ones are left, off by default
 * in the teacher's preview. */
export const FLAG_THRESHOLD = 0.6;

const PENALTY: Record<QualityFlag, number> = {
  "cut-prompt": 0.2,
  "long-prompt": 0.2,
  "copied-statement": 0.15,
  caption: 0.45,
  "few-options": 0.45,
  "outside-names": 0.2,
  "mixed-options": 0.3,
  "unrelated-options": 0.2,
  "plain-list": 0.45,
  "typed-words": 0.3,
  "long-options": 0.15,
  "loose-fit": 0.15,
  "needs-context": 0.45,
  headline: 0.45,
  "typed-name": 0.15,
  "glossary-only": 0.15,
  "inferred-false": 0.45,
  derivable: 0.45,
  "minor-detail": 0.2,
  "spot-the-change": 0.2,
  "word-options": 0.45,
};

/** A sentence that leans on the one before it ("Con số này…", "That exceeds…", "He said…"):
 * asked on its own, a pupil cannot tell what it is about. */
/** "Ông cho biết…" (he said…) with no name after the pronoun. Case matters: "Ông Vinh" names him. */
const PRONOUN_FIRST = /^(?:…)?(?:Ông|Bà|Anh|Chị|Em|Thầy|Cô)\s+(?!\p{Lu})/u;
const LEANS_BACK =
  /^(?:…)?(?:(?:tuy vậy|tuy nhiên|ngược lại|trong khi đó|dù vậy|however|by contrast|meanwhile|its|his|her|their|con số này|con số đó|số tiền này|mức này|điều này|việc này|đây là|đó là|nó|họ|that|this|these|those|it|they|he|she|the figure|the number|the amount|thứ (?:hai|ba|tư|năm)|second|third|fourth|fifth)(?![\p{L}\p{N}]))|(?<![\p{L}\p{N}])(?:to do so|làm vậy|như vậy|nói trên|kể trên)(?![\p{L}\p{N}])|[,”"]\s*(?:ông|bà|anh|chị|em|thầy|cô)\s+(?:nói|kể|cho biết|chia sẻ)|[,”"]\s*(?:he|she)\s+(?:said|added|recalled)/iu;

/** "Just eight minutes later…", "Chỉ 8 phút sau…", "Sau đó…": a moment counted from one the
 * pupil is not shown. */
const LATER =
  /^(?:…)?(?:(?:just|only|some)\s+)?(?:\d+|\p{L}+)\s+(?:minutes?|hours?|days?|weeks?|months?|years?)\s+later(?![\p{L}])|^(?:…)?(?:chỉ\s+)?(?:\d+|\p{L}+)\s+(?:phút|giờ|ngày|tuần|tháng|năm)\s+sau(?!\s+(?:khi|đó))(?![\p{L}])|^(?:…)?(?:sau đó|then|later|afterwards|soon after)(?![\p{L}])/iu;
/** "Dự án này…", "Tỷ lệ này…": a thing named by pointing back at it. */
const POINTS_BACK = /^(?:…)?\p{L}+(?:\s\p{L}+)?\s+(?:này|đó|ấy)(?![\p{L}])|^(?:…)?the (?:figure|rate|number|amount|move|plan|project|decision|proposal|measure|programme|program|province|funds|money|fund|commune|ward|district|scheme|package)(?![\p{L}])/iu;
/** "According to MOST, …", "Theo Bộ KH&CN, …": the attribution comes off before looking. */
const ATTRIBUTION = /^(?:according to|theo)\s[^,]{1,50},\s*/iu;

// The same sentences come back as prompts again and again (gap, typed, true/false, every mode).
const leaning = new Map<string, boolean>();
function leansBack(prompt: string): boolean {
  let answer = leaning.get(prompt);
  if (answer === undefined) {
    const text = prompt.trim();
    const bare = text.replace(ATTRIBUTION, "");
    answer = [text, bare].some((t) => LEANS_BACK.test(t) || PRONOUN_FIRST.test(t) || LATER.test(t) || POINTS_BACK.test(t));
    if (leaning.size > 20_000) leaning.clear();
    leaning.set(prompt, answer);
  }
  return answer;
}

const words = wordCount;

// The ids of an article's sentences of one block kind, worked out once per article.
const sentencesOfKind = new Map<"headline" | "figure", WeakMap<QuizArticle, Set<string>>>([
  ["headline", new WeakMap()],
  ["figure", new WeakMap()],
]);
function idsOfKind(article: QuizArticle, kind: "headline" | "figure"): Set<string> {
  const memo = sentencesOfKind.get(kind)!;
  let ids = memo.get(article);
  if (!ids) {
    ids = new Set(article.sentences.filter((s) => s.blockKind === kind).map((s) => s.id));
    memo.set(article, ids);
  }
  return ids;
}
const headlinesOf = (article: QuizArticle) => idsOfKind(article, "headline");
/** The ids of the article's photo captions. */
const captionsOf = (article: QuizArticle) => idsOfKind(article, "figure");

/** Two options by design: true/false. */
const twoWay = (q: Question) => q.type === "true-false";

/** The flaws of a question, from how it was made and what it shows. */
function flagsOf({ question: q, making }: Built, article: QuizArticle): QualityFlag[] {
  const flags: QualityFlag[] = [];
  if (making.cut) flags.push("cut-prompt");
  // A headline is not a sentence: as a statement to judge it reads oddly.
  if (q.type === "true-false" && q.sourceSentenceIds.some((id) => headlinesOf(article).has(id)) && making.verbatim !== undefined) flags.push("headline");
  if (q.answer.kind === "text" && q.answer.typos === "name") flags.push("typed-name");
  // How much of the article it needs: matching asks the glossary, not the story.
  if (q.type === "matching") flags.push("glossary-only");
  // "X said …" keyed false because someone else did: false by inference, not by a stated fact.
  if (q.type === "true-false" && /^(quote|role):/.test(q.factId) && q.answer.kind === "option" && q.answer.optionId === "false") flags.push("inferred-false");
  if (words(q.prompt) > 35) flags.push("long-prompt");
  if (making.verbatim) flags.push("copied-statement");
  if (q.sourceSentenceIds.some((id) => captionsOf(article).has(id))) flags.push("caption");
  if (q.input === "choice" && !twoWay(q) && (q.options?.length ?? 0) < 4) flags.push("few-options");
  if ((making.outsideNames ?? 0) > 0) flags.push("outside-names");
  if (making.mixedRoles) flags.push("mixed-options");
  if (q.type === "translation-match" && (making.nearMisses ?? 0) < 3) flags.push("unrelated-options");
  // Near misses change a figure or a name only: found by comparing, not by translating.
  if (q.type === "translation-match" && (making.nearMisses ?? 0) > 0) flags.push("spot-the-change");
  if (making.plainList) flags.push("plain-list");
  // Words typed without a cue can be right in other words; a term with its meaning as the
  // hint has one answer.
  if (q.answer.kind === "text" && !q.answer.value && q.answer.typos !== "name" && !making.hinted) flags.push("typed-words");
  if (making.wordOptions && q.input === "choice") flags.push("word-options");
  if ((q.options ?? []).some((o) => words(o.text) > 30)) flags.push("long-options");
  if (making.unknownPos) flags.push("loose-fit");
  if (leansBack(q.prompt) && q.type !== "translation-match") flags.push("needs-context");
  if (making.derivable) flags.push("derivable");
  if (making.minor) flags.push("minor-detail");
  return flags;
}

/** The question with its score (0–1, two decimals) and its flags. */
export function scored(built: Built, article: QuizArticle): Question {
  const flags = flagsOf(built, article);
  const extraOutside = Math.max(0, (built.making.outsideNames ?? 0) - 1) * 0.05;
  // Each wrong translation that is not a near miss of the right one is easy to rule out.
  const unrelated = built.question.type === "translation-match" ? Math.max(0, 3 - (built.making.nearMisses ?? 0)) * 0.25 : 0;
  // A prompt cut at its start has lost its subject: worse than one cut at its end.
  const headless = built.question.prompt.startsWith("…") ? 0.15 : 0;
  const quality = Math.max(0, 1 - flags.reduce((sum, f) => sum + PENALTY[f], 0) - extraOutside - unrelated - headless);
  return { ...built.question, quality: Math.round(quality * 100) / 100, flags };
}

/** Whether a question is flagged for the teacher (off by default, drawn last). */
export const isFlagged = (q: Pick<Question, "quality">) => q.quality < FLAG_THRESHOLD;
