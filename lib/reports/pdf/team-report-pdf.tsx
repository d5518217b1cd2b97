/** The team PDF report: radar, level table with explanations and gap to target, open plan steps. */
import { Document, Page, Text, View } from "@react-pdf/renderer";
import type { TTeamReport } from "@/lib/reports/team-report";
import { fill, type TReportLabels } from "./labels";
import { Footer, LevelChip, RadarChart, styles, Table } from "./parts";

export type TPaperSize = "A4" | "LETTER";

export function TeamReportDocument({
  report: r,
  labels: l,
  size,
  fonts,
}: Readonly<{ report: TTeamReport; labels: TReportLabels; size: TPaperSize; fonts: string[] }>) {
  const title = fill(l.teamReportTitle, { team: r.teamName });
  const assessed = r.radar.values.filter((v) => v !== null).length;
  return (
    <Document title={title} author={r.orgName} creator="Stepwise" producer="Stepwise">
      <Page size={size} style={[styles.page, { fontFamily: fonts }]}>
        <Text style={styles.org}>{r.orgName}</Text>
        <Text style={styles.title}>{title}</Text>
        <Text style={styles.subtitle}>
          {r.assessmentTitle} · {r.modelTitle}
          {r.submittedOn ? ` · ${fill(l.submitted, { date: r.submittedOn })}` : ""} ·{" "}
          {fill(l.generated, { date: r.generatedOn })}
        </Text>

        <View style={{ flexDirection: "row", marginTop: 10, alignItems: "center" }}>
          {assessed >= 3 ? (
            <RadarChart
              labels={r.radar.labels}
              max={r.maxLevel}
              series={[{ values: r.radar.values, colour: "#4338ca" }]}
              fonts={fonts}
            />
          ) : null}
          <View style={{ marginLeft: 12, flexGrow: 1 }}>
            <Text style={[styles.th, { marginBottom: 4 }]}>{l.radarTitle}</Text>
            {r.levelNames.map((name, i) => (
              <View key={name} style={{ marginBottom: 3, flexDirection: "row" }}>
                <LevelChip
                  level={i + 1}
                  maxLevel={r.maxLevel}
                  names={r.levelNames}
                  notAssessed={l.notAssessed}
                />
              </View>
            ))}
          </View>
        </View>

        <Text style={styles.h2}>{l.level}</Text>
        {r.rows.map((row) => (
          <View
            key={row.aspectId}
            style={{ borderBottomWidth: 0.5, borderBottomColor: "#e2e8f0", paddingVertical: 5 }}
            wrap={false}
          >
            <View style={{ flexDirection: "row", alignItems: "center" }}>
              <Text style={{ width: "26%", fontWeight: 700, fontSize: 10 }}>{row.aspectName}</Text>
              <View style={{ width: "26%", flexDirection: "row" }}>
                <LevelChip
                  level={row.level}
                  maxLevel={r.maxLevel}
                  names={r.levelNames}
                  notAssessed={l.notAssessed}
                />
              </View>
              <Text style={{ width: "14%" }}>
                {l.mean} {row.mean}
              </Text>
              <Text style={{ width: "34%" }}>
                {row.target === null
                  ? `${l.target}: —`
                  : `${l.target}: L${row.target} ${row.targetName ?? ""} · ${row.gap === 0 ? l.gapReached : fill(l.gap, { levels: row.gap ?? "—" })}`}
              </Text>
            </View>
            {row.lowConfidence ? (
              <Text style={[styles.small, { color: "#92400e" }]}>{l.lowConfidence}</Text>
            ) : null}
            {row.explanation.map((sentence, i) => (
              <Text key={i} style={[styles.small, { marginTop: 2 }]}>
                {sentence}
              </Text>
            ))}
          </View>
        ))}

        <Text style={styles.h2}>
          {l.planTitle}
          {r.journeyTitle ? `: ${r.journeyTitle}` : ""}
        </Text>
        {r.steps.length === 0 ? (
          <Text>{l.noPlan}</Text>
        ) : (
          <Table
            widths={["40%", "18%", "10%", "10%", "11%", "11%"]}
            head={[l.step, l.aspect, l.levelShort, l.status, l.due, l.owner]}
            rows={r.steps.map((s) => [
              s.title,
              s.aspectName,
              `L${s.level}`,
              s.status === "DOING" ? l.statusDOING : l.statusTODO,
              s.dueOn ?? "—",
              s.ownerName ?? "—",
            ])}
          />
        )}
        {r.moreSteps > 0 ? (
          <Text style={[styles.small, { marginTop: 4 }]}>{fill(l.moreSteps, { count: r.moreSteps })}</Text>
        ) : null}
        <Footer left={`${r.teamName} · ${r.generatedOn}`} labels={l} />
      </Page>
    </Document>
  );
}
