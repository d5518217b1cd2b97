"use client";

import { useTranslations } from "next-intl";
import {
  CartesianGrid,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";

export type TTimelineChartPoint = Readonly<{ label: string; score: number | null; levelName: string }>;
export type TTimelineChartSeries = Readonly<{
  aspectId: string;
  aspectName: string;
  /** Text alternative, also used as the chart's aria-label. */
  description: string;
  target: number | null;
  targetLabel: string | null;
  points: TTimelineChartPoint[];
}>;

/** One small line chart of an aspect's score over time, with the target level as a reference line. */
function AspectLine({
  series,
  axis,
}: Readonly<{ series: TTimelineChartSeries; axis: { domain: [number, number]; ticks: number[] } }>) {
  const t = useTranslations("charts");
  return (
    <figure className="min-w-0 rounded-md border border-slate-200 p-3">
      <figcaption className="text-sm font-semibold text-slate-900">
        {series.aspectName}
        <span className="block text-xs font-normal text-slate-600">
          {series.targetLabel ? t("timeline.target", { level: series.targetLabel }) : t("timeline.noTarget")}
        </span>
      </figcaption>
      <div role="img" aria-label={series.description} className="h-44 w-full">
        <ResponsiveContainer width="100%" height="100%">
          <LineChart
            data={series.points as TTimelineChartPoint[]}
            margin={{ top: 10, right: 16, bottom: 4, left: -20 }}
          >
            <CartesianGrid stroke="#e2e8f0" vertical={false} />
            <XAxis dataKey="label" tick={{ fill: "#475569", fontSize: 11 }} interval="preserveStartEnd" />
            <YAxis
              domain={axis.domain}
              ticks={axis.ticks}
              allowDecimals={false}
              tick={{ fill: "#475569", fontSize: 11 }}
            />
            {series.target !== null ? (
              <ReferenceLine
                y={series.target}
                stroke="#b45309"
                strokeDasharray="6 4"
                strokeWidth={2}
                label={{
                  value: t("timeline.targetLine"),
                  position: "insideTopRight",
                  fill: "#92400e",
                  fontSize: 11,
                }}
              />
            ) : null}
            <Line
              type="linear"
              dataKey="score"
              name={t("timeline.score")}
              stroke="#4338ca"
              strokeWidth={2}
              dot={{ r: 4, fill: "#4338ca" }}
              isAnimationActive={false}
              connectNulls={false}
            />
            <Tooltip
              formatter={(value, _name, item) => [
                t("timeline.tooltip", {
                  score: Number(value).toFixed(2),
                  level: (item.payload as TTimelineChartPoint).levelName,
                }),
                t("timeline.score"),
              ]}
            />
          </LineChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}

/** Small multiples: one chart per aspect. The gap table and milestone list are the text alternative. */
export function JourneyTimeline({
  series,
  axis,
}: Readonly<{ series: TTimelineChartSeries[]; axis: { domain: [number, number]; ticks: number[] } }>) {
  return (
    <div className="grid gap-4 sm:grid-cols-2 xl:grid-cols-3">
      {series.map((s) => (
        <AspectLine key={s.aspectId} series={s} axis={axis} />
      ))}
    </div>
  );
}
