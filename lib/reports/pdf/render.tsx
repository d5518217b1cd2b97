/**
 * Renders the PDF reports to a Buffer on the server (no browser): @react-pdf/renderer lays out the
 * documents and draws the charts as vector shapes; Noto Sans is embedded (fonts.ts).
 */
import { renderToBuffer } from "@react-pdf/renderer";
import type { TOrgReport } from "@/lib/reports/org-report";
import type { TTeamReport } from "@/lib/reports/team-report";
import { registerReportFonts } from "./fonts";
import type { TReportLabels } from "./labels";
import { OrgReportDocument } from "./org-report-pdf";
import { TeamReportDocument, type TPaperSize } from "./team-report-pdf";

export type { TPaperSize } from "./team-report-pdf";

export async function renderTeamReportPdf(report: TTeamReport, labels: TReportLabels, size: TPaperSize) {
  registerReportFonts();
  return renderToBuffer(<TeamReportDocument report={report} labels={labels} size={size} />);
}

export async function renderOrgReportPdf(report: TOrgReport, labels: TReportLabels, size: TPaperSize) {
  registerReportFonts();
  return renderToBuffer(<OrgReportDocument report={report} labels={labels} size={size} />);
}
