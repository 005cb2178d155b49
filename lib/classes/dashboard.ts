// Class dashboard figures from learners' answers and reading records. Pure: the caller loads
// the rows; these functions only count.

export type BinderAnswer = {
  learnerId: string;
  questionId: string;
  factId: string;
  correct: boolean;
  /** The learner's answer as text ("" when unanswered). */
  text: string;
};

export type QuestionStats = {
  questionId: string;
  answered: number;
  correct: number;
  /** Share correct among those asked, 0–1 (null when nobody was asked). */
  shareCorrect: number | null;
  /** The wrong answer given most often, and by how many (unanswered ones do not count). */
  commonWrong: { text: string; count: number } | null;
};

const normal = (text: string) => text.normalize("NFC").trim().replace(/\s+/g, " ").toLocaleLowerCase("vi");

/** Per question: how many answered, how many right, and the most common wrong answer. */
export function questionStats(questionIds: readonly string[], answers: readonly BinderAnswer[]): QuestionStats[] {
  return questionIds.map((questionId) => {
    const mine = answers.filter((a) => a.questionId === questionId);
    const correct = mine.filter((a) => a.correct).length;
    const wrong = new Map<string, { text: string; count: number }>();
    for (const a of mine) {
      if (a.correct || !a.text.trim()) continue;
      const key = normal(a.text);
      const entry = wrong.get(key) ?? { text: a.text.trim(), count: 0 };
      entry.count += 1;
      wrong.set(key, entry);
    }
    // Ties go to the answer seen first, so the result does not depend on Map quirks.
    let commonWrong: QuestionStats["commonWrong"] = null;
    for (const entry of wrong.values()) if (!commonWrong || entry.count > commonWrong.count) commonWrong = entry;
    return { questionId, answered: mine.length, correct, shareCorrect: mine.length ? correct / mine.length : null, commonWrong };
  });
}

export type FactMisses = { factId: string; missed: number; asked: number; learners: number };

/** Facts the class missed most: by learners who missed it, then by share missed. */
export function mostMissedFacts(answers: readonly BinderAnswer[], limit = 5): FactMisses[] {
  const facts = new Map<string, { missed: number; asked: number; learners: Set<string> }>();
  for (const a of answers) {
    const entry = facts.get(a.factId) ?? { missed: 0, asked: 0, learners: new Set<string>() };
    entry.asked += 1;
    if (!a.correct) {
      entry.missed += 1;
      entry.learners.add(a.learnerId);
    }
    facts.set(a.factId, entry);
  }
  return [...facts.entries()]
    .filter(([, f]) => f.missed > 0)
    .map(([factId, f]) => ({ factId, missed: f.missed, asked: f.asked, learners: f.learners.size }))
    .sort((a, b) => b.learners - a.learners || b.missed / b.asked - a.missed / a.asked || a.factId.localeCompare(b.factId))
    .slice(0, limit);
}

export type SentenceReveals = { sentenceId: string; learners: number; reveals: number };

/** Per sentence, how many learners revealed its translation in cover mode and how often. */
export function revealStats(records: readonly { learnerId: string; reveals: readonly { sentenceId: string }[] }[]): SentenceReveals[] {
  const sentences = new Map<string, { learners: Set<string>; reveals: number }>();
  for (const record of records) {
    for (const reveal of record.reveals) {
      const entry = sentences.get(reveal.sentenceId) ?? { learners: new Set<string>(), reveals: 0 };
      entry.learners.add(record.learnerId);
      entry.reveals += 1;
      sentences.set(reveal.sentenceId, entry);
    }
  }
  return [...sentences.entries()]
    .map(([sentenceId, s]) => ({ sentenceId, learners: s.learners.size, reveals: s.reveals }))
    .sort((a, b) => b.learners - a.learners || b.reveals - a.reveals || a.sentenceId.localeCompare(b.sentenceId));
}
