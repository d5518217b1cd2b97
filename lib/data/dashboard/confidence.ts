/**
 * Confidence of dashboard results: per (assessment, aspect) the label of lib/scoring/confidence.ts's
 * rule, from the answers' evidence dates and "not sure" flags (and respondents' levels of collaborative
 * assessments), with the organization's freshness window as of today. Not cached: it depends on the
 * day and the window, which the dashboard data version does not track, so it is computed per request
 * for the assessments shown (a heatmap page), or for every team only when the overview's confidence
 * filter is on.
 */
import "server-only";
import type { OrgContext } from "@/lib/authz/context";
import {
  filteredAspectAggregates,
  type TConfidenceFilter,
  type TRatedResult,
} from "@/lib/dashboard/confidence-filter";
import type { TLevelCount } from "@/lib/dashboard/distribution";
import { isoDay } from "@/lib/dates";
import { db } from "@/lib/db";
import type { TMaturityModel } from "@/lib/model/schema";
import { confidenceByAspect } from "@/lib/scoring/assessment-confidence";
import type { TConfidenceLabel } from "@/lib/scoring/confidence";
import { getEvidenceFreshnessDays } from "../evidence";
import { getAspectStats, getHeatmapPage, type TAspectMedian } from "./overview";
import type { TDashboardScope } from "./scope";

/** assessment id → aspect id → confidence label, for assessments of the caller's organization. */
export async function getResultConfidence(
  ctx: OrgContext,
  model: Pick<TMaturityModel, "aspects">,
  assessmentIds: readonly string[],
  today: string = isoDay(),
): Promise<Map<string, Record<string, TConfidenceLabel>>> {
  const ids = [...new Set(assessmentIds)];
  if (ids.length === 0) return new Map();
  const inOrg = { organizationId: ctx.orgId };
  const [windowDays, answers, responses] = await Promise.all([
    getEvidenceFreshnessDays(ctx),
    db.answer.findMany({
      where: { assessmentId: { in: ids }, assessment: inOrg },
      select: {
        assessmentId: true,
        questionId: true,
        level: true,
        notSure: true,
        evidenceUrl: true,
        evidenceCheckedOn: true,
      },
    }),
    db.response.findMany({
      where: {
        assessmentId: { in: ids },
        level: { not: null },
        assessment: { ...inOrg, mode: "COLLABORATIVE" },
      },
      select: { assessmentId: true, questionId: true, level: true },
    }),
  ]);
  const answersOf = new Map<string, typeof answers>();
  for (const a of answers) answersOf.set(a.assessmentId, [...(answersOf.get(a.assessmentId) ?? []), a]);
  const levelsOf = new Map<string, Map<string, number[]>>();
  for (const r of responses) {
    const perQuestion = levelsOf.get(r.assessmentId) ?? new Map<string, number[]>();
    perQuestion.set(r.questionId, [...(perQuestion.get(r.questionId) ?? []), r.level!]);
    levelsOf.set(r.assessmentId, perQuestion);
  }
  return new Map(
    ids.map((id) => {
      const byAspect = confidenceByAspect(model, answersOf.get(id) ?? [], {
        today,
        windowDays,
        respondentLevels: levelsOf.get(id),
      });
      return [id, Object.fromEntries(Object.entries(byAspect).map(([aspect, c]) => [aspect, c.label]))];
    }),
  );
}

/**
 * The overview's distribution and medians over only the results whose confidence meets `min`: every
 * team's latest result in scope is rated, the rest is left out. Median targets are the cached ones
 * (targets have no confidence). Computed per request, never written to the snapshot cache.
 */
export async function getConfidenceFilteredStats(
  ctx: OrgContext,
  scope: TDashboardScope,
  model: Pick<TMaturityModel, "aspects">,
  min: TConfidenceFilter,
  today: string = isoDay(),
): Promise<{ distribution: TLevelCount[]; medians: TAspectMedian[] }> {
  const [stats, all] = await Promise.all([
    getAspectStats(ctx, scope),
    getHeatmapPage(ctx, scope, { sort: "name", page: 1, pageSize: 1_000_000 }),
  ]);
  const rated = all.rows.filter((r) => r.assessmentId !== null);
  const ids = rated.map((r) => r.assessmentId!);
  const [confidence, scoreRows] = await Promise.all([
    getResultConfidence(ctx, model, ids, today),
    db.aspectScore.findMany({
      where: { assessmentId: { in: ids }, assessment: { organizationId: ctx.orgId } },
      select: { assessmentId: true, aspectId: true, score: true },
    }),
  ]);
  const scores = new Map(scoreRows.map((s) => [`${s.assessmentId}:${s.aspectId}`, s.score]));
  const results: TRatedResult[] = rated.flatMap((r) =>
    Object.entries(r.levels).map(([aspectId, level]) => {
      const score = scores.get(`${r.assessmentId}:${aspectId}`);
      return {
        aspectId,
        level,
        score: score === null || score === undefined ? null : Number(score),
        confidence: confidence.get(r.assessmentId!)?.[aspectId] ?? "low",
      };
    }),
  );
  const filtered = filteredAspectAggregates(results, min);
  return {
    distribution: filtered.distribution,
    medians: stats.medians.map((m) => ({
      ...m,
      medianLevel: filtered.medians[m.aspectId]?.level ?? null,
      medianScore: filtered.medians[m.aspectId]?.score ?? null,
      teams: filtered.medians[m.aspectId]?.teams ?? 0,
    })),
  };
}
