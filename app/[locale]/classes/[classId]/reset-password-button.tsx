"use client";
import { useActionState } from "react";
import type { ResetCodeState } from "../actions";

type Props = {
  action: (state: ResetCodeState, form: FormData) => Promise<ResetCodeState>;
  learnerId: string;
  labels: { button: string; buttonLabel: string; codeFor: string; howTo: string };
};

/**
 * "Reset password" on a roster row: makes a one-time code and shows it here, once, for the
 * teacher to hand to the learner (it is never stored readable anywhere they could look again).
 * `codeFor` and `howTo` hold {code}, {username} and {expires}, filled in from the answer.
 */
export function ResetPasswordButton({ action, learnerId, labels }: Props) {
  const [state, formAction, pending] = useActionState(action, null);
  const fill = (text: string) => (state?.ok ? text.replace("{code}", state.code).replace("{username}", state.username).replace("{expires}", state.expires) : text);
  return (
    <div className="space-y-2">
      <form action={formAction}>
        <input type="hidden" name="learnerId" value={learnerId} />
        <button type="submit" className="btn btn-secondary min-h-9 py-1 text-sm" aria-label={labels.buttonLabel} disabled={pending}>
          {labels.button}
        </button>
      </form>
      <div role="status" aria-live="polite">
        {state?.ok && (
          <div className="rounded border border-line bg-note p-3 text-sm" data-testid="reset-code">
            <p>{fill(labels.codeFor)}</p>
            <p className="my-1 font-mono text-2xl font-bold tracking-widest">{state.code}</p>
            <p className="text-muted">{fill(labels.howTo)}</p>
          </div>
        )}
        {state && !state.ok && <p className="form-error">{state.message}</p>}
      </div>
    </div>
  );
}
