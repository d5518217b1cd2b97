"use client";

import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export type TBurnupChartPoint = Readonly<{ name: string; totalToDate: number; doneToDate: number }>;

/** Cumulative steps done against total steps per iteration. The page shows the same figures as a table. */
export function BurnUpChart({
  points,
  label,
}: Readonly<{ points: readonly TBurnupChartPoint[]; label: string }>) {
  return (
    <div role="img" aria-label={label} className="h-64 w-full min-w-0">
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={points as TBurnupChartPoint[]} margin={{ top: 10, right: 16, bottom: 4, left: -16 }}>
          <CartesianGrid stroke="#e2e8f0" vertical={false} />
          <XAxis dataKey="name" tick={{ fill: "#475569", fontSize: 11 }} interval="preserveStartEnd" />
          <YAxis allowDecimals={false} tick={{ fill: "#475569", fontSize: 11 }} />
          <Tooltip />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          <Line
            type="linear"
            dataKey="totalToDate"
            name="Total steps"
            stroke="#b45309"
            strokeWidth={2}
            strokeDasharray="6 4"
            dot={{ r: 4, fill: "#b45309" }}
            isAnimationActive={false}
          />
          <Line
            type="linear"
            dataKey="doneToDate"
            name="Done"
            stroke="#4338ca"
            strokeWidth={2}
            dot={{ r: 4, fill: "#4338ca" }}
            isAnimationActive={false}
          />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
