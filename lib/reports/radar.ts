/**
 * Radar geometry (pure), for charts drawn as vector shapes (the PDF reports): one axis per aspect,
 * clockwise from the top, values 0..max scaled to the radius.
 */
export type TRadarGeometry = Readonly<{
  rings: string[];
  axes: Array<Readonly<{ x1: number; y1: number; x2: number; y2: number }>>;
  polygon: string;
  points: Array<Readonly<{ x: number; y: number }>>;
  labels: Array<Readonly<{ x: number; y: number; anchor: "start" | "middle" | "end" }>>;
}>;

const round = (n: number) => Math.round(n * 100) / 100;

export function radarGeometry(
  values: ReadonlyArray<number | null>,
  max: number,
  { cx, cy, r, labelGap = 12 }: Readonly<{ cx: number; cy: number; r: number; labelGap?: number }>,
): TRadarGeometry {
  const n = Math.max(1, values.length);
  const angle = (i: number) => -Math.PI / 2 + (2 * Math.PI * i) / n;
  const at = (i: number, v: number, radius = r) => {
    const d = (Math.min(Math.max(0, v), max) / max) * radius;
    return { x: round(cx + d * Math.cos(angle(i))), y: round(cy + d * Math.sin(angle(i))) };
  };
  const ring = (v: number) =>
    values
      .map((_, i) => at(i, v))
      .map((p) => `${p.x},${p.y}`)
      .join(" ");
  const points = values.map((v, i) => at(i, v ?? 0));
  return {
    rings: Array.from({ length: max }, (_, k) => ring(k + 1)),
    axes: values.map((_, i) => {
      const end = at(i, max);
      return { x1: cx, y1: cy, x2: end.x, y2: end.y };
    }),
    polygon: points.map((p) => `${p.x},${p.y}`).join(" "),
    points,
    labels: values.map((_, i) => {
      const x = round(cx + (r + labelGap) * Math.cos(angle(i)));
      const y = round(cy + (r + labelGap) * Math.sin(angle(i)));
      return { x, y, anchor: Math.abs(x - cx) < 1 ? "middle" : x > cx ? "start" : "end" };
    }),
  };
}
