/**
 * Baby-step plans of team journeys: reading a plan and changing its steps. Every query is scoped by
 * ctx.orgId; every mutation checks canEditTeamPlan (team LEAD/MEMBER, or org FACILITATOR/ADMIN).
 * Step edits use optimistic concurrency on `version`: a stale edit throws StepConflictError with the
 * latest values, never overwrites.
 */
import "server-only";
import { Prisma } from "@prisma/client";
import { z } from "zod";
import type { OrgContext } from "@/lib/authz/context";
import { canEditTeamPlan } from "@/lib/authz/roles";
import { isoDay, isoDayOrNull } from "@/lib/dates";
import { db, type TTx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { ZStepFields, type TStepInput, type TStepInputRaw, type TStepStatus } from "@/lib/plans/schemas";
import type { TPlanIteration, TPlanStep } from "@/lib/plans/types";
import { getModelDefinition } from "../models";
import { emitStepStatusChanged } from "../webhooks/outbox";

export const PLAN_FORBIDDEN = "Only the team's members, facilitators and admins can change its plan.";
export const STEP_CONFLICT_MESSAGE =
  "Someone else changed this step while you were editing. Your change was not saved; the latest values are shown.";

/** A stale step edit: carries the step as it is now, so the UI can show it. */
export class StepConflictError extends AppError {
  readonly latest: TPlanStep;
  constructor(latest: TPlanStep) {
    super(
      "CONFLICT",
      `${STEP_CONFLICT_MESSAGE} Now: "${latest.title}", ${latest.status.toLowerCase()}, owner ${latest.ownerName ?? "nobody"}.`,
    );
    this.latest = latest;
  }
}

export const stepSelect = {
  id: true,
  title: true,
  aspectId: true,
  level: true,
  characteristic: true,
  suggestionKey: true,
  notes: true,
  ownerId: true,
  dueOn: true,
  status: true,
  position: true,
  iterationId: true,
  completedAt: true,
  carriedFromId: true,
  version: true,
  updatedAt: true,
  owner: { select: { name: true, email: true } },
  outcomeId: true,
  outcome: { select: { name: true } },
} as const satisfies Prisma.PlanStepSelect;

export const toDate = (iso: string | null) => (iso ? new Date(`${iso}T00:00:00.000Z`) : null);

export function toStepDto(row: Prisma.PlanStepGetPayload<{ select: typeof stepSelect }>): TPlanStep {
  const { owner, outcome, dueOn, completedAt, updatedAt, ...rest } = row;
  return {
    ...rest,
    outcomeName: outcome?.name ?? null,
    ownerName: owner?.name ?? null,
    ownerEmail: owner?.email ?? null,
    dueOn: isoDayOrNull(dueOn),
    completedAt: completedAt?.toISOString() ?? null,
    updatedAt: updatedAt.toISOString(),
  };
}

export const iterationSelect = {
  id: true,
  name: true,
  startsOn: true,
  endsOn: true,
  status: true,
  baselineAssessmentId: true,
  closingAssessmentId: true,
  closedAt: true,
  version: true,
} as const satisfies Prisma.PlanIterationSelect;

export function toIterationDto(
  row: Prisma.PlanIterationGetPayload<{ select: typeof iterationSelect }>,
): TPlanIteration {
  return {
    ...row,
    startsOn: isoDayOrNull(row.startsOn)!,
    endsOn: isoDayOrNull(row.endsOn)!,
    closedAt: row.closedAt?.toISOString() ?? null,
  };
}

/** The team journey behind a plan and whether the caller may change it. Org-wide journeys have no plan. */
export async function requirePlanJourney(ctx: OrgContext, journeyId: string, client: TTx = db) {
  const row = await client.journey.findFirst({
    where: { id: journeyId, organizationId: ctx.orgId, teamId: { not: null } },
    select: {
      id: true,
      title: true,
      goal: true,
      status: true,
      teamId: true,
      modelId: true,
      model: { select: { key: true } },
      team: { select: { name: true, members: { where: { userId: ctx.userId }, select: { userId: true } } } },
    },
  });
  if (!row || !row.teamId || !row.team) throw new AppError("NOT_FOUND", "Plan not found.");
  return {
    id: row.id,
    title: row.title,
    goal: row.goal,
    journeyStatus: row.status,
    teamId: row.teamId,
    teamName: row.team.name,
    modelId: row.modelId,
    modelKey: row.model.key,
    canEdit: canEditTeamPlan(ctx.role, row.team.members.length > 0),
  };
}

/** As requirePlanJourney, but FORBIDDEN unless the caller may change the plan. */
export async function requirePlanEditor(ctx: OrgContext, journeyId: string, client: TTx = db) {
  const journey = await requirePlanJourney(ctx, journeyId, client);
  if (!journey.canEdit) throw new AppError("FORBIDDEN", PLAN_FORBIDDEN);
  return journey;
}

/** Serialises position changes and suggestion imports within one journey's plan. */
export async function lockPlan(tx: TTx, ctx: OrgContext, journeyId: string) {
  await tx.$queryRaw`SELECT id FROM journeys WHERE id = ${journeyId} AND organization_id = ${ctx.orgId} FOR UPDATE`;
}

/** People who may own a team's steps: the team's LEAD/MEMBER members, and the organization's facilitators and admins. */
export async function listPlanOwners(ctx: OrgContext, teamId: string, client: TTx = db) {
  const rows = await client.membership.findMany({
    where: {
      organizationId: ctx.orgId,
      OR: [
        { role: { in: ["FACILITATOR", "ADMIN"] } },
        {
          role: { in: ["LEAD", "MEMBER"] },
          user: { teams: { some: { teamId, team: { organizationId: ctx.orgId } } } },
        },
      ],
    },
    select: { role: true, user: { select: { id: true, name: true } } },
    orderBy: { user: { name: "asc" } },
  });
  return rows.map((r) => ({ id: r.user.id, name: r.user.name, role: r.role }));
}

/** Everything the plan pages show: steps in priority order, iterations oldest first, owners, edit right. */
export async function getPlan(ctx: OrgContext, journeyId: string) {
  const journey = await requirePlanJourney(ctx, journeyId);
  const [steps, iterations, owners, definition, outcomes] = await Promise.all([
    db.planStep.findMany({
      where: { journeyId, organizationId: ctx.orgId },
      select: stepSelect,
      orderBy: [{ position: "asc" }, { id: "asc" }],
    }),
    db.planIteration.findMany({
      where: { journeyId, organizationId: ctx.orgId },
      select: iterationSelect,
      orderBy: [{ startsOn: "asc" }, { id: "asc" }],
    }),
    listPlanOwners(ctx, journey.teamId),
    getModelDefinition(journey.modelId),
    db.journeyOutcome.findMany({
      where: { journeyId, organizationId: ctx.orgId },
      select: { id: true, name: true },
      orderBy: [{ position: "asc" }, { createdAt: "asc" }],
    }),
  ]);
  return {
    ...journey,
    definition,
    steps: steps.map(toStepDto),
    iterations: iterations.map(toIterationDto),
    owners,
    outcomes,
    today: isoDay(),
  };
}
export type TPlan = Awaited<ReturnType<typeof getPlan>>;

/** Parses raw input and checks it against the model, the team's owners and the journey's iterations. */
async function checkStepInput(
  ctx: OrgContext,
  journey: Awaited<ReturnType<typeof requirePlanJourney>>,
  raw: TStepInputRaw,
  tx: TTx,
  currentIterationId?: string | null,
): Promise<TStepInput> {
  const parsed = ZStepFields.safeParse(raw);
  if (!parsed.success) {
    const { fieldErrors } = z.flattenError(parsed.error);
    throw new AppError(
      "INVALID_INPUT",
      "Please fix the highlighted fields.",
      fieldErrors as Record<string, string[]>,
    );
  }
  const input = parsed.data;
  const model = await getModelDefinition(journey.modelId, tx);
  const fail = (field: string, message: string) =>
    new AppError("INVALID_INPUT", message, { [field]: [message] });
  if (!model.aspects.some((a) => a.id === input.aspectId))
    throw fail("aspectId", `"${input.aspectId}" is not an aspect of ${model.title}.`);
  if (input.level > model.levels.length)
    throw fail("level", `Level ${input.level} is not one of the model's levels (1–${model.levels.length}).`);
  if (input.ownerId && !(await listPlanOwners(ctx, journey.teamId, tx)).some((o) => o.id === input.ownerId)) {
    throw fail("ownerId", "Unknown owner: choose a member of the team, a facilitator or an admin.");
  }
  if (input.outcomeId) {
    const outcome = await tx.journeyOutcome.findFirst({
      where: { id: input.outcomeId, journeyId: journey.id, organizationId: ctx.orgId },
      select: { id: true },
    });
    if (!outcome) throw fail("outcomeId", "Unknown outcome: choose one of this journey's outcomes.");
  }
  if (input.iterationId && input.iterationId !== currentIterationId) {
    const it = await tx.planIteration.findFirst({
      where: { id: input.iterationId, journeyId: journey.id, organizationId: ctx.orgId },
      select: { status: true },
    });
    if (!it) throw fail("iterationId", "Unknown iteration.");
    if (it.status === "CLOSED") throw fail("iterationId", "That iteration is closed: choose an open one.");
  }
  return input;
}

const stepFields = (input: TStepInput, previous?: { status: TStepStatus; completedAt: Date | null }) => ({
  title: input.title,
  aspectId: input.aspectId,
  level: input.level,
  characteristic: input.characteristic,
  notes: input.notes,
  ownerId: input.ownerId,
  dueOn: toDate(input.dueOn),
  status: input.status,
  iterationId: input.iterationId,
  outcomeId: input.outcomeId,
  completedAt:
    input.status === "DONE" ? (previous?.status === "DONE" ? previous.completedAt : new Date()) : null,
});

/** Adds a step at the end of the priority order. `pastDue` flags a due date before today (allowed). */
export async function createStep(ctx: OrgContext, journeyId: string, raw: TStepInputRaw) {
  return db.$transaction(async (tx) => {
    const journey = await requirePlanEditor(ctx, journeyId, tx);
    const input = await checkStepInput(ctx, journey, raw, tx);
    await lockPlan(tx, ctx, journeyId);
    const last = await tx.planStep.aggregate({
      where: { journeyId, organizationId: ctx.orgId },
      _max: { position: true },
    });
    const row = await tx.planStep.create({
      data: {
        organizationId: ctx.orgId,
        journeyId,
        createdById: ctx.userId,
        position: (last._max.position ?? 0) + 1,
        ...stepFields(input),
      },
      select: stepSelect,
    });
    return { step: toStepDto(row), pastDue: input.dueOn !== null && input.dueOn < isoDay() };
  });
}

/** One step of the caller's organization with its journey; NOT_FOUND otherwise. */
export async function getStep(ctx: OrgContext, stepId: string, client: TTx = db) {
  const row = await client.planStep.findFirst({
    where: { id: stepId, organizationId: ctx.orgId },
    select: { ...stepSelect, journeyId: true },
  });
  if (!row) throw new AppError("NOT_FOUND", "Step not found.");
  const { journeyId, ...step } = row;
  return { journeyId, step: toStepDto(step) };
}

export const CLOSED_ITERATION_MESSAGE =
  "This step belongs to a closed iteration, whose review is final: change its carried copy in the open iteration instead.";

/** Steps are written only while their iteration (if any) is open: a closed iteration's review is final. */
const inOpenIteration = {
  OR: [{ iterationId: null }, { iteration: { status: "OPEN" as const } }],
} satisfies Prisma.PlanStepWhereInput;

async function conflict(ctx: OrgContext, stepId: string): Promise<never> {
  const { step } = await getStep(ctx, stepId);
  if (step.iterationId) {
    const it = await db.planIteration.findFirst({
      where: { id: step.iterationId, organizationId: ctx.orgId },
      select: { status: true },
    });
    if (it?.status === "CLOSED") throw new AppError("INVALID_STATE", CLOSED_ITERATION_MESSAGE);
  }
  throw new StepConflictError(step);
}

/** Saves an edit of every field if nobody changed the step since `expectedVersion`. */
export async function updateStep(
  ctx: OrgContext,
  stepId: string,
  raw: TStepInputRaw,
  expectedVersion: number,
) {
  const { journeyId } = await getStep(ctx, stepId);
  const saved = await db.$transaction(async (tx) => {
    const journey = await requirePlanEditor(ctx, journeyId, tx);
    const current = await tx.planStep.findFirst({
      where: { id: stepId, organizationId: ctx.orgId },
      select: { status: true, completedAt: true, iterationId: true, iteration: { select: { status: true } } },
    });
    if (!current) throw new AppError("NOT_FOUND", "Step not found.");
    if (current.iteration?.status === "CLOSED") throw new AppError("INVALID_STATE", CLOSED_ITERATION_MESSAGE);
    const input = await checkStepInput(ctx, journey, raw, tx, current.iterationId);
    const { count } = await tx.planStep.updateMany({
      where: { id: stepId, organizationId: ctx.orgId, version: expectedVersion, ...inOpenIteration },
      data: { ...stepFields(input, current), version: { increment: 1 } },
    });
    if (count === 0) return null;
    await emitStepStatusChanged(tx, ctx.orgId, stepId, current.status, input.status);
    return { pastDue: input.dueOn !== null && input.dueOn < isoDay() };
  });
  if (!saved) return conflict(ctx, stepId);
  return { ...(await getStep(ctx, stepId)), ...saved };
}

/** Board moves: only the status changes (and completedAt); same version check as a full edit. */
export async function setStepStatus(
  ctx: OrgContext,
  stepId: string,
  status: TStepStatus,
  expectedVersion: number,
) {
  const { journeyId, step } = await getStep(ctx, stepId);
  await requirePlanEditor(ctx, journeyId);
  const completedAt =
    status === "DONE"
      ? step.status === "DONE" && step.completedAt
        ? new Date(step.completedAt)
        : new Date()
      : null;
  const changed = await db.$transaction(async (tx) => {
    const { count } = await tx.planStep.updateMany({
      where: { id: stepId, organizationId: ctx.orgId, version: expectedVersion, ...inOpenIteration },
      data: { status, completedAt, version: { increment: 1 } },
    });
    if (count > 0) await emitStepStatusChanged(tx, ctx.orgId, stepId, step.status, status);
    return count > 0;
  });
  if (!changed) return conflict(ctx, stepId);
  return getStep(ctx, stepId);
}

/**
 * Moves a step one place up or down the priority order (swaps positions with its neighbour). Priority
 * is the plan's, not the step's content, so versions are not bumped and nobody's edit conflicts.
 */
export async function moveStep(ctx: OrgContext, stepId: string, direction: "up" | "down") {
  const { journeyId } = await getStep(ctx, stepId);
  return db.$transaction(async (tx) => {
    await requirePlanEditor(ctx, journeyId, tx);
    await lockPlan(tx, ctx, journeyId);
    const steps = await tx.planStep.findMany({
      where: { journeyId, organizationId: ctx.orgId },
      select: { id: true, position: true },
      orderBy: [{ position: "asc" }, { id: "asc" }],
    });
    const index = steps.findIndex((s) => s.id === stepId);
    const other = steps[direction === "up" ? index - 1 : index + 1];
    if (index < 0 || !other) return { moved: false };
    // Renumber densely so equal positions (e.g. from concurrent inserts) can never block a swap.
    const order = steps.map((s) => s.id);
    [order[index], order[steps.indexOf(other)]] = [other.id, stepId];
    for (const [i, id] of order.entries())
      if (steps.find((s) => s.id === id)!.position !== i + 1)
        await tx.planStep.update({ where: { id }, data: { position: i + 1 } });
    return { moved: true };
  });
}

/** Plans (team journeys) of the organization, or of one team, with step counts; newest first. */
export async function listPlans(ctx: OrgContext, teamId: string | null) {
  const rows = await db.journey.findMany({
    where: { organizationId: ctx.orgId, teamId: teamId ?? { not: null } },
    select: { id: true, title: true, status: true, teamId: true, team: { select: { name: true } } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
  });
  const counts = await db.planStep.groupBy({
    by: ["journeyId", "status"],
    where: { organizationId: ctx.orgId, journeyId: { in: rows.map((r) => r.id) } },
    _count: { _all: true },
  });
  const count = (journeyId: string, done: boolean) =>
    counts
      .filter((c) => c.journeyId === journeyId && (done ? c.status === "DONE" : c.status !== "DROPPED"))
      .reduce((n, c) => n + c._count._all, 0);
  return rows.map((r) => ({
    id: r.id,
    journeyId: r.id,
    teamId: r.teamId!,
    teamName: r.team?.name ?? "",
    title: r.title,
    status: r.status,
    steps: count(r.id, false),
    done: count(r.id, true),
  }));
}
