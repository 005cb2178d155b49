"use client";
import dynamic from "next/dynamic";
import type { ScorePoint } from "./score-chart";

// The chart library loads only on this page, after the rest of it.
const ScoreChart = dynamic(() => import("./score-chart"), { ssr: false, loading: () => <div className="h-64" /> });

export function LazyScoreChart(props: { points: ScorePoint[]; label: string }) {
  return <ScoreChart {...props} />;
}
