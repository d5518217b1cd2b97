import { useFormatter, useTranslations } from "next-intl";
import { ChartLegend } from "./svg/legend";

export type TOutcomeChartProps = Readonly<{
  label: string;
  baseline: number;
  baselineOn: string;
  target: number;
  deadline: string;
  points: ReadonlyArray<{ date: string; value: number }>;
  forecastOn: string | null;
  unit: string;
}>;

/**
 * Two drawings of one chart: wide for laptops, compact for phones (shown below the `sm` breakpoint).
 * A single 640-wide drawing shrinks to 40% on a phone, and its 11-unit labels to 4 px.
 */
const SIZES = {
  wide: { W: 640, H: 260, font: 11, M: { top: 12, right: 20, bottom: 28, left: 44 } },
  compact: { W: 300, H: 240, font: 12, M: { top: 12, right: 12, bottom: 28, left: 40 } },
} as const;
type TSize = (typeof SIZES)[keyof typeof SIZES];
const DAY = 86_400_000;
const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY;

const PLAN = "#64748b";
const ACTUAL = "#1d4ed8";
const FORECAST = "#b45309";

/**
 * Check-ins of an outcome against the straight line from baseline to target (dashed), with the
 * forecast at the current pace (dotted), rendered on the server as SVG. Each point has a title; the
 * page's check-in table is the text alternative.
 */
export function OutcomeChart(props: TOutcomeChartProps) {
  const { forecastOn } = props;
  const t = useTranslations("charts");
  return (
    <div className="w-full">
      <ChartSvg {...props} size={SIZES.wide} className="hidden h-auto w-full sm:block" />
      <ChartSvg {...props} size={SIZES.compact} className="h-auto w-full sm:hidden" />
      <ChartLegend
        items={[
          { name: t("outcome.checkIns"), colour: ACTUAL, dash: "" },
          { name: t("outcome.plan"), colour: PLAN, dash: "6 4" },
          ...(forecastOn ? [{ name: t("outcome.forecast"), colour: FORECAST, dash: "2 4" }] : []),
        ]}
      />
    </div>
  );
}

function ChartSvg(props: TOutcomeChartProps & { size: TSize; className: string }) {
  const { baseline, baselineOn, target, deadline, points, forecastOn, unit, label, size, className } = props;
  const { W, H, M, font } = size;
  const t = useTranslations("charts");
  const format = useFormatter();
  const x0 = day(baselineOn);
  const x1 = Math.max(day(deadline), forecastOn ? day(forecastOn) : 0, ...points.map((p) => day(p.date)));
  const values = [baseline, target, ...points.map((p) => p.value)];
  let lo = Math.min(...values);
  let hi = Math.max(...values);
  if (hi === lo) hi = lo + 1;
  const pad = (hi - lo) * 0.05;
  lo -= pad;
  hi += pad;
  const plotW = W - M.left - M.right;
  const plotH = H - M.top - M.bottom;
  const x = (iso: string) => M.left + ((day(iso) - x0) / Math.max(1, x1 - x0)) * plotW;
  const y = (v: number) => M.top + plotH - ((v - lo) / (hi - lo)) * plotH;
  const ticks = Array.from({ length: 5 }, (_, i) => lo + pad + ((hi - lo - 2 * pad) * i) / 4);
  const last = points.at(-1);
  const actual = [{ date: baselineOn, value: baseline }, ...points]
    .map((p, i) => `${i === 0 ? "M" : "L"}${x(p.date).toFixed(1)},${y(p.value).toFixed(1)}`)
    .join("");
  const fmt = (v: number) =>
    format.number(v, { maximumFractionDigits: Number.isInteger(v) ? 0 : 1, minimumFractionDigits: 0 });
  return (
    <svg role="img" aria-label={label} viewBox={`0 0 ${W} ${H}`} className={className}>
      {ticks.map((t) => (
        <g key={t}>
          <line x1={M.left} x2={W - M.right} y1={y(t)} y2={y(t)} stroke="#e2e8f0" strokeDasharray="3 3" />
          <text x={M.left - 6} y={y(t)} dy="0.32em" textAnchor="end" fontSize={font} fill="#475569">
            {fmt(t)}
          </text>
        </g>
      ))}
      <text x={M.left} y={H - 8} fontSize={font} fill="#0f172a">
        {baselineOn}
      </text>
      <text x={x(deadline)} y={H - 8} textAnchor="end" fontSize={font} fill="#0f172a">
        {deadline}
      </text>
      <line x1={x(deadline)} x2={x(deadline)} y1={M.top} y2={M.top + plotH} stroke="#cbd5e1" />
      <line
        x1={x(baselineOn)}
        y1={y(baseline)}
        x2={x(deadline)}
        y2={y(target)}
        stroke={PLAN}
        strokeWidth="2"
        strokeDasharray="6 4"
      >
        <title>
          {t("outcome.planTitle", {
            baseline: fmt(baseline),
            baselineOn,
            target: fmt(target),
            unit,
            deadline,
          })}
        </title>
      </line>
      {last && forecastOn ? (
        <line
          x1={x(last.date)}
          y1={y(last.value)}
          x2={x(forecastOn)}
          y2={y(target)}
          stroke={FORECAST}
          strokeWidth="2"
          strokeDasharray="2 4"
        >
          <title>{t("outcome.forecastTitle", { target: fmt(target), unit, date: forecastOn })}</title>
        </line>
      ) : null}
      <path d={actual} fill="none" stroke={ACTUAL} strokeWidth="2" />
      {points.map((p, i) => (
        <circle key={i} cx={x(p.date)} cy={y(p.value)} r="3.5" fill="#fff" stroke={ACTUAL} strokeWidth="2">
          <title>{t("outcome.pointTitle", { date: p.date, value: fmt(p.value), unit })}</title>
        </circle>
      ))}
    </svg>
  );
}
