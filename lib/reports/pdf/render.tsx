/**
 * Renders the PDF reports to a Buffer on the server (no browser): @react-pdf/renderer lays out the
 * documents and draws the charts as vector shapes; Noto Sans is embedded, plus Noto Sans SC/JP when the
 * report's words are Chinese or Japanese (fonts.ts).
 */
import { renderToBuffer } from "@react-pdf/renderer";
import type { TOrgReport } from "@/lib/reports/org-report";
import type { TTeamReport } from "@/lib/reports/team-report";
import { registerReportFonts, reportFontFamily } from "./fonts";
import type { TReportLabels } from "./labels";
import { OrgReportDocument } from "./org-report-pdf";
import { TeamReportDocument, type TPaperSize } from "./team-report-pdf";

export type { TPaperSize } from "./team-report-pdf";

export async function renderTeamReportPdf(report: TTeamReport, labels: TReportLabels, size: TPaperSize) {
  const fonts = fontsFor(report, labels);
  registerReportFonts(fonts);
  return renderToBuffer(<TeamReportDocument report={report} labels={labels} size={size} fonts={fonts} />);
}

export async function renderOrgReportPdf(report: TOrgReport, labels: TReportLabels, size: TPaperSize) {
  const fonts = fontsFor(report, labels);
  registerReportFonts(fonts);
  return renderToBuffer(<OrgReportDocument report={report} labels={labels} size={size} fonts={fonts} />);
}

/** Every word of the report decides its fonts: the labels' language and CJK team or model names. */
const fontsFor = (report: TTeamReport | TOrgReport, labels: TReportLabels) =>
  reportFontFamily(JSON.stringify(report) + Object.values(labels).join(""));
