"use client";
import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export type ScorePoint = { label: string; percent: number };

/** Attempt scores over time (a line of percentages). The table beside it has the same data. */
export default function ScoreChart({ points, label }: { points: ScorePoint[]; label: string }) {
  return (
    <div role="img" aria-label={label} className="h-64 w-full text-accent">
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={points} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="var(--color-line)" />
          <XAxis dataKey="label" tick={{ fontSize: 12, fill: "var(--color-muted)" }} />
          <YAxis domain={[0, 100]} unit="%" width={48} tick={{ fontSize: 12, fill: "var(--color-muted)" }} />
          <Tooltip formatter={(value) => [`${String(value)}%`, ""]} />
          <Line type="monotone" dataKey="percent" stroke="currentColor" strokeWidth={2} dot={{ r: 4 }} isAnimationActive={false} />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
