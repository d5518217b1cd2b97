import { auditMetaOf } from "@/lib/audit-meta";
import { recordAuditNow } from "@/lib/data/audit";
import { getPlan } from "@/lib/data/plans";
import { AppError } from "@/lib/errors";
import { getTranslations } from "next-intl/server";
import {
  CSV_COLUMNS,
  CSV_HEADER_KEYS,
  exportFileName,
  planCsvRows,
  toCsv,
  type TCsvHeaders,
} from "@/lib/plans/csv";
import { planToMarkdown, type TPlanMdText } from "@/lib/plans/markdown";
import { STEP_STATUSES } from "@/lib/plans/schemas";
import { handleRoute } from "@/lib/route";
import { requireOrg } from "@/lib/authz";

/** Headers, status names and the Markdown wording in the requester's language. */
async function exportTexts() {
  const t = await getTranslations("exports.plan");
  const tPlans = await getTranslations("plans");
  const status = Object.fromEntries(
    STEP_STATUSES.map((s) => [s, tPlans(`status.${s}`)]),
  ) as TPlanMdText["status"];
  const headers = Object.fromEntries(
    CSV_COLUMNS.map((c) => [c, t(`csv.${CSV_HEADER_KEYS[c]}`)]),
  ) as unknown as TCsvHeaders;
  const md: TPlanMdText = {
    status,
    title: (title) => t("md.title", { title }),
    byline: (team, date) => t("md.byline", { team, date }),
    owner: (name) => t("md.owner", { name }),
    unassigned: t("md.unassigned"),
    due: (date) => t("md.due", { date }),
    advances: (text) => t("md.advances", { text }),
    notes: (text) => t("md.notes", { text }),
    noSteps: t("md.noSteps"),
    iteration: ({ open, ...v }) => t(open ? "md.iterationOpen" : "md.iterationClosed", v),
    backlog: t("md.backlog"),
  };
  return { status, headers, md };
}

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
  const text = await exportTexts();
  const aspects = Object.fromEntries(plan.definition.aspects.map((a) => [a.id, a.name]));
  const body =
    format === "csv"
      ? toCsv(
          planCsvRows(
            plan.steps,
            plan.iterations,
            {
              aspects,
              levels: Object.fromEntries(plan.definition.levels.map((l) => [l.level, l.name])),
            },
            text.status,
          ),
          text.headers,
        )
      : planToMarkdown(
          {
            title: plan.title,
            teamName: plan.teamName,
            goal: plan.goal,
            generatedOn: plan.today,
            aspects,
            iterations: plan.iterations,
            steps: plan.steps,
          },
          text.md,
        );
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
