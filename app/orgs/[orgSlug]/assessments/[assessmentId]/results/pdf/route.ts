import { getLocale, getTranslations } from "next-intl/server";
import { auditMetaOf } from "@/lib/audit-meta";
import { recordAuditNow } from "@/lib/data/audit";
import { loadTeamReport } from "@/lib/data/reports";
import { AppError } from "@/lib/errors";
import { REPORT_LABEL_KEYS, type TReportLabels } from "@/lib/reports/pdf/labels";
import { renderTeamReportPdf } from "@/lib/reports/pdf/render";
import { pdfResponse } from "@/lib/reports/pdf/response";
import { parseReportSize, reportFileName } from "@/lib/reports/params";
import { handleRoute } from "@/lib/route";
import { requireOrg } from "@/lib/authz";

type TContext = { params: Promise<{ orgSlug: string; assessmentId: string }> };

/** GET ?size=A4|Letter: the team report of one submitted assessment, for everyone who can read its results. */
export const GET = handleRoute<TContext>(async (request, { params }) => {
  const { orgSlug, assessmentId } = await params;
  const size = parseReportSize(new URL(request.url).searchParams);
  if (!size.ok) throw new AppError("INVALID_INPUT", size.message);
  const ctx = await requireOrg(orgSlug);
  const locale = await getLocale();
  const [report, t] = await Promise.all([
    loadTeamReport(ctx, assessmentId, locale),
    getTranslations({ locale, namespace: "report" }),
  ]);
  const labels = Object.fromEntries(REPORT_LABEL_KEYS.map((k) => [k, t.raw(k) as string])) as TReportLabels;
  const pdf = await renderTeamReportPdf(report, labels, size.value);
  await recordAuditNow(
    { ...ctx, meta: auditMetaOf(request) },
    {
      action: "report.downloaded",
      target: { type: "report", id: assessmentId, label: `${report.teamName}: ${report.assessmentTitle}` },
      details: { kind: "team", size: size.value, locale },
    },
  );
  return pdfResponse(pdf, reportFileName(report.teamName, report.generatedOn, size.value));
});
