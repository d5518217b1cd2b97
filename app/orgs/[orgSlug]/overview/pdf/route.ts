import { getLocale, getTranslations } from "next-intl/server";
import { auditMetaOf } from "@/lib/audit-meta";
import { recordAuditNow } from "@/lib/data/audit";
import { loadOrgReport } from "@/lib/data/reports";
import { AppError } from "@/lib/errors";
import { REPORT_LABEL_KEYS, type TReportLabels } from "@/lib/reports/pdf/labels";
import { renderOrgReportPdf } from "@/lib/reports/pdf/render";
import { pdfResponse } from "@/lib/reports/pdf/response";
import { parseOrgReportParams, reportFileName } from "@/lib/reports/params";
import { handleRoute } from "@/lib/route";
import { requireOrg } from "@/lib/authz";

type TContext = { params: Promise<{ orgSlug: string }> };

/**
 * GET ?size=A4|Letter plus the overview's filters (group, model, from, to, stale): the org report,
 * for everyone who can read the overview (VIEWER and up).
 */
export const GET = handleRoute<TContext>(async (request, { params }) => {
  const { orgSlug } = await params;
  const parsed = parseOrgReportParams(new URL(request.url).searchParams);
  if (!parsed.ok) throw new AppError("INVALID_INPUT", parsed.message);
  const { size, filters } = parsed.value;
  const ctx = await requireOrg(orgSlug);
  const locale = await getLocale();
  const [report, t] = await Promise.all([
    loadOrgReport(ctx, filters, locale),
    getTranslations({ locale, namespace: "report" }),
  ]);
  const labels = Object.fromEntries(REPORT_LABEL_KEYS.map((k) => [k, t.raw(k) as string])) as TReportLabels;
  const pdf = await renderOrgReportPdf(report, labels, size);
  await recordAuditNow(
    { ...ctx, meta: auditMetaOf(request) },
    {
      action: "report.downloaded",
      target: { type: "report", id: ctx.orgId, label: "Overview" },
      details: { kind: "org", size, locale, group: filters.group, teams: report.heatmap.length },
    },
  );
  return pdfResponse(pdf, reportFileName(ctx.orgName, report.generatedOn, size));
});
