/**
 * Outcome goals of a journey: outcomes, their check-ins, checklist requirements and the per-team
 * status of requirements (teams × requirements matrix of an org journey). Every query is scoped by
 * the caller's organization; changes need the journey's editors (team journey: the team's lead,
 * facilitators, admins; org journey: facilitators and admins). A team's editors may also set their
 * own team's row of the matrix.
 */
import "server-only";
import type { Prisma } from "@prisma/client";
import { z } from "zod";
import { type OrgContext, requireTeam, requireTeamEditor } from "@/lib/authz/context";
import { canEditJourney, hasRole } from "@/lib/authz/roles";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { isoDay, isoDayOrNull as toIsoDate } from "@/lib/dates";
import {
  ZCheckInInput,
  ZOutcomeInput,
  ZRequirementInput,
  ZTeamRequirementInput,
  type TCheckInInputRaw,
  type TOutcomeInputRaw,
  type TRequirementInputRaw,
} from "@/lib/journeys/outcome-schemas";
import {
  assessOutcome,
  requirementDone,
  type TCheckInPoint,
  type TRequirementStatus,
} from "@/lib/journeys/outcome-status";
import { requireJourneyEditor } from "./journeys";

/** Teams shown in the teams × requirements matrix at most (alphabetical); the page says when more exist. */
export const MATRIX_TEAM_LIMIT = 200;

function parse<S extends z.ZodType>(schema: S, raw: unknown): z.output<S> {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const { fieldErrors, formErrors } = z.flattenError(parsed.error);
    throw new AppError(
      "INVALID_INPUT",
      formErrors[0] ?? "Please fix the highlighted fields.",
      fieldErrors as Record<string, string[]>,
    );
  }
  return parsed.data;
}

const toDate = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const todayIso = (now: Date) => isoDay(now);

async function requireJourneyRow(ctx: OrgContext, journeyId: string) {
  const row = await db.journey.findFirst({
    where: { id: journeyId, organizationId: ctx.orgId },
    select: { id: true, teamId: true },
  });
  if (!row) throw new AppError("NOT_FOUND", "Journey not found.");
  return row;
}

async function requireOutcomeRow(ctx: OrgContext, outcomeId: string) {
  const row = await db.journeyOutcome.findFirst({
    where: { id: outcomeId, organizationId: ctx.orgId },
    select: {
      id: true,
      kind: true,
      journeyId: true,
      baselineOn: true,
      journey: { select: { teamId: true } },
    },
  });
  if (!row) throw new AppError("NOT_FOUND", "Outcome not found.");
  return row;
}

async function requireRequirementRow(ctx: OrgContext, requirementId: string) {
  const row = await db.outcomeRequirement.findFirst({
    where: { id: requirementId, organizationId: ctx.orgId },
    select: {
      id: true,
      perTeam: true,
      outcome: { select: { journeyId: true, journey: { select: { teamId: true } } } },
    },
  });
  if (!row) throw new AppError("NOT_FOUND", "Requirement not found.");
  return row;
}

/** An owner must be a member of the caller's organization. */
async function checkOwner(ctx: OrgContext, ownerId: string | null) {
  if (!ownerId) return;
  const member = await db.membership.findFirst({
    where: { organizationId: ctx.orgId, userId: ownerId },
    select: { id: true },
  });
  if (!member)
    throw new AppError("INVALID_INPUT", "The owner must be a member of this organization.", {
      ownerId: ["Choose an owner from the list"],
    });
}

export async function createOutcome(ctx: OrgContext, journeyId: string, raw: TOutcomeInputRaw) {
  const journey = await requireJourneyRow(ctx, journeyId);
  await requireJourneyEditor(ctx, journey.teamId);
  const input = parse(ZOutcomeInput, raw);
  const position = await db.journeyOutcome.count({ where: { journeyId, organizationId: ctx.orgId } });
  return db.journeyOutcome.create({
    data: {
      organizationId: ctx.orgId,
      journeyId,
      kind: input.kind,
      name: input.name,
      unit: input.unit,
      baseline: input.baseline,
      baselineOn: toDate(input.baselineOn),
      target: input.target,
      deadline: toDate(input.deadline),
      position,
      createdById: ctx.userId,
    },
    select: { id: true, journeyId: true },
  });
}

export async function deleteOutcome(ctx: OrgContext, outcomeId: string) {
  const row = await requireOutcomeRow(ctx, outcomeId);
  await requireJourneyEditor(ctx, row.journey.teamId);
  await db.journeyOutcome.deleteMany({ where: { id: outcomeId, organizationId: ctx.orgId } });
  return { journeyId: row.journeyId, teamId: row.journey.teamId };
}

/** Records a check-in of a METRIC outcome; its date may not be before the baseline date nor in the future. */
export async function addCheckIn(
  ctx: OrgContext,
  outcomeId: string,
  raw: TCheckInInputRaw,
  now = new Date(),
) {
  const row = await requireOutcomeRow(ctx, outcomeId);
  await requireJourneyEditor(ctx, row.journey.teamId);
  const input = parse(ZCheckInInput, raw);
  if (row.kind !== "METRIC")
    throw new AppError(
      "INVALID_INPUT",
      "A checklist's value comes from its requirements; mark them done instead.",
    );
  if (input.checkedOn < toIsoDate(row.baselineOn)!)
    throw new AppError("INVALID_INPUT", "A check-in can't be dated before the baseline date.", {
      checkedOn: [`On or after ${toIsoDate(row.baselineOn)}`],
    });
  if (input.checkedOn > todayIso(now))
    throw new AppError("INVALID_INPUT", "A check-in can't be dated in the future.", {
      checkedOn: ["Today or earlier"],
    });
  return db.outcomeCheckIn.create({
    data: {
      organizationId: ctx.orgId,
      outcomeId,
      value: input.value,
      checkedOn: toDate(input.checkedOn),
      note: input.note,
      createdById: ctx.userId,
    },
    select: { id: true },
  });
}

export async function addRequirement(ctx: OrgContext, outcomeId: string, raw: TRequirementInputRaw) {
  const row = await requireOutcomeRow(ctx, outcomeId);
  await requireJourneyEditor(ctx, row.journey.teamId);
  const input = parse(ZRequirementInput, raw);
  if (row.kind !== "CHECKLIST")
    throw new AppError("INVALID_INPUT", "Requirements belong to checklist outcomes.");
  if (input.perTeam && row.journey.teamId !== null)
    throw new AppError("INVALID_INPUT", "Per-team requirements belong to organization journeys.", {
      perTeam: ["Only on organization journeys"],
    });
  await checkOwner(ctx, input.ownerId);
  const position = await db.outcomeRequirement.count({ where: { outcomeId, organizationId: ctx.orgId } });
  return db.outcomeRequirement.create({
    data: {
      organizationId: ctx.orgId,
      outcomeId,
      name: input.name,
      ownerId: input.ownerId,
      dueOn: input.dueOn ? toDate(input.dueOn) : null,
      status: input.status,
      evidence: input.evidence,
      perTeam: input.perTeam,
      position,
    },
    select: { id: true },
  });
}

export async function updateRequirement(ctx: OrgContext, requirementId: string, raw: TRequirementInputRaw) {
  const row = await requireRequirementRow(ctx, requirementId);
  await requireJourneyEditor(ctx, row.outcome.journey.teamId);
  const input = parse(ZRequirementInput, raw);
  if (input.perTeam && row.outcome.journey.teamId !== null)
    throw new AppError("INVALID_INPUT", "Per-team requirements belong to organization journeys.", {
      perTeam: ["Only on organization journeys"],
    });
  await checkOwner(ctx, input.ownerId);
  await db.outcomeRequirement.updateMany({
    where: { id: requirementId, organizationId: ctx.orgId },
    data: {
      name: input.name,
      ownerId: input.ownerId,
      dueOn: input.dueOn ? toDate(input.dueOn) : null,
      status: input.status,
      evidence: input.evidence,
      perTeam: input.perTeam,
    },
  });
  return { journeyId: row.outcome.journeyId };
}

/** Sets one cell of the teams × requirements matrix: the journey's editors, or the team's own editors. */
export async function setTeamRequirementStatus(
  ctx: OrgContext,
  requirementId: string,
  teamId: string,
  raw: unknown,
) {
  const row = await requireRequirementRow(ctx, requirementId);
  if (!row.perTeam) throw new AppError("INVALID_INPUT", "This requirement is not tracked per team.");
  if (hasRole(ctx.role, "FACILITATOR")) await requireTeam(ctx, teamId);
  else await requireTeamEditor(ctx, teamId);
  const input = parse(ZTeamRequirementInput, raw);
  await db.requirementTeamStatus.upsert({
    where: { requirementId_teamId: { requirementId, teamId } },
    create: { requirementId, teamId, status: input.status, evidence: input.evidence },
    update: { status: input.status, evidence: input.evidence },
  });
  return { journeyId: row.outcome.journeyId };
}

const outcomeSelect = {
  id: true,
  kind: true,
  name: true,
  unit: true,
  baseline: true,
  baselineOn: true,
  target: true,
  deadline: true,
  checkIns: {
    select: { id: true, value: true, checkedOn: true, note: true },
    orderBy: [{ checkedOn: "asc" as const }, { createdAt: "asc" as const }],
  },
  requirements: {
    select: {
      id: true,
      name: true,
      ownerId: true,
      owner: { select: { name: true } },
      dueOn: true,
      status: true,
      evidence: true,
      perTeam: true,
      teamStatuses: { select: { teamId: true, status: true, evidence: true } },
    },
    orderBy: [{ position: "asc" as const }, { id: "asc" as const }],
  },
} satisfies Prisma.JourneyOutcomeSelect;

type TOutcomeRow = NonNullable<Awaited<ReturnType<typeof loadOutcomeRows>>>[number];
function loadOutcomeRows(ctx: OrgContext, journeyId: string, outcomeId?: string) {
  return db.journeyOutcome.findMany({
    where: { organizationId: ctx.orgId, journeyId, ...(outcomeId ? { id: outcomeId } : {}) },
    select: outcomeSelect,
    orderBy: [{ position: "asc" }, { createdAt: "asc" }],
  });
}

/** Shapes an outcome row for pages: ISO dates, its check-in points, done count and status at `today`. */
function present(row: TOutcomeRow, teamIds: readonly string[], today: string) {
  const plan = {
    baseline: row.baseline,
    baselineOn: toIsoDate(row.baselineOn)!,
    target: row.target,
    deadline: toIsoDate(row.deadline)!,
  };
  const requirements = row.requirements.map((r) => {
    const statuses = new Map(r.teamStatuses.map((t) => [t.teamId, t.status as TRequirementStatus]));
    return {
      id: r.id,
      name: r.name,
      ownerId: r.ownerId,
      ownerName: r.owner?.name ?? null,
      dueOn: toIsoDate(r.dueOn),
      status: r.status as TRequirementStatus,
      evidence: r.evidence,
      perTeam: r.perTeam,
      teamStatuses: Object.fromEntries(
        r.teamStatuses.map((t) => [
          t.teamId,
          { status: t.status as TRequirementStatus, evidence: t.evidence },
        ]),
      ),
      done: requirementDone({ status: r.status, perTeam: r.perTeam }, statuses, teamIds),
      teamsDone: r.perTeam ? teamIds.filter((id) => statuses.get(id) === "DONE").length : null,
    };
  });
  const doneCount = requirements.filter((r) => r.done).length;
  const points: TCheckInPoint[] =
    row.kind === "METRIC"
      ? row.checkIns.map((c) => ({ date: toIsoDate(c.checkedOn)!, value: c.value }))
      : today > plan.baselineOn
        ? [{ date: today, value: plan.baseline + doneCount }]
        : [];
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    unit: row.unit,
    ...plan,
    checkIns: row.checkIns.map((c) => ({
      id: c.id,
      value: c.value,
      date: toIsoDate(c.checkedOn)!,
      note: c.note,
    })),
    points,
    requirements,
    doneCount,
    assessment: assessOutcome(plan, points, today),
  };
}
export type TOutcomeView = ReturnType<typeof present>;

async function matrixTeams(ctx: OrgContext, isOrgJourney: boolean, rows: readonly TOutcomeRow[]) {
  const needed = isOrgJourney && rows.some((r) => r.requirements.some((q) => q.perTeam));
  if (!needed) return { teams: [], totalTeams: 0 };
  const [teams, totalTeams] = await Promise.all([
    db.team.findMany({
      where: { organizationId: ctx.orgId },
      select: { id: true, name: true },
      orderBy: { name: "asc" },
      take: MATRIX_TEAM_LIMIT,
    }),
    db.team.count({ where: { organizationId: ctx.orgId } }),
  ]);
  return { teams, totalTeams };
}

/** The journey's outcomes with status and forecast, for the journey page. */
export async function listOutcomes(ctx: OrgContext, journeyId: string, now = new Date()) {
  const journey = await requireJourneyRow(ctx, journeyId);
  const rows = await loadOutcomeRows(ctx, journeyId);
  const { teams } = await matrixTeams(ctx, journey.teamId === null, rows);
  return rows.map((r) =>
    present(
      r,
      teams.map((t) => t.id),
      todayIso(now),
    ),
  );
}

/**
 * One outcome of a journey with everything its page shows: check-ins, requirements, the teams ×
 * requirements matrix (org journeys), the org's members as owner choices, and what the caller may change.
 */
export async function getOutcome(ctx: OrgContext, journeyId: string, outcomeId: string, now = new Date()) {
  const journey = await db.journey.findFirst({
    where: { id: journeyId, organizationId: ctx.orgId },
    select: {
      id: true,
      title: true,
      teamId: true,
      team: {
        select: {
          id: true,
          name: true,
          members: { where: { userId: ctx.userId }, select: { userId: true } },
        },
      },
    },
  });
  if (!journey) throw new AppError("NOT_FOUND", "Journey not found.");
  const [row] = await loadOutcomeRows(ctx, journeyId, outcomeId);
  if (!row) throw new AppError("NOT_FOUND", "Outcome not found.");
  const { teams, totalTeams } = await matrixTeams(ctx, journey.teamId === null, [row]);
  const canEdit = canEditJourney(ctx.role, journey.team ? journey.team.members.length > 0 : null);
  // Teams whose row of the matrix the caller may set (their own teams as lead; every team as facilitator).
  const editableTeamIds = hasRole(ctx.role, "FACILITATOR")
    ? teams.map((t) => t.id)
    : hasRole(ctx.role, "LEAD") && teams.length > 0
      ? (
          await db.teamMember.findMany({
            where: { userId: ctx.userId, teamId: { in: teams.map((t) => t.id) } },
            select: { teamId: true },
          })
        ).map((m) => m.teamId)
      : [];
  const owners = canEdit
    ? await db.user.findMany({
        where: { memberships: { some: { organizationId: ctx.orgId } } },
        select: { id: true, name: true },
        orderBy: { name: "asc" },
        take: 500,
      })
    : [];
  return {
    journey: {
      id: journey.id,
      title: journey.title,
      teamId: journey.teamId,
      team: journey.team ? { id: journey.team.id, name: journey.team.name } : null,
    },
    outcome: present(
      row,
      teams.map((t) => t.id),
      todayIso(now),
    ),
    teams,
    totalTeams,
    owners,
    canEdit,
    editableTeamIds,
  };
}
export type TOutcomeDetail = Awaited<ReturnType<typeof getOutcome>>;

/** Outcomes of a journey as choices for a plan step's link (id and name only). */
export async function listOutcomeChoices(ctx: OrgContext, journeyId: string) {
  return db.journeyOutcome.findMany({
    where: { organizationId: ctx.orgId, journeyId },
    select: { id: true, name: true },
    orderBy: [{ position: "asc" }, { createdAt: "asc" }],
  });
}
