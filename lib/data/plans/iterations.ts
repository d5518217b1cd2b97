/**
 * Plan iterations: open one (recording the team's latest submitted assessment as its baseline), close
 * it (recording the assessment it ends with) and carry unfinished steps into the next one as copies
 * (carriedFromId), so the closed iteration keeps its history. Reviews compare baseline and closing levels.
 */
import "server-only";
import { z } from "zod";
import type { OrgContext } from "@/lib/authz/context";
import { db, type TTx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { carryCandidates, levelMovement } from "@/lib/plans/review";
import {
  ZCloseFields,
  ZIterationFields,
  type TIterationInput,
  type TIterationInputRaw,
} from "@/lib/plans/schemas";
import type { TPlanIteration, TPlanStep } from "@/lib/plans/types";
import type { TMaturityModel } from "@/lib/model/schema";
import {
  iterationSelect,
  lockPlan,
  requirePlanEditor,
  stepSelect,
  toDate,
  toIterationDto,
  toStepDto,
} from "./index";

type TPlanJourney = Awaited<ReturnType<typeof requirePlanEditor>>;

export const ITERATION_CONFLICT_MESSAGE =
  "Someone else changed or closed this iteration meanwhile. Nothing was saved; the page shows the latest state.";

function parseOrThrow<S extends z.ZodType>(schema: S, raw: unknown): z.output<S> {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const { fieldErrors } = z.flattenError(parsed.error);
  throw new AppError(
    "INVALID_INPUT",
    "Please fix the highlighted fields.",
    fieldErrors as Record<string, string[]>,
  );
}

/** The team's newest submitted assessment of the journey's model (any version), or null. */
async function latestSubmittedId(tx: TTx, ctx: OrgContext, journey: TPlanJourney) {
  const row = await tx.assessment.findFirst({
    where: {
      organizationId: ctx.orgId,
      teamId: journey.teamId,
      status: "SUBMITTED",
      model: { key: journey.modelKey },
    },
    select: { id: true },
    orderBy: [{ submittedAt: "desc" }, { id: "desc" }],
  });
  return row?.id ?? null;
}

async function insertIteration(tx: TTx, ctx: OrgContext, journey: TPlanJourney, input: TIterationInput) {
  const row = await tx.planIteration.create({
    data: {
      organizationId: ctx.orgId,
      journeyId: journey.id,
      name: input.name,
      startsOn: toDate(input.startsOn)!,
      endsOn: toDate(input.endsOn)!,
      baselineAssessmentId: await latestSubmittedId(tx, ctx, journey),
      createdById: ctx.userId,
    },
    select: iterationSelect,
  });
  return toIterationDto(row);
}

/** Opens an iteration (e.g. a quarter) of a journey's plan. */
export async function createIteration(ctx: OrgContext, journeyId: string, raw: TIterationInputRaw) {
  const input = parseOrThrow(ZIterationFields, raw);
  return db.$transaction(async (tx) =>
    insertIteration(tx, ctx, await requirePlanEditor(ctx, journeyId, tx), input),
  );
}

/** Copies the unfinished, not yet carried steps of `fromId` into the open iteration `toId`, after the plan's last step. */
async function carry(tx: TTx, ctx: OrgContext, journeyId: string, fromId: string, toId: string) {
  await lockPlan(tx, ctx, journeyId);
  const steps = (
    await tx.planStep.findMany({
      where: { journeyId, organizationId: ctx.orgId },
      select: stepSelect,
      orderBy: [{ position: "asc" }, { id: "asc" }],
    })
  ).map(toStepDto);
  const candidates = carryCandidates(steps, fromId);
  let position = Math.max(0, ...steps.map((s) => s.position));
  for (const s of candidates) {
    position += 1;
    await tx.planStep.create({
      data: {
        organizationId: ctx.orgId,
        journeyId,
        iterationId: toId,
        aspectId: s.aspectId,
        level: s.level,
        characteristic: s.characteristic,
        suggestionKey: s.suggestionKey,
        title: s.title,
        notes: s.notes,
        ownerId: s.ownerId,
        dueOn: toDate(s.dueOn),
        status: s.status,
        position,
        carriedFromId: s.id,
        outcomeId: s.outcomeId,
        createdById: ctx.userId,
      },
    });
  }
  return candidates.length;
}

async function requireIteration(tx: TTx, ctx: OrgContext, iterationId: string) {
  const row = await tx.planIteration.findFirst({
    where: { id: iterationId, organizationId: ctx.orgId },
    select: { ...iterationSelect, journeyId: true },
  });
  if (!row) throw new AppError("NOT_FOUND", "Iteration not found.");
  return row;
}

/**
 * Closes an OPEN iteration if nobody changed it since `expectedVersion`. Optionally opens the next
 * iteration (nextName/nextStartsOn/nextEndsOn) and carries the unfinished steps into it, or into the
 * earliest other open iteration when no new one is named.
 */
export async function closeIteration(
  ctx: OrgContext,
  iterationId: string,
  expectedVersion: number,
  raw: z.input<typeof ZCloseFields> = {},
) {
  const options = parseOrThrow(ZCloseFields, raw);
  const next = options.nextName
    ? parseOrThrow(ZIterationFields, {
        name: options.nextName,
        startsOn: options.nextStartsOn,
        endsOn: options.nextEndsOn,
      })
    : null;
  return db.$transaction(async (tx) => {
    const it = await requireIteration(tx, ctx, iterationId);
    const journey = await requirePlanEditor(ctx, it.journeyId, tx);
    const latest = await latestSubmittedId(tx, ctx, journey);
    const { count } = await tx.planIteration.updateMany({
      where: { id: iterationId, organizationId: ctx.orgId, version: expectedVersion, status: "OPEN" },
      data: {
        status: "CLOSED",
        closedAt: new Date(),
        closingAssessmentId: latest !== it.baselineAssessmentId ? latest : null,
        version: { increment: 1 },
      },
    });
    if (count === 0) throw new AppError("CONFLICT", ITERATION_CONFLICT_MESSAGE);
    const created = next ? await insertIteration(tx, ctx, journey, next) : null;
    let carried = 0;
    if (options.carry) {
      const target =
        created ??
        (await tx.planIteration.findFirst({
          where: { journeyId: journey.id, organizationId: ctx.orgId, status: "OPEN" },
          select: { id: true },
          orderBy: [{ startsOn: "asc" }, { id: "asc" }],
        }));
      if (!target)
        throw new AppError(
          "INVALID_INPUT",
          "There is no open iteration to carry the unfinished steps into: name the next iteration.",
          { nextName: ["Name the next iteration to carry steps into it"] },
        );
      carried = await carry(tx, ctx, journey.id, iterationId, target.id);
    }
    return { journeyId: journey.id, next: created, carried };
  });
}

/** Carries a (closed) iteration's unfinished steps into another open iteration of the same plan, on request. */
export async function carryUnfinished(ctx: OrgContext, fromIterationId: string, toIterationId: string) {
  return db.$transaction(async (tx) => {
    const from = await requireIteration(tx, ctx, fromIterationId);
    const to = await requireIteration(tx, ctx, toIterationId);
    if (to.journeyId !== from.journeyId) throw new AppError("NOT_FOUND", "Iteration not found.");
    if (to.status !== "OPEN" || to.id === from.id)
      throw new AppError("INVALID_INPUT", "Choose another, open iteration.", {
        toIterationId: ["Choose another, open iteration"],
      });
    await requirePlanEditor(ctx, from.journeyId, tx);
    return { journeyId: from.journeyId, carried: await carry(tx, ctx, from.journeyId, from.id, to.id) };
  });
}

export type TIterationReview = Readonly<{
  iterationId: string;
  done: TPlanStep[];
  unfinished: number;
  before: { id: string; title: string; submittedAt: string } | null;
  after: { id: string; title: string; submittedAt: string } | null;
  movement: ReturnType<typeof levelMovement>;
}>;

/**
 * What each closed iteration achieved: its done steps and the level change per aspect between its
 * baseline and its closing assessment. When the team re-assessed only after closing, the first
 * assessment submitted after the close counts as the closing one. One query for every iteration.
 */
export async function getIterationReviews(
  ctx: OrgContext,
  plan: Readonly<{
    teamId: string;
    modelKey: string;
    definition: TMaturityModel;
    iterations: readonly TPlanIteration[];
    steps: readonly TPlanStep[];
  }>,
): Promise<TIterationReview[]> {
  const closed = plan.iterations.filter((i) => i.status === "CLOSED");
  if (closed.length === 0) return [];
  const rows = await db.assessment.findMany({
    where: {
      organizationId: ctx.orgId,
      teamId: plan.teamId,
      status: "SUBMITTED",
      model: { key: plan.modelKey },
    },
    select: {
      id: true,
      title: true,
      submittedAt: true,
      aspectScores: { select: { aspectId: true, level: true } },
    },
    orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
  });
  const ref = (r: (typeof rows)[number] | undefined) =>
    r ? { id: r.id, title: r.title, submittedAt: (r.submittedAt ?? new Date(0)).toISOString() } : null;
  const levels = (r: (typeof rows)[number] | undefined) =>
    Object.fromEntries((r?.aspectScores ?? []).map((s) => [s.aspectId, s.level]));
  return closed.map((it) => {
    const before = rows.find((r) => r.id === it.baselineAssessmentId);
    const after =
      rows.find((r) => r.id === it.closingAssessmentId) ??
      rows.find(
        (r) =>
          it.closedAt !== null &&
          r.submittedAt !== null &&
          r.submittedAt >= new Date(it.closedAt) &&
          r.id !== it.baselineAssessmentId,
      );
    const own = plan.steps.filter((s) => s.iterationId === it.id);
    return {
      iterationId: it.id,
      done: own.filter((s) => s.status === "DONE"),
      unfinished: carryCandidates(plan.steps, it.id).length,
      before: ref(before),
      after: ref(after),
      movement: after ? levelMovement(plan.definition.aspects, levels(before), levels(after)) : [],
    };
  });
}
