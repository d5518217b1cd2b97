"use client";

import {
  PolarAngleAxis,
  PolarGrid,
  PolarRadiusAxis,
  Radar,
  RadarChart,
  ResponsiveContainer,
  Tooltip,
} from "recharts";

export type TRadarPoint = Readonly<{ aspect: string; score: number; levelName: string }>;

/** Radar of aspect scores (1..maxLevel). The table next to it is the text alternative. */
export function AspectRadar({
  data,
  maxLevel,
  label,
}: Readonly<{ data: TRadarPoint[]; maxLevel: number; label: string }>) {
  return (
    <div role="img" aria-label={label} className="h-80 w-full">
      <ResponsiveContainer width="100%" height="100%">
        <RadarChart
          data={data as TRadarPoint[]}
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
            name="Score"
            dataKey="score"
            stroke="#4338ca"
            strokeWidth={2}
            fill="#6366f1"
            fillOpacity={0.3}
            dot={{ r: 3, fill: "#4338ca" }}
            isAnimationActive={false}
          />
          <Tooltip
            formatter={(value, _name, item) => [
              `${Number(value).toFixed(2)} (${(item.payload as TRadarPoint).levelName})`,
              "Score",
            ]}
          />
        </RadarChart>
      </ResponsiveContainer>
    </div>
  );
}
