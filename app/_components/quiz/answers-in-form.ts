import type { Response } from "@/lib/quiz/types";
import type { PlayerQuestion } from "@/lib/server/learning/quiz-types";

/** What the learner has put in one question's inputs (ids as question-input.tsx writes them), or null. */
function answerInForm(form: HTMLElement, q: PlayerQuestion): Response | null {
  const id = `q-${q.id}`;
  switch (q.input) {
    case "choice": {
      const checked = form.querySelector<HTMLInputElement>(`input[type=radio][name="${id}"]:checked`);
      return checked ? { optionId: checked.value } : null;
    }
    case "text": {
      const text = form.querySelector<HTMLInputElement>(`#${CSS.escape(`${id}-text`)}`)?.value ?? "";
      return text ? { text } : null;
    }
    case "pairs": {
      const pairs: Record<string, string> = {};
      for (const item of q.items ?? []) {
        const value = form.querySelector<HTMLSelectElement>(`#${CSS.escape(`${id}-${item.id}`)}`)?.value;
        if (value) pairs[item.id] = value;
      }
      return Object.keys(pairs).length > 0 ? { pairs } : null;
    }
    default:
      return null; // ordering moves only with buttons, which do nothing before the code runs
  }
}

const same = (a: Response | null, b: Response | null) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The answers in the form that differ from what the server sent: taps and typing made before
 * the page's code ran (nothing saw them, nothing saved them).
 */
export function answersInForm(form: HTMLElement, questions: PlayerQuestion[]): [string, Response][] {
  return questions.flatMap((q) => {
    const answer = answerInForm(form, q);
    return answer && !same(answer, q.response) ? [[q.id, answer] as [string, Response]] : [];
  });
}
