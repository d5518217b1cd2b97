"use client";

import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export type TTrendSeries = Readonly<{ key: string; name: string; colour: string; dash?: string }>;

/** One line per aspect: org median score per quarter (gaps where no team was assessed). */
export function TrendLines({
  data,
  series,
  maxLevel,
  label,
}: Readonly<{
  data: Array<Record<string, number | string | null>>;
  series: TTrendSeries[];
  maxLevel: number;
  label: string;
}>) {
  return (
    <div role="img" aria-label={label} className="h-80 w-full">
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={data} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
          <XAxis dataKey="quarter" tick={{ fill: "#0f172a", fontSize: 12 }} />
          <YAxis
            domain={[1, maxLevel]}
            tickCount={maxLevel}
            allowDecimals={false}
            tick={{ fill: "#475569", fontSize: 11 }}
            width={32}
          />
          <Tooltip formatter={(value) => (typeof value === "number" ? value.toFixed(2) : String(value))} />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          {series.map((s) => (
            <Line
              key={s.key}
              type="linear"
              dataKey={s.key}
              name={s.name}
              stroke={s.colour}
              strokeDasharray={s.dash}
              strokeWidth={2}
              dot={{ r: 3 }}
              connectNulls={false}
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
