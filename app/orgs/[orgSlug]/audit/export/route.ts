import { auditMetaOf } from "@/lib/audit-meta";
import { auditCsv, auditCsvFileName } from "@/lib/audit/csv";
import { parseAuditSearch } from "@/lib/audit/filters";
import { exportAuditEvents } from "@/lib/data/audit";
import { AppError } from "@/lib/errors";
import { handleRoute } from "@/lib/route";
import { requireOrg } from "@/lib/authz";

type TContext = { params: Promise<{ orgSlug: string }> };

/** GET with the audit page's filters → CSV of every matching event. Admins only (404 for anyone else). */
export const GET = handleRoute<TContext>(async (request, { params }) => {
  const { orgSlug } = await params;
  const { search, invalid } = parseAuditSearch(new URL(request.url).searchParams);
  const ctx = await requireOrg(orgSlug);
  if (invalid.length > 0) {
    // Checked after requireOrg, so a non-member learns nothing; non-admins still get 404 below first.
    if (ctx.role !== "ADMIN") throw new AppError("NOT_FOUND", "Page not found.");
    throw new AppError("INVALID_INPUT", `Invalid filter: ${invalid.join(", ")}.`);
  }
  const { rows, isTruncated } = await exportAuditEvents(ctx, search, auditMetaOf(request));
  return new Response(auditCsv(rows), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${auditCsvFileName(ctx.orgSlug, new Date())}"`,
      "Cache-Control": "private, no-store",
      ...(isTruncated ? { "X-Audit-Truncated": "true" } : {}),
    },
  });
});
