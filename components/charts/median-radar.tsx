"use client";

import {
  Legend,
  PolarAngleAxis,
  PolarGrid,
  PolarRadiusAxis,
  Radar,
  RadarChart,
  ResponsiveContainer,
  Tooltip,
} from "recharts";

export type TMedianPoint = Readonly<{ aspect: string; median: number | null; target: number | null }>;

/** Org median level vs. median target level per aspect (two series). The table beside it is the text alternative. */
export function MedianRadar({
  data,
  maxLevel,
  label,
}: Readonly<{ data: TMedianPoint[]; maxLevel: number; label: string }>) {
  return (
    <div role="img" aria-label={label} className="h-80 w-full">
      <ResponsiveContainer width="100%" height="100%">
        <RadarChart
          data={data as TMedianPoint[]}
          outerRadius="62%"
          margin={{ top: 12, right: 64, bottom: 12, left: 64 }}
        >
          <PolarGrid stroke="#cbd5e1" />
          <PolarAngleAxis dataKey="aspect" tick={{ fill: "#0f172a", fontSize: 11, fontWeight: 600 }} />
          <PolarRadiusAxis
            domain={[0, maxLevel]}
            tickCount={maxLevel + 1}
            angle={90}
            tick={{ fill: "#475569", fontSize: 11 }}
            axisLine={false}
          />
          <Radar
            name="Median target"
            dataKey="target"
            stroke="#b45309"
            strokeDasharray="6 3"
            strokeWidth={2}
            fill="#f59e0b"
            fillOpacity={0.1}
            isAnimationActive={false}
          />
          <Radar
            name="Org median (latest)"
            dataKey="median"
            stroke="#4338ca"
            strokeWidth={2}
            fill="#6366f1"
            fillOpacity={0.3}
            dot={{ r: 3, fill: "#4338ca" }}
            isAnimationActive={false}
          />
          <Tooltip />
          <Legend wrapperStyle={{ fontSize: 12 }} />
        </RadarChart>
      </ResponsiveContainer>
    </div>
  );
}
