export type TRadarPoint = Readonly<{ aspect: string; score: number; levelName: string }>;

const W = 480;
const H = 320;
const CX = W / 2;
const CY = H / 2;
const R = 110;

/**
 * Radar of aspect scores (0..maxLevel), rendered on the server as SVG (no chart code in the browser).
 * The table next to it is the text alternative; each point has a title with its score and level name.
 */
export function AspectRadar({
  data,
  maxLevel,
  label,
  describedBy,
}: Readonly<{ data: TRadarPoint[]; maxLevel: number; label: string; describedBy?: string }>) {
  const angle = (i: number) => -Math.PI / 2 + (2 * Math.PI * i) / Math.max(1, data.length);
  const at = (i: number, v: number) => {
    const r = (Math.min(Math.max(0, v), maxLevel) / maxLevel) * R;
    return [CX + r * Math.cos(angle(i)), CY + r * Math.sin(angle(i))] as const;
  };
  const ring = (v: number) => data.map((_, i) => at(i, v).join(",")).join(" ");
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
          <polygon key={l} points={ring(l)} fill="none" stroke="#cbd5e1" />
        ))}
        {data.map((d, i) => {
          const [x, y] = at(i, maxLevel);
          const [lx, ly] = [CX + (R + 14) * Math.cos(angle(i)), CY + (R + 14) * Math.sin(angle(i))];
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
        {[0, ...levels].map((l) => (
          <text key={l} x={CX + 3} y={CY - (l / maxLevel) * R} dy="0.32em" fontSize="11" fill="#475569">
            {l}
          </text>
        ))}
        <polygon
          points={data.map((d, i) => at(i, d.score).join(",")).join(" ")}
          fill="#6366f1"
          fillOpacity="0.3"
          stroke="#4338ca"
          strokeWidth="2"
        />
        {data.map((d, i) => {
          const [x, y] = at(i, d.score);
          return (
            <circle key={d.aspect} cx={x} cy={y} r="3" fill="#4338ca">
              <title>{`${d.aspect}: ${d.score.toFixed(2)} (${d.levelName})`}</title>
            </circle>
          );
        })}
      </svg>
    </div>
  );
}
