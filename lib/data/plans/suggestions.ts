/**
 * Suggested steps for a plan, computed on the server from the model and the journey's gap, and
 * adding the chosen ones. The client only sends suggestion keys: titles and characteristics always
 * come from the model content, and keys already in the plan are never added twice.
 */
import "server-only";
import type { OrgContext } from "@/lib/authz/context";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { suggestSteps } from "@/lib/plans/suggest";
import { getJourneyProgress } from "../journey-progress";
import { getModelDefinition } from "../models";
import { lockPlan, requirePlanEditor, requirePlanJourney } from "./index";

async function gapInputs(ctx: OrgContext, journeyId: string) {
  const journey = await requirePlanJourney(ctx, journeyId);
  const [definition, targetRows] = await Promise.all([
    getModelDefinition(journey.modelId),
    db.journeyTarget.findMany({
      where: { journeyId, journey: { organizationId: ctx.orgId } },
      select: { aspectId: true, level: true },
    }),
  ]);
  const targets = Object.fromEntries(targetRows.map((t) => [t.aspectId, t.level]));
  const progress = await getJourneyProgress(ctx, {
    teamId: journey.teamId,
    model: { key: journey.modelKey },
    definition,
    targets,
  });
  return {
    journey,
    definition,
    targets,
    current: progress.current,
    gaps: progress.gaps,
    latestAt: progress.latestAt,
  };
}

async function plannedKeys(ctx: OrgContext, journeyId: string) {
  const rows = await db.planStep.findMany({
    where: { journeyId, organizationId: ctx.orgId, suggestionKey: { not: null } },
    select: { suggestionKey: true },
  });
  return new Set(rows.map((r) => r.suggestionKey!));
}

/** The gap per aspect and the candidate steps not yet in the plan, in suggestion order. */
export async function getPlanSuggestions(ctx: OrgContext, journeyId: string) {
  const { journey, definition, targets, current, gaps, latestAt } = await gapInputs(ctx, journeyId);
  return {
    journey,
    definition,
    gaps,
    latestAt,
    suggestions: suggestSteps(definition, current, targets, await plannedKeys(ctx, journeyId)),
  };
}

/**
 * Adds the chosen suggestions (by key) as TODO steps after the plan's last step, optionally into an
 * open iteration. Keys that are unknown or already planned are skipped; returns how many were added.
 */
export async function addSuggestedSteps(
  ctx: OrgContext,
  journeyId: string,
  keys: readonly string[],
  iterationId: string | null,
) {
  await requirePlanEditor(ctx, journeyId);
  const { definition, targets, current } = await gapInputs(ctx, journeyId);
  return db.$transaction(async (tx) => {
    await requirePlanEditor(ctx, journeyId, tx);
    await lockPlan(tx, ctx, journeyId);
    if (iterationId) {
      const it = await tx.planIteration.findFirst({
        where: { id: iterationId, journeyId, organizationId: ctx.orgId },
        select: { status: true },
      });
      if (!it)
        throw new AppError("INVALID_INPUT", "Unknown iteration.", { iterationId: ["Unknown iteration"] });
      if (it.status === "CLOSED")
        throw new AppError("INVALID_INPUT", "That iteration is closed: choose an open one.", {
          iterationId: ["That iteration is closed"],
        });
    }
    const existing = await tx.planStep.findMany({
      where: { journeyId, organizationId: ctx.orgId },
      select: { suggestionKey: true, position: true },
    });
    const planned = new Set(existing.map((s) => s.suggestionKey).filter((k): k is string => k !== null));
    const wanted = new Set(keys);
    const chosen = suggestSteps(definition, current, targets, planned).filter((s) => wanted.has(s.key));
    let position = Math.max(0, ...existing.map((s) => s.position));
    await tx.planStep.createMany({
      data: chosen.map((s) => ({
        organizationId: ctx.orgId,
        journeyId,
        iterationId,
        aspectId: s.aspectId,
        level: s.level,
        characteristic: s.characteristic,
        suggestionKey: s.key,
        title: s.title,
        position: (position += 1),
        createdById: ctx.userId,
      })),
    });
    return { added: chosen.length, skipped: wanted.size - chosen.length };
  });
}
