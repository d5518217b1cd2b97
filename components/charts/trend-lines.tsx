import { ChartLegend } from "./svg/legend";

export type TTrendSeries = Readonly<{ key: string; name: string; colour: string; dash?: string }>;

const W = 640;
const H = 280;
const M = { top: 10, right: 16, bottom: 28, left: 32 };

/**
 * One line per aspect: org median score per quarter (gaps where no team was assessed), rendered on the
 * server as SVG. Every point has a title with its value; the page's table is the text alternative.
 */
export function TrendLines({
  data,
  series,
  maxLevel,
  label,
  describedBy,
}: Readonly<{
  data: Array<Record<string, number | string | null>>;
  series: TTrendSeries[];
  maxLevel: number;
  label: string;
  /** Id of the table with the same data. */
  describedBy?: string;
}>) {
  const plotW = W - M.left - M.right;
  const plotH = H - M.top - M.bottom;
  const step = plotW / Math.max(1, data.length);
  const x = (i: number) => M.left + step * (i + 0.5);
  const y = (v: number) => M.top + plotH - ((v - 1) / Math.max(1, maxLevel - 1)) * plotH;
  const levels = Array.from({ length: maxLevel }, (_, i) => i + 1);
  const value = (row: Record<string, number | string | null>, key: string) =>
    typeof row[key] === "number" ? (row[key] as number) : null;
  /** Path segments that break at quarters without a value (no line across a gap). */
  const path = (key: string) => {
    let d = "";
    let pen = false;
    data.forEach((row, i) => {
      const v = value(row, key);
      if (v === null) pen = false;
      else {
        d += `${pen ? "L" : "M"}${x(i).toFixed(1)},${y(v).toFixed(1)}`;
        pen = true;
      }
    });
    return d;
  };
  return (
    <div className="w-full">
      <svg
        role="img"
        aria-label={label}
        aria-describedby={describedBy}
        viewBox={`0 0 ${W} ${H}`}
        className="h-auto w-full"
      >
        {levels.map((l) => (
          <g key={l}>
            <line x1={M.left} x2={W - M.right} y1={y(l)} y2={y(l)} stroke="#e2e8f0" strokeDasharray="3 3" />
            <text x={M.left - 6} y={y(l)} dy="0.32em" textAnchor="end" fontSize="11" fill="#475569">
              {l}
            </text>
          </g>
        ))}
        {data.map((row, i) => (
          <text key={String(row.quarter)} x={x(i)} y={H - 8} textAnchor="middle" fontSize="12" fill="#0f172a">
            {String(row.quarter)}
          </text>
        ))}
        {series.map((s) => (
          <g key={s.key}>
            <path d={path(s.key)} fill="none" stroke={s.colour} strokeWidth="2" strokeDasharray={s.dash} />
            {data.map((row, i) => {
              const v = value(row, s.key);
              return v === null ? null : (
                <circle key={i} cx={x(i)} cy={y(v)} r="3" fill="#fff" stroke={s.colour} strokeWidth="2">
                  <title>{`${String(row.quarter)} · ${s.name}: ${v.toFixed(2)}`}</title>
                </circle>
              );
            })}
          </g>
        ))}
      </svg>
      <ChartLegend items={series.map((s) => ({ name: s.name, colour: s.colour, dash: s.dash ?? "" }))} />
    </div>
  );
}
