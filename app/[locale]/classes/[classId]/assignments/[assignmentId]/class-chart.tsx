"use client";
import { Bar, BarChart, CartesianGrid, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export type ClassChartProps = { bars: { name: string; percent: number }[]; passMark: number; label: string };

/** Each learner's best score as a bar, with the pass mark as a line. The table above has the same data. */
export default function ClassChart({ bars, passMark, label }: ClassChartProps) {
  return (
    <div role="img" aria-label={label} className="h-64 w-full text-accent">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={bars} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="var(--color-line)" />
          <XAxis dataKey="name" tick={{ fontSize: 12, fill: "var(--color-muted)" }} />
          <YAxis domain={[0, 100]} unit="%" width={48} tick={{ fontSize: 12, fill: "var(--color-muted)" }} />
          <Tooltip formatter={(value) => [`${String(value)}%`, ""]} />
          <ReferenceLine y={passMark} stroke="var(--color-muted)" strokeDasharray="6 3" />
          <Bar dataKey="percent" fill="currentColor" maxBarSize={48} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
