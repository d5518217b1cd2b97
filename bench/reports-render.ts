/**
 * Child of bench/reports.ts (and bench/reports-synthetic.ts): renders the org report JSON in argv[2]
 * to PDF (A4) with the report labels of the language in argv[3] (default en) and prints
 * `{"ms":…,"cpuMs":…,"bytes":…,"pages":…}` (cpuMs: this process's user+system CPU during the render,
 * which a shared machine's load does not inflate). Runs without the react-server condition: the
 * renderer needs React's full build.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { REPORT_LABEL_KEYS, type TReportLabels } from "@/lib/reports/pdf/labels";
import { renderOrgReportPdf } from "@/lib/reports/pdf/render";
import type { TOrgReport } from "@/lib/reports/org-report";

const report = JSON.parse(readFileSync(process.argv[2]!, "utf8")) as TOrgReport;
const locale = process.argv[3] ?? "en";
const messages = (l: string) =>
  JSON.parse(readFileSync(path.join("messages", l, "report.json"), "utf8")) as Record<string, string>;
const [english, own] = [messages("en"), messages(locale)];
const labels = Object.fromEntries(REPORT_LABEL_KEYS.map((k) => [k, own[k] ?? english[k]!])) as TReportLabels;
const cpu0 = process.cpuUsage();
const t0 = performance.now();
const pdf = await renderOrgReportPdf(report, labels, "A4");
const ms = performance.now() - t0;
const cpu = process.cpuUsage(cpu0);
const pages = (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length;
if (process.env.REPORT_PDF_OUT) (await import("node:fs")).writeFileSync(process.env.REPORT_PDF_OUT, pdf);
console.log(
  JSON.stringify({
    ms: Math.round(ms),
    cpuMs: Math.round((cpu.user + cpu.system) / 1000),
    bytes: pdf.length,
    pages,
  }),
);
