import "server-only";
import type { OrgContext } from "@/lib/authz/context";
import {
  campaignPhase,
  inRound,
  isOverdue,
  reminderReason,
  rollUp,
  roundMedians,
  teamState,
  type TTeamState,
} from "@/lib/campaigns/rules";
import { isoDay } from "@/lib/dates";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { getModelDefinition } from "../models";

const campaignSelect = {
  id: true,
  title: true,
  mode: true,
  status: true,
  selection: true,
  teamGroup: true,
  opensOn: true,
  dueOn: true,
  remindDaysBefore: true,
  createdAt: true,
  closedAt: true,
  modelId: true,
  model: { select: { key: true, version: true, title: true } },
} as const;

const progressSelect = {
  teamId: true,
  assessmentId: true,
  team: { select: { name: true, group: true } },
  assessment: {
    select: {
      title: true,
      status: true,
      mode: true,
      submittedAt: true,
      _count: { select: { answers: true } },
      aspectScores: { select: { aspectId: true, level: true } },
    },
  },
} as const;

/** Questions with at least one respondent's answer, per collaborative draft (their consensus comes later). */
async function respondedQuestions(assessmentIds: string[]): Promise<Map<string, number>> {
  if (assessmentIds.length === 0) return new Map();
  const rows = await db.$queryRaw<Array<{ assessment_id: string; n: bigint }>>`
    SELECT assessment_id, count(DISTINCT question_id) AS n FROM responses
    WHERE assessment_id = ANY(${assessmentIds}::text[]) GROUP BY assessment_id`;
  return new Map(rows.map((r) => [r.assessment_id, Number(r.n)]));
}

export type TProgressRow = {
  teamId: string;
  assessmentId: string;
  team: { name: string; group: string };
  assessment: {
    title: string;
    status: "DRAFT" | "SUBMITTED";
    mode: string;
    submittedAt: Date | null;
    _count: { answers: number };
    aspectScores: Array<{ aspectId: string; level: number | null }>;
  };
};

export async function progressOf(
  rows: TProgressRow[],
  campaign: {
    dueOn: Date;
    opensOn: Date;
    status: "OPEN" | "CLOSED";
    remindDaysBefore: number;
    closedAt: Date | null;
  },
  today: string,
) {
  const responded = await respondedQuestions(
    rows.filter((r) => r.assessment.mode === "COLLABORATIVE").map((r) => r.assessmentId),
  );
  const timing = {
    status: campaign.status,
    opensOn: isoDay(campaign.opensOn),
    dueOn: isoDay(campaign.dueOn),
    remindDaysBefore: campaign.remindDaysBefore,
  };
  return rows.map((r) => {
    const answered = Math.max(r.assessment._count.answers, responded.get(r.assessmentId) ?? 0);
    const input = { status: r.assessment.status, submittedAt: r.assessment.submittedAt, answered };
    const state: TTeamState = teamState(input);
    return {
      teamId: r.teamId,
      teamName: r.team.name,
      group: r.team.group,
      assessmentId: r.assessmentId,
      assessmentTitle: r.assessment.title,
      mode: r.assessment.mode,
      submittedAt: r.assessment.submittedAt,
      answered,
      state,
      overdue: isOverdue(timing.dueOn, today, state),
      inRound: inRound(input, campaign.closedAt),
      reminder: reminderReason(timing, today, state),
      levels: Object.fromEntries(r.assessment.aspectScores.map((s) => [s.aspectId, s.level])) as Record<
        string,
        number | null
      >,
    };
  });
}

export type TCampaignTeamProgress = Awaited<ReturnType<typeof progressOf>>[number];

/** The organization's campaigns, newest first, each with its roll-up. */
export async function listCampaigns(ctx: OrgContext, today = isoDay()) {
  const rows = await db.campaign.findMany({
    where: { organizationId: ctx.orgId },
    select: { ...campaignSelect, teams: { select: progressSelect } },
    orderBy: [{ opensOn: "desc" }, { createdAt: "desc" }],
    take: 200,
  });
  return Promise.all(
    rows.map(async ({ teams, ...c }) => ({
      ...c,
      phase: campaignPhase({ status: c.status, opensOn: isoDay(c.opensOn), dueOn: isoDay(c.dueOn) }, today),
      counts: rollUp(await progressOf(teams as TProgressRow[], c, today)),
    })),
  );
}

/**
 * One campaign with every team's progress (state, answered k of n, overdue, reminder due today, last
 * reminder), the roll-up, and the round's results (assessments submitted before closing). NOT_FOUND for
 * ids of another organization.
 */
export async function getCampaign(ctx: OrgContext, campaignId: string, today = isoDay()) {
  const row = await db.campaign.findFirst({
    where: { id: campaignId, organizationId: ctx.orgId },
    select: {
      ...campaignSelect,
      teams: {
        select: {
          ...progressSelect,
          reminders: { select: { sentOn: true }, orderBy: { sentOn: "desc" }, take: 1 },
        },
        orderBy: { team: { name: "asc" } },
      },
    },
  });
  if (!row) throw new AppError("NOT_FOUND", "Campaign not found.");
  const model = await getModelDefinition(row.modelId);
  const questions = model.aspects.reduce((n, a) => n + a.questions.length, 0);
  const { teams, ...campaign } = row;
  const progress = await progressOf(teams as TProgressRow[], campaign, today);
  const lastReminded = new Map(teams.map((t) => [t.teamId, t.reminders[0]?.sentOn ?? null]));
  const leads = await db.teamMember.findMany({
    where: {
      teamId: { in: teams.map((t) => t.teamId) },
      team: { organizationId: ctx.orgId },
      user: { memberships: { some: { organizationId: ctx.orgId, role: "LEAD" } } },
    },
    select: { teamId: true, user: { select: { name: true } } },
    orderBy: { user: { name: "asc" } },
  });
  const leadsOf = (teamId: string) => leads.filter((l) => l.teamId === teamId).map((l) => l.user.name);
  const round = progress.filter((p) => p.inRound);
  return {
    ...campaign,
    model,
    questions,
    phase: campaignPhase(
      { status: campaign.status, opensOn: isoDay(campaign.opensOn), dueOn: isoDay(campaign.dueOn) },
      today,
    ),
    counts: rollUp(progress),
    teams: progress.map((p) => ({
      ...p,
      leads: leadsOf(p.teamId),
      lastRemindedOn: lastReminded.get(p.teamId),
    })),
    round: {
      results: round.length,
      medians: roundMedians(
        model.aspects.map((a) => a.id),
        round.map((r) => r.levels),
      ),
    },
  };
}

export type TCampaignDetail = Awaited<ReturnType<typeof getCampaign>>;

/**
 * Campaign rounds of one model for the trends page, oldest first: each round's results and median
 * level per aspect (assessments submitted in the round; a closed round counts those submitted before
 * it closed).
 */
export async function listCampaignRounds(ctx: OrgContext, modelId: string, aspectIds: readonly string[]) {
  const rows = await db.campaign.findMany({
    where: { organizationId: ctx.orgId, modelId },
    select: {
      id: true,
      title: true,
      status: true,
      opensOn: true,
      dueOn: true,
      closedAt: true,
      teams: {
        select: {
          assessment: {
            select: {
              status: true,
              submittedAt: true,
              aspectScores: { select: { aspectId: true, level: true } },
            },
          },
        },
      },
    },
    orderBy: [{ opensOn: "asc" }, { createdAt: "asc" }],
    take: 50,
  });
  return rows.map((c) => {
    const results = c.teams
      .map((t) => t.assessment)
      .filter((a) => inRound({ status: a.status, submittedAt: a.submittedAt, answered: 0 }, c.closedAt))
      .map((a) => Object.fromEntries(a.aspectScores.map((s) => [s.aspectId, s.level])));
    return {
      id: c.id,
      title: c.title,
      status: c.status,
      opensOn: c.opensOn,
      dueOn: c.dueOn,
      teams: c.teams.length,
      results: results.length,
      medians: roundMedians(aspectIds, results),
    };
  });
}

/** The open campaign an assessment belongs to (the newest, if several ever did), or null. */
export async function findAssessmentCampaign(ctx: OrgContext, assessmentId: string) {
  const row = await db.campaignTeam.findFirst({
    where: { assessmentId, campaign: { organizationId: ctx.orgId, status: "OPEN" } },
    orderBy: { campaign: { createdAt: "desc" } },
    select: { campaign: { select: { id: true, title: true, dueOn: true } } },
  });
  return row?.campaign ?? null;
}
