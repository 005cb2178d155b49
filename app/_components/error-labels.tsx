"use client";
import { createContext, useContext, type ReactNode } from "react";

/** The error page's words, translated on the server by the layout that wraps it. */
export type ErrorLabels = { title: string; body: string; unavailable: string; retry: string; backHome: string; homeHref: string };

const Labels = createContext<ErrorLabels | null>(null);

export function ErrorLabelsProvider({ labels, children }: { labels: ErrorLabels; children: ReactNode }) {
  return <Labels.Provider value={labels}>{children}</Labels.Provider>;
}

export function useErrorLabels(): ErrorLabels | null {
  return useContext(Labels);
}
