import "server-only";
import type { OrgContext } from "@/lib/authz/context";
import { db } from "@/lib/db";
import { computeAspectGaps } from "@/lib/journeys/gap";
import { buildOrgTimeline, buildTimeline, latestLevels } from "@/lib/journeys/timeline";
import type { TMaturityModel } from "@/lib/model/schema";

type TJourneyRef = Readonly<{
  teamId: string | null;
  model: Readonly<{ key: string }>;
  definition: TMaturityModel;
  targets: Readonly<Record<string, number>>;
}>;

/**
 * Submitted assessments that count for a journey: the team's (or, org-wide, every team's) assessments
 * of the journey's model key, any version, with their frozen aspect scores. One query, no N+1.
 */
async function submittedAssessments(ctx: OrgContext, journey: TJourneyRef) {
  const rows = await db.assessment.findMany({
    where: {
      organizationId: ctx.orgId,
      status: "SUBMITTED",
      model: { key: journey.model.key },
      ...(journey.teamId ? { teamId: journey.teamId } : {}),
    },
    select: {
      id: true,
      title: true,
      teamId: true,
      submittedAt: true,
      team: { select: { name: true } },
      aspectScores: { select: { aspectId: true, score: true, level: true } },
    },
    orderBy: { submittedAt: "asc" },
  });
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    teamId: r.teamId,
    teamName: r.team.name,
    submittedAt: r.submittedAt ?? new Date(0),
    scores: r.aspectScores.map((s) => ({
      aspectId: s.aspectId,
      level: s.level,
      score: s.score === null ? null : Number(s.score),
    })),
  }));
}

/**
 * The journey page's progress data: the timeline (milestones + one series per aspect) and the gap
 * per aspect between the targets and the latest levels. For a team that is its newest submitted
 * assessment; for an organization-wide journey, the median over each team's latest assessment.
 */
export async function getJourneyProgress(ctx: OrgContext, journey: TJourneyRef) {
  const assessments = await submittedAssessments(ctx, journey);
  const timeline = journey.teamId
    ? buildTimeline(
        journey.definition,
        assessments.map(({ teamName: _team, ...a }) => a),
        journey.targets,
      )
    : buildOrgTimeline(journey.definition, assessments, journey.targets);
  const current = latestLevels(timeline);
  return {
    timeline,
    current,
    latestAt: timeline.milestones.at(-1)?.date ?? null,
    gaps: computeAspectGaps(journey.definition, journey.targets, current),
  };
}
export type TJourneyProgress = Awaited<ReturnType<typeof getJourneyProgress>>;
