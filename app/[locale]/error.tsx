"use client";
import { useEffect, useState } from "react";
import { useErrorLabels } from "../_components/error-labels";

type Props = { error: Error & { digest?: string }; reset: () => void };

/**
 * What a learner or teacher sees when a page or a server action fails (instead of Next's
 * bare English page): in the UI language, saying that nothing was saved, with a retry. It asks
 * /api/ready whether the database can take writes, and says so when it cannot (a full disk, a
 * read-only file), since that is the failure worth waiting out.
 */
export default function LocaleError({ reset }: Props) {
  const labels = useErrorLabels();
  const [unavailable, setUnavailable] = useState(false);
  useEffect(() => {
    const controller = new AbortController();
    fetch("/api/ready", { cache: "no-store", signal: controller.signal }).then(
      (response) => setUnavailable(response.status === 503),
      () => undefined,
    );
    return () => controller.abort();
  }, []);
  if (!labels) return null;
  return (
    <div className="max-w-xl space-y-4" role="alert" data-testid="error-page">
      <h1 className="text-3xl font-bold">{labels.title}</h1>
      <p>{unavailable ? labels.unavailable : labels.body}</p>
      <div className="flex flex-wrap gap-3">
        <button type="button" className="btn btn-primary" onClick={() => reset()}>
          {labels.retry}
        </button>
        <a href={labels.homeHref} className="btn btn-secondary">
          {labels.backHome}
        </a>
      </div>
    </div>
  );
}
