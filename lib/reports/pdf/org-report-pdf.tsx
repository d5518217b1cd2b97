/** The org PDF report: summary, teams per level, median vs target, plan progress, stale teams, heatmap. */
import { Document, G, Line, Page, Rect, Svg, Text, View } from "@react-pdf/renderer";
import { levelColours } from "@/lib/level-style";
import type { TOrgReport } from "@/lib/reports/org-report";
import { fill, type TReportLabels } from "./labels";
import { Footer, RadarChart, styles, Table } from "./parts";
import type { TPaperSize } from "./team-report-pdf";

/**
 * Heatmap rows per page. The heatmap is cut into pages here rather than left to the layout engine's
 * automatic page breaks, which lay out the rest of the document again at every break (slow for 1,000 teams).
 */
export const HEATMAP_ROWS_PER_PAGE: Record<TPaperSize, number> = { A4: 39, LETTER: 36 };

const chunk = <T,>(items: readonly T[], size: number): T[][] =>
  items.length === 0
    ? [[]]
    : Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));

const PAGE_WIDTH: Record<TPaperSize, number> = { A4: 595, LETTER: 612 };
const ROW = 18;
const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/**
 * One page of the heatmap as vector shapes: a coloured rectangle per team and aspect that also says
 * the level ("L2"), the team's name and group, the date of its latest assessment. Drawn as SVG
 * primitives, not laid-out boxes: 1,000 teams are 15,000 shapes, which box layout makes slow.
 */
function HeatmapSvg({
  report: r,
  rows,
  labels: l,
  width,
  fonts,
}: Readonly<{
  report: TOrgReport;
  rows: TOrgReport["heatmap"];
  labels: TReportLabels;
  width: number;
  fonts: string[];
}>) {
  const teamW = width * 0.3;
  const dateW = width * 0.13;
  const cellW = (width - teamW - dateW) / Math.max(1, r.aspects.length);
  const height = ROW * (rows.length + 1) + 4;
  const text = { fontFamily: fonts, fontSize: 7.5 } as const;
  return (
    <Svg width={width} height={height} viewBox={`0 0 ${width} ${height}`}>
      <Text x={0} y={12} style={{ ...text, fontWeight: 700 }} fill="#334155">
        {l.team}
      </Text>
      {r.aspects.map((a, i) => (
        <Text key={a.id} x={teamW + i * cellW + 2} y={12} style={{ ...text, fontWeight: 700 }} fill="#334155">
          {clip(a.name, 16)}
        </Text>
      ))}
      <Text
        x={teamW + r.aspects.length * cellW + 4}
        y={12}
        style={{ ...text, fontWeight: 700 }}
        fill="#334155"
      >
        {l.latest}
      </Text>
      <Line x1={0} y1={ROW - 1} x2={width} y2={ROW - 1} stroke="#94a3b8" strokeWidth={1} />
      {rows.map((t, ri) => {
        const y = ROW * (ri + 1) + 2;
        return (
          <G key={ri}>
            <Text x={0} y={y + 11} style={text} fill="#0f172a">
              {clip(t.teamName, 34) + (t.group ? `  ${clip(t.group, 14)}` : "")}
            </Text>
            {t.levels.map((level, i) => {
              const c = levelColours(level, r.maxLevel);
              return (
                <G key={i}>
                  <Rect x={teamW + i * cellW} y={y} width={cellW - 3} height={ROW - 4} rx={2} fill={c.bg} />
                  <Text x={teamW + i * cellW + 4} y={y + 10} style={text} fill={c.fg}>
                    {level === null ? "—" : `L${level} ${clip(r.levelNames[level - 1] ?? "", 11)}`}
                  </Text>
                </G>
              );
            })}
            <Text x={teamW + r.aspects.length * cellW + 4} y={y + 11} style={text} fill="#334155">
              {t.submittedOn ?? l.never}
            </Text>
          </G>
        );
      })}
    </Svg>
  );
}

/** A horizontal stacked bar of teams per level (vector rectangles). */
function StackedBar({
  counts,
  none,
  maxLevel,
  width = 150,
}: Readonly<{ counts: number[]; none: number; maxLevel: number; width?: number }>) {
  const total = counts.reduce((a, b) => a + b, 0) + none;
  let x = 0;
  const parts = [
    ...counts.map((c, i) => ({ c, colour: levelColours(i + 1, maxLevel).chart })),
    { c: none, colour: levelColours(null).chart },
  ];
  return (
    <Svg width={width} height={10}>
      {parts.map((p, i) => {
        const w = total === 0 ? 0 : (p.c / total) * width;
        const rect = <Rect key={i} x={x} y={0} width={w} height={10} fill={p.colour} />;
        x += w;
        return rect;
      })}
    </Svg>
  );
}

export function OrgReportDocument({
  report: r,
  labels: l,
  size,
  fonts,
}: Readonly<{ report: TOrgReport; labels: TReportLabels; size: TPaperSize; fonts: string[] }>) {
  const title = fill(l.orgReportTitle, { org: r.orgName });
  const levelName = (level: number | null) =>
    level === null ? "—" : `L${level} ${r.levelNames[level - 1] ?? ""}`;
  const page = [styles.page, { fontFamily: fonts }];
  return (
    <Document title={title} author={r.orgName} creator="Stepwise" producer="Stepwise">
      <Page size={size} style={page}>
        <Text style={styles.org}>{r.orgName}</Text>
        <Text style={styles.title}>{title}</Text>
        <Text style={styles.subtitle}>
          {r.modelTitle}
          {r.filterNote.length ? ` · ${l.filters}: ${r.filterNote.join(", ")}` : ""} ·{" "}
          {fill(l.generated, { date: r.generatedOn })}
        </Text>
        <View style={{ flexDirection: "row", marginTop: 10 }}>
          {(
            [
              [l.teams, r.summary.teams],
              [l.assessed, r.summary.assessed],
              [l.recent, r.summary.recent],
              [fill(l.stale, { days: r.staleDays }), r.summary.stale],
              [l.neverAssessed, r.summary.never],
            ] as const
          ).map(([label, value]) => (
            <View
              key={label}
              style={{
                flex: 1,
                borderWidth: 0.5,
                borderColor: "#cbd5e1",
                borderRadius: 3,
                padding: 5,
                marginRight: 4,
              }}
            >
              <Text style={styles.small}>{label}</Text>
              <Text style={{ fontSize: 14, fontWeight: 700 }}>{value}</Text>
            </View>
          ))}
        </View>

        <Text style={styles.h2}>{l.distributionTitle}</Text>
        <Table
          widths={[
            "22%",
            ...r.levelNames.map(() => `${(40 / r.levelNames.length).toFixed(2)}%`),
            "10%",
            "28%",
          ]}
          head={[l.aspect, ...r.levelNames.map((n, i) => `L${i + 1} ${n}`), l.notAssessed, ""]}
          rows={r.distribution.map((d) => [
            d.aspect,
            ...d.counts.map(String),
            String(d.none),
            <StackedBar key="bar" counts={d.counts} none={d.none} maxLevel={r.maxLevel} />,
          ])}
        />

        <View wrap={false}>
          <Text style={styles.h2}>{l.medianTitle}</Text>
          <View style={{ flexDirection: "row", alignItems: "center" }}>
            <View style={{ width: 250 }}>
              <RadarChart
                labels={r.medians.map((m) => m.aspect)}
                max={r.maxLevel}
                size={150}
                fonts={fonts}
                series={[
                  { values: r.medians.map((m) => m.target), colour: "#b45309", fill: false },
                  { values: r.medians.map((m) => m.median), colour: "#4338ca" },
                ]}
              />
            </View>
            <View style={{ flexGrow: 1, marginLeft: 8 }}>
              <Table
                widths={["34%", "33%", "33%"]}
                head={[l.aspect, l.median, l.medianTarget]}
                rows={r.medians.map((m) => [m.aspect, levelName(m.median), levelName(m.target)])}
              />
            </View>
          </View>
        </View>

        <View wrap={false}>
          <Text style={styles.h2}>{l.trendsTitle}</Text>
          {r.trends.quarters.length === 0 ? (
            <Text>{l.noTrends}</Text>
          ) : (
            <Table
              widths={[
                "22%",
                ...r.trends.quarters.map(() => `${(78 / r.trends.quarters.length).toFixed(2)}%`),
              ]}
              head={[l.aspect, ...r.trends.quarters]}
              rows={r.trends.rows.map((t) => [t.aspect, ...t.medians.map(levelName)])}
            />
          )}
        </View>

        <View wrap={false}>
          <Text style={styles.h2}>{fill(l.movementTitle, { quarter: r.movement.quarter ?? "—" })}</Text>
          {r.movement.rows.length === 0 ? (
            <Text>{l.noMovement}</Text>
          ) : (
            <View style={{ flexDirection: "row" }}>
              <View style={{ width: "48%", marginRight: "4%" }}>
                <Table
                  widths={["40%", "20%", "20%", "20%"]}
                  head={[l.aspect, l.up, l.down, l.same]}
                  rows={r.movement.rows.map((m) => [m.aspect, String(m.up), String(m.down), String(m.same)])}
                />
              </View>
              <View style={{ width: "48%" }}>
                <Table
                  widths={["60%", "20%", "20%"]}
                  head={[
                    fill(l.moversTitle, { shown: r.movement.movers.length, total: r.movement.moversTotal }),
                    l.up,
                    l.down,
                  ]}
                  rows={r.movement.movers.map((m) => [m.teamName, String(m.up), String(m.down)])}
                />
              </View>
            </View>
          )}
        </View>

        <Text style={styles.h2}>{l.plansTitle}</Text>
        {r.plans.length === 0 ? (
          <Text>{l.noPlans}</Text>
        ) : (
          <Table
            widths={["40%", "30%", "15%", "15%"]}
            head={[l.team, l.iteration, l.done, l.overdue]}
            rows={r.plans.map((p) => [
              p.teamName,
              p.iterationName ?? "—",
              p.iterationName ? `${p.done} / ${p.total}` : "—",
              String(p.overdue),
            ])}
          />
        )}
        {r.plansTotal > r.plans.length ? (
          <Text style={[styles.small, { marginTop: 3 }]}>{`${r.plans.length} / ${r.plansTotal}`}</Text>
        ) : null}

        <Text style={styles.h2}>{fill(l.staleTitle, { days: r.staleDays })}</Text>
        {r.staleTeams.length === 0 ? (
          <Text>{l.noStale}</Text>
        ) : (
          <Table
            widths={["60%", "40%"]}
            head={[l.team, l.latest]}
            rows={r.staleTeams.map((s) => [s.teamName, s.submittedOn ?? l.never])}
          />
        )}
        {r.staleTotal > r.staleTeams.length ? (
          <Text style={[styles.small, { marginTop: 3 }]}>{`${r.staleTeams.length} / ${r.staleTotal}`}</Text>
        ) : null}
        <Footer left={`${r.orgName} · ${r.generatedOn}`} labels={l} right="" />
      </Page>

      {chunk(r.heatmap, HEATMAP_ROWS_PER_PAGE[size]).map((rows, pageIndex, pages) => (
        <Page key={pageIndex} size={size} style={page}>
          <Text style={[styles.h2, { marginTop: 0 }]}>
            {l.heatmapTitle}
            {pages.length > 1 ? ` (${pageIndex + 1}/${pages.length})` : ""}
          </Text>
          <HeatmapSvg report={r} rows={rows} labels={l} width={PAGE_WIDTH[size] - 80} fonts={fonts} />
          <Footer left={`${r.orgName} · ${r.generatedOn}`} labels={l} right="" />
        </Page>
      ))}
    </Document>
  );
}
