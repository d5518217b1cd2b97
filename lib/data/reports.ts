/**
 * Data of the PDF reports (docs/reports.md), scoped to the caller's organization like the pages they
 * come from: the team report is readable by everyone who can read the results page, the org report by
 * everyone who can read the overview (VIEWER and up), with the overview's filters.
 */
import "server-only";
import type { OrgContext } from "@/lib/authz/context";
import type { TDashboardFilters } from "@/lib/dashboard/filters";
import { monthsBefore } from "@/lib/dashboard/quarters";
import { staleCutoff } from "@/lib/dashboard/staleness";
import { renderMessage } from "@/i18n/render";
import { explanationTranslator } from "@/i18n/translator";
import { DEFAULT_LOCALE, isLocale } from "@/i18n/locales";
import { isoDay } from "@/lib/dates";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { isPemmModel, pemmAspectMeans } from "@/lib/interop/pemm-mean";
import { localizeModel } from "@/lib/model/localize";
import { REPORT_MOVERS, shapeOrgReport } from "@/lib/reports/org-report";
import { shapeTeamReport } from "@/lib/reports/team-report";
import { scoreAssessment } from "@/lib/scoring/score";
import { getAssessment } from "./assessments";
import { getAspectStats, getHeatmapPage, getTeamFreshness, resolveDashboard } from "./dashboard/overview";
import { getTrends } from "./dashboard/trends";
import { findActiveJourney } from "./journeys";
import { getPlanProgress } from "./plans/dashboard";

/** At most this many teams in one org report (the heatmap); a larger org is asked to filter by group. */
export const REPORT_MAX_TEAMS = 5_000;

export async function loadTeamReport(
  ctx: OrgContext,
  assessmentId: string,
  locale: string,
  now = new Date(),
) {
  const assessment = await getAssessment(ctx, assessmentId);
  if (assessment.status !== "SUBMITTED")
    throw new AppError("INVALID_STATE", "Only submitted results have a PDF report.");
  const model = localizeModel(assessment.model, locale);
  const result = scoreAssessment(model, assessment.answers);
  const means = isPemmModel(model)
    ? Object.fromEntries(pemmAspectMeans(model, assessment.answers).map((m) => [m.aspectId, m.mean]))
    : undefined;
  const journey = await findActiveJourney(ctx, assessment.team.id);
  const explain = await explanationTranslator(isLocale(locale) ? locale : DEFAULT_LOCALE);
  // Targets and steps only from a journey on the same model (aspect ids would not match otherwise).
  const sameModel = journey && journey.model.id === assessment.modelId ? journey : null;
  const steps = sameModel
    ? await db.planStep.findMany({
        where: { organizationId: ctx.orgId, journeyId: sameModel.id, status: { in: ["TODO", "DOING"] } },
        select: {
          title: true,
          aspectId: true,
          level: true,
          status: true,
          dueOn: true,
          owner: { select: { name: true } },
        },
        orderBy: [{ position: "asc" }, { id: "asc" }],
        take: 200,
      })
    : [];
  return shapeTeamReport({
    orgName: ctx.orgName,
    teamName: assessment.team.name,
    assessmentTitle: assessment.title,
    submittedAt: assessment.submittedAt,
    generatedAt: now,
    model,
    aspects: result.aspects,
    means,
    explain: (m) => renderMessage(explain, m),
    journey: sameModel ? { title: sameModel.title, targets: sameModel.targets } : null,
    steps: steps.map((s) => ({
      title: s.title,
      aspectId: s.aspectId,
      level: s.level,
      status: s.status,
      dueOn: s.dueOn ? isoDay(s.dueOn) : null,
      ownerName: s.owner?.name ?? null,
    })),
  });
}

export async function loadOrgReport(
  ctx: OrgContext,
  filters: TDashboardFilters,
  locale: string,
  now = new Date(),
) {
  const resolved = await resolveDashboard(ctx, filters);
  if (!resolved.scope || !resolved.definition)
    throw new AppError("NOT_FOUND", "No maturity model is available to this organization yet.");
  const { scope } = resolved;
  const model = localizeModel(resolved.definition, locale);
  const [freshness, heatmap, stats, plans, trends] = await Promise.all([
    getTeamFreshness(
      ctx,
      scope,
      { recentSince: monthsBefore(now, 3), staleCutoff: staleCutoff(now, filters.stale) },
      25,
    ),
    getHeatmapPage(ctx, scope, { sort: "name", page: 1, pageSize: REPORT_MAX_TEAMS }),
    getAspectStats(ctx, scope),
    getPlanProgress(ctx, scope, isoDay(now), 25),
    getTrends(ctx, scope, REPORT_MOVERS),
  ]);
  if (heatmap.total > REPORT_MAX_TEAMS)
    throw new AppError(
      "INVALID_INPUT",
      `More than ${REPORT_MAX_TEAMS} teams: filter the overview by a team group first.`,
    );
  return shapeOrgReport({
    orgName: ctx.orgName,
    generatedAt: now,
    model,
    filters: { group: scope.group, from: filters.from, to: filters.to, stale: filters.stale },
    summary: freshness.summary,
    heatmap: heatmap.rows,
    distribution: stats.distribution,
    medians: stats.medians,
    plans: plans.rows,
    plansTotal: plans.teams,
    staleTeams: freshness.stale.teams,
    staleTotal: freshness.stale.total,
    trends,
  });
}
