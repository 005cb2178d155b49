"use client";
import { fill } from "@/lib/i18n/fill";
import type { PublicQuestion } from "@/lib/quiz/seal";
import type { Response } from "@/lib/quiz/types";
import { optionMarkClass, type OptionMarks } from "./option-marks";

export type InputLabels = { typeAnswer: string; matchWith: string; choose: string; moveUp: string; moveDown: string; keepOrder: string; markRight: string; markWrong: string };

type Props = {
  id: string;
  question: PublicQuestion;
  response: Response | null;
  disabled: boolean;
  labels: InputLabels;
  onChange: (response: Response) => void;
  /** Once the answer is final: the right option and the learner's wrong one. */
  marks?: OptionMarks;
};


/** The answer controls of one question: choices, a text box, match selects or an order list. */
export function QuestionInput({ id, question, response, disabled, labels, onChange, marks = {} }: Props) {
  const optionsLang = question.optionsLanguage;
  switch (question.input) {
    case "choice":
      return (
        <div className="space-y-2" role="radiogroup" aria-labelledby={`${id}-prompt`}>
          {(question.options ?? []).map((option) => (
            <label
              key={option.id}
              className={`flex min-h-11 cursor-pointer items-center gap-3 rounded border px-3 py-2 has-[:disabled]:cursor-default ${optionMarkClass(option.id, marks)}`}
              data-mark={marks.right === option.id ? "right" : marks.wrong === option.id ? "wrong" : undefined}
            >
              <input
                type="radio"
                name={id}
                value={option.id}
                checked={response !== null && "optionId" in response && response.optionId === option.id}
                disabled={disabled}
                onChange={() => onChange({ optionId: option.id })}
              />
              <span lang={optionsLang} className="flex-1">
                {option.text}
              </span>
              {marks.right === option.id && (
                <span className="font-semibold text-read">
                  <span aria-hidden="true">✓ </span>
                  {labels.markRight}
                </span>
              )}
              {marks.wrong === option.id && (
                <span className="font-semibold text-red-700 dark:text-red-400">
                  <span aria-hidden="true">✗ </span>
                  {labels.markWrong}
                </span>
              )}
            </label>
          ))}
        </div>
      );
    case "text":
      return (
        <div className="space-y-1">
          <label htmlFor={`${id}-text`} className="text-sm text-muted">
            {labels.typeAnswer}
          </label>
          <input
            id={`${id}-text`}
            type="text"
            lang={optionsLang}
            className="field"
            autoComplete="off"
            autoCapitalize="none"
            spellCheck={false}
            maxLength={200}
            disabled={disabled}
            value={response && "text" in response ? response.text : ""}
            onChange={(e) => onChange({ text: e.target.value })}
          />
        </div>
      );
    case "pairs": {
      const pairs = response && "pairs" in response ? response.pairs : {};
      return (
        <div className="space-y-3">
          {(question.items ?? []).map((item) => (
            <div key={item.id} className="grid gap-1 sm:grid-cols-2 sm:items-center sm:gap-3">
              <label htmlFor={`${id}-${item.id}`} lang={question.promptLanguage} className="font-medium">
                <span className="sr-only">{fill(labels.matchWith, { item: item.text })}</span>
                <span aria-hidden="true">{item.text}</span>
              </label>
              <select
                id={`${id}-${item.id}`}
                className="field"
                lang={optionsLang}
                disabled={disabled}
                value={pairs[item.id] ?? ""}
                onChange={(e) => {
                  const next = { ...pairs };
                  if (e.target.value) next[item.id] = e.target.value;
                  else delete next[item.id];
                  onChange({ pairs: next });
                }}
              >
                <option value="">{labels.choose}</option>
                {(question.options ?? []).map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.text}
                  </option>
                ))}
              </select>
            </div>
          ))}
        </div>
      );
    }
    case "order": {
      const items = question.items ?? [];
      const order = response && "order" in response && response.order.length === items.length ? response.order : items.map((i) => i.id);
      const text = new Map(items.map((i) => [i.id, i.text]));
      const move = (from: number, to: number) => {
        const next = [...order];
        const [moved] = next.splice(from, 1);
        if (moved === undefined) return;
        next.splice(to, 0, moved);
        onChange({ order: next });
      };
      // Until an item is moved, nothing is answered: the order shown may be the learner's answer.
      const untouched = !(response && "order" in response);
      return (
        <div className="space-y-3">
          <ol className="space-y-2">
            {order.map((itemId, index) => (
              <li key={itemId} className="flex items-center gap-2 rounded border border-line px-3 py-2">
                <span className="w-6 text-right font-semibold tabular-nums">{index + 1}.</span>
                <span className="flex-1" lang={optionsLang}>
                  {text.get(itemId)}
                </span>
                <button type="button" className="btn btn-secondary min-h-11 px-3" disabled={disabled || index === 0} onClick={() => move(index, index - 1)} aria-label={fill(labels.moveUp, { item: text.get(itemId) ?? "" })}>
                  ↑
                </button>
                <button
                  type="button"
                  className="btn btn-secondary min-h-11 px-3"
                  disabled={disabled || index === order.length - 1}
                  onClick={() => move(index, index + 1)}
                  aria-label={fill(labels.moveDown, { item: text.get(itemId) ?? "" })}
                >
                  ↓
                </button>
              </li>
            ))}
          </ol>
          {untouched && !disabled && (
            <button type="button" className="btn btn-secondary" onClick={() => onChange({ order })}>
              {labels.keepOrder}
            </button>
          )}
        </div>
      );
    }
  }
}
