"use client";
import dynamic from "next/dynamic";
import type { ClassChartProps } from "./class-chart";

// The chart library loads only here, after the rest of the page.
const ClassChart = dynamic(() => import("./class-chart"), { ssr: false, loading: () => <div className="h-64" /> });

export function LazyClassChart(props: ClassChartProps) {
  return <ClassChart {...props} />;
}
