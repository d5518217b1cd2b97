import { useTranslations } from "next-intl";
import { ChartLegend } from "./svg/legend";

export type TMedianPoint = Readonly<{ aspect: string; median: number | null; target: number | null }>;

const W = 480;
const H = 290;
const CX = W / 2;
const CY = H / 2;
const R = 100;

/**
 * Org median level vs. median target level per aspect (two series), rendered on the server as SVG.
 * The table beside it is the text alternative; each point has a title with its value.
 */
export function MedianRadar({
  data,
  maxLevel,
  label,
  describedBy,
}: Readonly<{ data: TMedianPoint[]; maxLevel: number; label: string; describedBy?: string }>) {
  const t = useTranslations("charts");
  const angle = (i: number) => -Math.PI / 2 + (2 * Math.PI * i) / Math.max(1, data.length);
  const at = (i: number, v: number) => {
    const r = (Math.max(0, v) / maxLevel) * R;
    return [CX + r * Math.cos(angle(i)), CY + r * Math.sin(angle(i))] as const;
  };
  const polygon = (pick: (d: TMedianPoint) => number | null) =>
    data.map((d, i) => at(i, pick(d) ?? 0).join(",")).join(" ");
  const levels = Array.from({ length: maxLevel }, (_, i) => i + 1);
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
          <polygon
            key={l}
            points={data.map((_, i) => at(i, l).join(",")).join(" ")}
            fill="none"
            stroke="#cbd5e1"
          />
        ))}
        {data.map((d, i) => {
          const [x, y] = at(i, maxLevel);
          const [lx, ly] = [CX + (R + 16) * Math.cos(angle(i)), CY + (R + 16) * Math.sin(angle(i))];
          const anchor = Math.abs(lx - CX) < 1 ? "middle" : lx > CX ? "start" : "end";
          return (
            <g key={d.aspect}>
              <line x1={CX} y1={CY} x2={x} y2={y} stroke="#cbd5e1" />
              <text
                x={lx}
                y={ly}
                dy={ly < CY - 1 ? "-0.2em" : ly > CY + 1 ? "0.9em" : "0.32em"}
                textAnchor={anchor}
                fontSize="11"
                fontWeight="600"
                fill="#0f172a"
              >
                {d.aspect}
              </text>
            </g>
          );
        })}
        {levels.map((l) => (
          <text key={l} x={CX + 3} y={CY - (l / maxLevel) * R} dy="0.32em" fontSize="11" fill="#475569">
            {l}
          </text>
        ))}
        <polygon
          points={polygon((d) => d.target)}
          fill="#f59e0b"
          fillOpacity="0.1"
          stroke="#b45309"
          strokeWidth="2"
          strokeDasharray="6 3"
        />
        <polygon
          points={polygon((d) => d.median)}
          fill="#6366f1"
          fillOpacity="0.3"
          stroke="#4338ca"
          strokeWidth="2"
        />
        {data.map((d, i) => {
          if (d.median === null) return null;
          const [x, y] = at(i, d.median);
          return (
            <circle key={d.aspect} cx={x} cy={y} r="3" fill="#4338ca">
              <title>
                {d.target === null
                  ? t("radar.point", { aspect: d.aspect, median: d.median })
                  : t("radar.pointTarget", { aspect: d.aspect, median: d.median, target: d.target })}
              </title>
            </circle>
          );
        })}
      </svg>
      <ChartLegend
        items={[
          { name: t("radar.target"), colour: "#b45309", dash: "6 3" },
          { name: t("radar.median"), colour: "#4338ca", dash: "" },
        ]}
      />
    </div>
  );
}
