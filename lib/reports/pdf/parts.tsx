/** Shared building blocks of the PDF reports (@react-pdf/renderer primitives, vector charts only). */
import { Circle, G, Line, Polygon, StyleSheet, Svg, Text, View } from "@react-pdf/renderer";
import type { ReactNode } from "react";
import { levelColours } from "@/lib/level-style";
import { radarGeometry } from "@/lib/reports/radar";
import { REPORT_FONT } from "./fonts";
import { fill, type TReportLabels } from "./labels";

export const styles = StyleSheet.create({
  page: {
    fontFamily: REPORT_FONT,
    fontSize: 9,
    color: "#0f172a",
    paddingTop: 36,
    paddingBottom: 48,
    paddingHorizontal: 40,
  },
  org: { fontSize: 9, color: "#475569" },
  title: { fontSize: 18, fontWeight: 700, marginTop: 2 },
  subtitle: { fontSize: 9, color: "#334155", marginTop: 3 },
  h2: { fontSize: 12, fontWeight: 700, marginTop: 14, marginBottom: 6 },
  small: { fontSize: 7.5, color: "#475569" },
  row: { flexDirection: "row", borderBottomWidth: 0.5, borderBottomColor: "#e2e8f0", paddingVertical: 3 },
  headRow: { flexDirection: "row", borderBottomWidth: 1, borderBottomColor: "#94a3b8", paddingVertical: 3 },
  th: { fontWeight: 700, fontSize: 8, color: "#334155" },
  footer: {
    position: "absolute",
    bottom: 20,
    left: 40,
    right: 40,
    flexDirection: "row",
    justifyContent: "space-between",
    fontSize: 7.5,
    color: "#64748b",
  },
});

/**
 * The footer of every page. With `right`, a static text: the org report numbers its own pages, since a
 * page number rendered per page makes the layout engine lay the whole document out a second time.
 */
export function Footer({
  left,
  labels,
  right,
}: Readonly<{ left: string; labels: TReportLabels; right?: string }>) {
  return (
    <View style={styles.footer} fixed>
      <Text>{left}</Text>
      {right !== undefined ? (
        <Text>{right}</Text>
      ) : (
        <Text
          render={({ pageNumber, totalPages }) => fill(labels.page, { page: pageNumber, pages: totalPages })}
        />
      )}
    </View>
  );
}

/** A level as a coloured chip that also says it in words ("L2 Operational"). */
export function LevelChip({
  level,
  maxLevel,
  names,
  short = false,
  notAssessed,
}: Readonly<{
  level: number | null;
  maxLevel: number;
  names: readonly string[];
  short?: boolean;
  notAssessed: string;
}>) {
  const c = levelColours(level, maxLevel);
  const text =
    level === null
      ? short
        ? "—"
        : notAssessed
      : short
        ? `L${level}`
        : `L${level} ${names[level - 1] ?? ""}`;
  return (
    <Text
      style={{
        backgroundColor: c.bg,
        color: c.fg,
        paddingHorizontal: 3,
        paddingVertical: 1,
        borderRadius: 2,
      }}
    >
      {text}
    </Text>
  );
}

export function Table({
  widths,
  head,
  rows,
  fixedHead = false,
}: Readonly<{ widths: string[]; head: ReactNode[]; rows: ReactNode[][]; fixedHead?: boolean }>) {
  return (
    <View>
      <View style={styles.headRow} fixed={fixedHead}>
        {head.map((h, i) => (
          <View key={i} style={{ width: widths[i], paddingRight: 4 }}>
            {typeof h === "string" ? <Text style={styles.th}>{h}</Text> : h}
          </View>
        ))}
      </View>
      {rows.map((r, ri) => (
        <View key={ri} style={styles.row} wrap={false}>
          {r.map((cell, ci) => (
            <View key={ci} style={{ width: widths[ci], paddingRight: 4 }}>
              {typeof cell === "string" || typeof cell === "number" ? <Text>{cell}</Text> : cell}
            </View>
          ))}
        </View>
      ))}
    </View>
  );
}

/**
 * A radar as vector shapes: grid rings, axes, one filled polygon per series (values 0..max), labels.
 * Series: [{ values, colour, dashed? }].
 */
export function RadarChart({
  labels,
  max,
  series,
  size = 220,
  fonts = [REPORT_FONT],
}: Readonly<{
  labels: readonly string[];
  max: number;
  series: ReadonlyArray<Readonly<{ values: ReadonlyArray<number | null>; colour: string; fill?: boolean }>>;
  size?: number;
  /** The report's font stack (fonts.ts): SVG text does not inherit the page's font. */
  fonts?: string[];
}>) {
  const width = size * 1.6;
  const geo = (values: ReadonlyArray<number | null>) =>
    radarGeometry(values, max, { cx: width / 2, cy: size / 2, r: size * 0.36, labelGap: 8 });
  const grid = geo(labels.map(() => max));
  return (
    <Svg width={width} height={size} viewBox={`0 0 ${width} ${size}`}>
      {grid.rings.map((points, i) => (
        <Polygon key={i} points={points} fill="none" stroke="#cbd5e1" strokeWidth={0.6} />
      ))}
      {grid.axes.map((a, i) => (
        <Line key={i} x1={a.x1} y1={a.y1} x2={a.x2} y2={a.y2} stroke="#cbd5e1" strokeWidth={0.6} />
      ))}
      {series.map((s, si) => {
        const g = geo(s.values);
        return (
          <G key={si}>
            <Polygon
              points={g.polygon}
              fill={s.fill === false ? "none" : s.colour}
              fillOpacity={s.fill === false ? 0 : 0.25}
              stroke={s.colour}
              strokeWidth={1.5}
            />
            {g.points.map((p, i) =>
              s.values[i] === null ? null : <Circle key={i} cx={p.x} cy={p.y} r={2} fill={s.colour} />,
            )}
          </G>
        );
      })}
      {grid.labels.map((l, i) => (
        <Text
          key={i}
          x={l.x}
          y={l.y + 3}
          textAnchor={l.anchor}
          style={{ fontSize: 7.5, fontFamily: fonts }}
          fill="#334155"
        >
          {labels[i] ?? ""}
        </Text>
      ))}
    </Svg>
  );
}
