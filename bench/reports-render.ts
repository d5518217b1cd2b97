/**
 * Child of bench/reports.ts: renders the org report JSON in argv[2] to PDF (A4) and prints
 * `{"ms":…,"bytes":…,"pages":…}`. Runs without the react-server condition: the renderer needs React's full build.
 */
import { readFileSync } from "node:fs";
import { REPORT_LABEL_KEYS, type TReportLabels } from "@/lib/reports/pdf/labels";
import { renderOrgReportPdf } from "@/lib/reports/pdf/render";
import type { TOrgReport } from "@/lib/reports/org-report";
import enReport from "../messages/en/report.json";

const report = JSON.parse(readFileSync(process.argv[2]!, "utf8")) as TOrgReport;
const labels = Object.fromEntries(
  REPORT_LABEL_KEYS.map((k) => [k, (enReport as Record<string, string>)[k]!]),
) as TReportLabels;
const t0 = performance.now();
const pdf = await renderOrgReportPdf(report, labels, "A4");
const ms = performance.now() - t0;
const pages = (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length;
console.log(JSON.stringify({ ms: Math.round(ms), bytes: pdf.length, pages }));
