"use client";
import { useActionState } from "react";
import { describedBy, Field, FormAlert } from "@/app/_components/forms/field";
import { shownFailure } from "@/app/_components/forms/form-state";
import type { ArticleFormState } from "../actions";

export type ArticleFormLabels = Record<
  | "viText" | "enText" | "viFile" | "enFile" | "fileHint" | "details" | "sourceName" | "sourceUrl" | "publishedOn" | "credit" | "creditHint"
  | "level" | "noLevel" | "topics" | "topicsHint" | "visibility" | "visibilitySite" | "visibilityClasses" | "submit" | "fixErrors" | "limit",
  string
>;

type Props = {
  action: (state: ArticleFormState, form: FormData) => Promise<ArticleFormState>;
  labels: ArticleFormLabels;
  errorLabels: Record<string, string>;
  levels: readonly string[];
};

/** The two texts (pasted or as files) and the article's details. Works without JavaScript. */
export function ArticleForm({ action, labels, errorLabels, levels }: Props) {
  const [state, formAction, pending] = useActionState(action, null);
  const shown = shownFailure(state, labels.fixErrors);
  const error = (name: string) => {
    const key = shown.fieldErrors[name];
    return key ? (errorLabels[key] ?? key) : undefined;
  };
  const value = (name: string) => shown.values[name] ?? "";
  const side = (name: "vi" | "en") => (
    <div className="space-y-3">
      <Field id={`article-${name}`} label={labels[`${name}Text`]} hint={labels.limit} error={error(name)}>
        <textarea
          id={`article-${name}`}
          name={name}
          lang={name}
          rows={12}
          className="field font-[inherit]"
          defaultValue={value(name)}
          aria-invalid={error(name) ? true : undefined}
          aria-describedby={describedBy(`article-${name}`, labels.limit, error(name))}
          data-testid={`article-${name}`}
        />
      </Field>
      <Field id={`article-${name}-file`} label={labels[`${name}File`]} hint={labels.fileHint}>
        <input id={`article-${name}-file`} name={`${name}File`} type="file" accept=".txt,.md,.docx,text/plain,text/markdown" className="block text-sm" aria-describedby={`article-${name}-file-hint`} />
      </Field>
    </div>
  );
  return (
    <form action={formAction} className="space-y-6" noValidate>
      <FormAlert message={shown.message} />
      <div className="grid gap-6 md:grid-cols-2">
        {side("vi")}
        {side("en")}
      </div>
      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold">{labels.details}</legend>
        <div className="grid gap-4 md:grid-cols-2">
          <Field id="article-source" label={labels.sourceName} error={error("sourceName")}>
            <input id="article-source" name="sourceName" className="field" maxLength={200} defaultValue={value("sourceName")} aria-invalid={error("sourceName") ? true : undefined} aria-describedby={describedBy("article-source", undefined, error("sourceName"))} />
          </Field>
          <Field id="article-url" label={labels.sourceUrl} error={error("sourceUrl")}>
            <input id="article-url" name="sourceUrl" type="url" inputMode="url" className="field" defaultValue={value("sourceUrl")} aria-invalid={error("sourceUrl") ? true : undefined} aria-describedby={describedBy("article-url", undefined, error("sourceUrl"))} />
          </Field>
          <Field id="article-date" label={labels.publishedOn} error={error("publishedOn")}>
            <input id="article-date" name="publishedOn" type="date" className="field" defaultValue={value("publishedOn")} aria-invalid={error("publishedOn") ? true : undefined} aria-describedby={describedBy("article-date", undefined, error("publishedOn"))} />
          </Field>
          <Field id="article-level" label={labels.level} error={error("level")}>
            <select id="article-level" name="level" className="field" defaultValue={value("level")}>
              <option value="">{labels.noLevel}</option>
              {levels.map((l) => (
                <option key={l} value={l}>
                  {l}
                </option>
              ))}
            </select>
          </Field>
          <Field id="article-credit" label={labels.credit} hint={labels.creditHint} error={error("credit")}>
            <input id="article-credit" name="credit" className="field" maxLength={300} defaultValue={value("credit")} aria-describedby={describedBy("article-credit", labels.creditHint, error("credit"))} />
          </Field>
          <Field id="article-topics" label={labels.topics} hint={labels.topicsHint} error={error("topics")}>
            <input id="article-topics" name="topics" className="field" maxLength={400} defaultValue={value("topics")} aria-describedby={describedBy("article-topics", labels.topicsHint, error("topics"))} />
          </Field>
        </div>
        <fieldset className="space-y-2">
          <legend className="font-medium">{labels.visibility}</legend>
          {(["classes", "site"] as const).map((v) => (
            <label key={v} className="flex items-center gap-2">
              <input type="radio" name="visibility" value={v} defaultChecked={(value("visibility") || "classes") === v} />
              {v === "site" ? labels.visibilitySite : labels.visibilityClasses}
            </label>
          ))}
        </fieldset>
      </fieldset>
      <button type="submit" className="btn btn-primary" disabled={pending} data-testid="align-submit">
        {labels.submit}
      </button>
    </form>
  );
}
