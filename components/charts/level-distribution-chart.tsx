import { ChartLegend, integerTicks } from "./svg/legend";

export type TDistributionBar = Readonly<Record<string, number | string>>;
export type TDistributionSeries = Readonly<{ key: string; name: string; colour: string }>;

const W = 480;
const H = 250;
const M = { top: 8, right: 8, bottom: 28, left: 36 };

/**
 * Stacked bars: one bar per aspect, one stack per level (teams counted by their latest level). Rendered
 * on the server as SVG (no chart code in the browser); each segment has a title with its count, and the
 * widget's table is the text alternative.
 */
export function LevelDistributionChart({
  data,
  series,
  label,
  describedBy,
}: Readonly<{
  data: TDistributionBar[];
  series: TDistributionSeries[];
  label: string;
  describedBy?: string;
}>) {
  const totals = data.map((d) => series.reduce((sum, s) => sum + Number(d[s.key] ?? 0), 0));
  const ticks = integerTicks(Math.max(0, ...totals));
  const top = ticks[ticks.length - 1]!;
  const plotW = W - M.left - M.right;
  const plotH = H - M.top - M.bottom;
  const y = (v: number) => M.top + plotH - (v / top) * plotH;
  const band = plotW / Math.max(1, data.length);
  const barW = Math.min(56, band * 0.7);
  return (
    <div className="w-full">
      <svg
        role="img"
        aria-label={label}
        aria-describedby={describedBy}
        viewBox={`0 0 ${W} ${H}`}
        className="h-auto w-full"
      >
        {ticks.map((t) => (
          <g key={t}>
            <line x1={M.left} x2={W - M.right} y1={y(t)} y2={y(t)} stroke="#e2e8f0" strokeDasharray="3 3" />
            <text x={M.left - 6} y={y(t)} dy="0.32em" textAnchor="end" fontSize="11" fill="#475569">
              {t}
            </text>
          </g>
        ))}
        {data.map((d, i) => {
          const x = M.left + i * band + (band - barW) / 2;
          let acc = 0;
          return (
            <g key={String(d.aspect)}>
              {series.map((s) => {
                const n = Number(d[s.key] ?? 0);
                if (n === 0) return null;
                const y0 = y(acc);
                acc += n;
                return (
                  <rect key={s.key} x={x} y={y(acc)} width={barW} height={y0 - y(acc)} fill={s.colour}>
                    <title>{`${String(d.aspect)}: ${n} ${s.name}`}</title>
                  </rect>
                );
              })}
              <text x={x + barW / 2} y={H - M.bottom + 16} textAnchor="middle" fontSize="12" fill="#0f172a">
                {String(d.aspect)}
              </text>
            </g>
          );
        })}
      </svg>
      <ChartLegend items={series} />
    </div>
  );
}
