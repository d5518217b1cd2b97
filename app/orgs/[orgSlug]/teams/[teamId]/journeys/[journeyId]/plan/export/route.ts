import { auditMetaOf } from "@/lib/audit-meta";
import { recordAuditNow } from "@/lib/data/audit";
import { getPlan } from "@/lib/data/plans";
import { AppError } from "@/lib/errors";
import { exportFileName, planCsvRows, toCsv } from "@/lib/plans/csv";
import { planToMarkdown } from "@/lib/plans/markdown";
import { handleRoute } from "@/lib/route";
import { requireOrg } from "@/lib/authz";

type TContext = { params: Promise<{ orgSlug: string; teamId: string; journeyId: string }> };

/** GET ?format=csv (Jira / spreadsheets) or ?format=md (wiki, README). Readable by everyone in the organization. */
export const GET = handleRoute<TContext>(async (request, { params }) => {
  const { orgSlug, teamId, journeyId } = await params;
  const format = new URL(request.url).searchParams.get("format") ?? "csv";
  if (format !== "csv" && format !== "md")
    throw new AppError("INVALID_INPUT", 'format must be "csv" or "md".');
  const ctx = await requireOrg(orgSlug);
  const plan = await getPlan(ctx, journeyId);
  if (plan.teamId !== teamId) throw new AppError("NOT_FOUND", "Plan not found.");
  const aspects = Object.fromEntries(plan.definition.aspects.map((a) => [a.id, a.name]));
  const body =
    format === "csv"
      ? toCsv(
          planCsvRows(plan.steps, plan.iterations, {
            aspects,
            levels: Object.fromEntries(plan.definition.levels.map((l) => [l.level, l.name])),
          }),
        )
      : planToMarkdown({
          title: plan.title,
          teamName: plan.teamName,
          goal: plan.goal,
          generatedOn: plan.today,
          aspects,
          iterations: plan.iterations,
          steps: plan.steps,
        });
  await recordAuditNow(
    { ...ctx, meta: auditMetaOf(request) },
    {
      action: "plan.exported",
      target: { type: "plan", id: journeyId, label: plan.title },
      details: { format, teamId, steps: plan.steps.length },
    },
  );
  return new Response(body, {
    headers: {
      "Content-Type": format === "csv" ? "text/csv; charset=utf-8" : "text/markdown; charset=utf-8",
      "Content-Disposition": `attachment; filename="${exportFileName(plan.teamName, plan.today, format)}"`,
      "Cache-Control": "private, no-store",
    },
  });
});
