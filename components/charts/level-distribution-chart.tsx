"use client";

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export type TDistributionBar = Readonly<Record<string, number | string>>;
export type TDistributionSeries = Readonly<{ key: string; name: string; colour: string }>;

/** Stacked bars: one bar per aspect, one stack per level (teams counted by their latest level). */
export function LevelDistributionChart({
  data,
  series,
  label,
}: Readonly<{ data: TDistributionBar[]; series: TDistributionSeries[]; label: string }>) {
  return (
    <div role="img" aria-label={label} className="h-72 w-full">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart
          data={data as Array<Record<string, number | string>>}
          margin={{ top: 8, right: 8, bottom: 8, left: 0 }}
        >
          <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
          <XAxis dataKey="aspect" tick={{ fill: "#0f172a", fontSize: 12 }} interval={0} />
          <YAxis allowDecimals={false} tick={{ fill: "#475569", fontSize: 11 }} width={40} />
          <Tooltip />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          {series.map((s) => (
            <Bar
              key={s.key}
              dataKey={s.key}
              name={s.name}
              stackId="levels"
              fill={s.colour}
              isAnimationActive={false}
            />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
