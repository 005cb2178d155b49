"use client";
import Link from "next/link";
import { useActionState } from "react";
import { fill } from "@/lib/i18n/fill";
import type { PublicQuestion } from "@/lib/quiz/seal";
import type { GuidedState } from "../../actions";

type Props = {
  action: (state: GuidedState, form: FormData) => Promise<GuidedState>;
  check: PublicQuestion | null;
  finished: boolean;
  misses: number;
  labels: Record<"heading" | "submit" | "continue" | "noCheck" | "wrong" | "right" | "answerWas" | "invalid" | "finished" | "toAssignment", string>;
  assignmentHref: string;
};

/** What to say about the last answer (or, after a reload, about a miss on this paragraph). */
function verdictText(state: GuidedState, misses: number, labels: Props["labels"]): string | null {
  if (!state) return misses > 0 ? labels.wrong : null;
  if (!state.ok) return labels.invalid;
  if (state.correct) return labels.right;
  return state.expected ? fill(labels.answerWas, { answer: state.expected }) : labels.wrong;
}

/**
 * The quick question under the last open paragraph. Right (or wrong twice, with the answer
 * shown) opens the next paragraph. The page re-renders with it; the verdict on the paragraph
 * before stays in view. Works without JavaScript.
 */
export function GuidedCheck({ action, check, finished, misses, labels, assignmentHref }: Props) {
  const [state, formAction, pending] = useActionState(action, null);
  const verdict = verdictText(state, misses, labels);
  return (
    <section aria-labelledby="guided-check" className="panel space-y-4">
      <h2 id="guided-check" className="text-xl font-semibold">
        {finished ? labels.finished : labels.heading}
      </h2>
      <p role="status" aria-live="polite" className={verdict ? "font-medium" : "sr-only"} data-testid="guided-verdict">
        {verdict ?? ""}
      </p>
      {finished ? (
        <Link href={assignmentHref} className="btn btn-primary" data-testid="guided-finished">
          {labels.toAssignment}
        </Link>
      ) : (
        <form action={formAction} className="space-y-3">
          {check ? (
            <fieldset key={check.prompt} className="space-y-2">
              <legend className="space-y-1">
                <span className="block text-sm text-muted" lang={check.promptLanguage}>
                  {check.instruction}
                </span>
                <span className="block font-medium" lang={check.promptLanguage}>
                  {check.prompt}
                </span>
              </legend>
              {(check.options ?? []).map((o) => (
                <label key={o.id} className="flex min-h-11 cursor-pointer items-center gap-3 rounded border border-line px-3 py-2 has-[:checked]:border-accent">
                  <input type="radio" name="optionId" value={o.id} required />
                  <span lang={check.optionsLanguage}>{o.text}</span>
                </label>
              ))}
            </fieldset>
          ) : (
            <p>{labels.noCheck}</p>
          )}
          <button type="submit" className="btn btn-primary" disabled={pending}>
            {check ? labels.submit : labels.continue}
          </button>
        </form>
      )}
    </section>
  );
}
