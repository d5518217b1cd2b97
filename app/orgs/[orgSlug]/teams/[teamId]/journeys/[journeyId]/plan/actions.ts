"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { defineFormAction } from "@/lib/action";
import { AppError } from "@/lib/errors";
import { createStep, moveStep, setStepStatus, StepConflictError, updateStep } from "@/lib/data/plans";
import { carryUnfinished, closeIteration, createIteration } from "@/lib/data/plans/iterations";
import { addSuggestedSteps } from "@/lib/data/plans/suggestions";
import { orgPath, planPath } from "@/lib/paths";
import { STEP_STATUSES, ZCloseFields, ZIterationFields, ZStepFields, ZVersion } from "@/lib/plans/schemas";
import { requireOrg } from "@/lib/authz";

const ZId = z.string().trim().min(1).max(40);
// Viewers pass requireOrg; the DAL refuses them (and non-members of the team) with a clear message.
const ZScope = z.object({ orgSlug: z.string().trim().min(1).max(60), teamId: ZId, journeyId: ZId });
type TScope = z.output<typeof ZScope>;

const plan = (s: TScope, sub = "") => planPath(s.orgSlug, s.teamId, s.journeyId, sub);
function refresh(s: TScope) {
  revalidatePath(plan(s), "layout");
  revalidatePath(orgPath(s.orgSlug));
}
const ok = (message: string) => ({ message });

export const createStepAction = defineFormAction(
  z.intersection(ZScope, ZStepFields),
  async ({ orgSlug, teamId, journeyId, ...input }) => {
    const ctx = await requireOrg(orgSlug);
    await createStep(ctx, journeyId, input);
    refresh({ orgSlug, teamId, journeyId });
    redirect(plan({ orgSlug, teamId, journeyId }, "list"));
  },
);

const ZUpdate = z.intersection(
  ZScope.extend({ stepId: ZId, version: ZVersion, returnTo: z.enum(["board", "list"]).default("board") }),
  ZStepFields,
);

export const updateStepAction = defineFormAction(
  ZUpdate,
  async ({ orgSlug, teamId, journeyId, stepId, version, returnTo, ...input }) => {
    const ctx = await requireOrg(orgSlug);
    try {
      await updateStep(ctx, stepId, input, version);
    } catch (err) {
      // Re-render the edit page: the form remounts with the values the other person saved.
      if (err instanceof StepConflictError)
        revalidatePath(plan({ orgSlug, teamId, journeyId }, `steps/${stepId}`));
      throw err;
    }
    refresh({ orgSlug, teamId, journeyId });
    redirect(plan({ orgSlug, teamId, journeyId }, returnTo === "list" ? "list" : ""));
  },
);

const ZStatus = ZScope.extend({ stepId: ZId, version: ZVersion, status: z.enum(STEP_STATUSES) });

export const setStepStatusAction = defineFormAction(
  ZStatus,
  async ({ stepId, version, status, ...scope }) => {
    const ctx = await requireOrg(scope.orgSlug);
    try {
      await setStepStatus(ctx, stepId, status, version);
    } finally {
      refresh(scope); // on a conflict too: the board then shows the latest values
    }
    return ok((await getTranslations("plans.actions"))("moved"));
  },
);

const ZMove = ZScope.extend({ stepId: ZId, direction: z.enum(["up", "down"]) });

export const moveStepAction = defineFormAction(ZMove, async ({ stepId, direction, ...scope }) => {
  const ctx = await requireOrg(scope.orgSlug);
  const { moved } = await moveStep(ctx, stepId, direction);
  refresh(scope);
  const t = await getTranslations("plans.actions");
  if (moved) return ok(t(direction === "up" ? "movedUp" : "movedDown"));
  return ok(t(direction === "up" ? "atTop" : "atBottom"));
});

export const createIterationAction = defineFormAction(
  z.intersection(ZScope, ZIterationFields),
  async ({ orgSlug, teamId, journeyId, ...input }) => {
    const ctx = await requireOrg(orgSlug);
    const it = await createIteration(ctx, journeyId, input);
    refresh({ orgSlug, teamId, journeyId });
    redirect(`${plan({ orgSlug, teamId, journeyId }, "iterations")}?opened=${it.id}`);
  },
);

const ZClose = z.intersection(ZScope.extend({ iterationId: ZId, version: ZVersion }), ZCloseFields);

export const closeIterationAction = defineFormAction(
  ZClose,
  async ({ orgSlug, teamId, journeyId, iterationId, version, ...options }) => {
    const ctx = await requireOrg(orgSlug);
    let result: Awaited<ReturnType<typeof closeIteration>>;
    try {
      result = await closeIteration(ctx, iterationId, version, options);
    } catch (err) {
      if (err instanceof AppError && err.code === "CONFLICT") refresh({ orgSlug, teamId, journeyId }); // show the latest state
      throw err;
    }
    refresh({ orgSlug, teamId, journeyId });
    // The close form disappears with the open iteration, so the outcome travels in the URL.
    const query = new URLSearchParams({
      closed: iterationId,
      carried: String(result.carried),
      ...(result.next ? { opened: result.next.id } : {}),
    });
    redirect(`${plan({ orgSlug, teamId, journeyId }, "iterations")}?${query}`);
  },
);

const ZCarry = ZScope.extend({ iterationId: ZId, toIterationId: ZId });

export const carryStepsAction = defineFormAction(ZCarry, async ({ iterationId, toIterationId, ...scope }) => {
  const ctx = await requireOrg(scope.orgSlug);
  const { carried } = await carryUnfinished(ctx, iterationId, toIterationId);
  refresh(scope);
  const t = await getTranslations("plans.actions");
  return ok(carried ? t("carried", { count: carried }) : t("nothingToCarry"));
});

const ZKeys = z.preprocess(
  (raw) => {
    if (typeof raw !== "object" || raw === null) return raw;
    const r = raw as Record<string, unknown>;
    return {
      ...r,
      keys: Object.keys(r)
        .filter((k) => k.startsWith("key:") && r[k] === "on")
        .map((k) => k.slice(4)),
    };
  },
  ZScope.extend({
    keys: z.array(z.string().max(120)).min(1, "Choose at least one step to add").max(200),
    iterationId: z.string().trim().max(40).default(""),
  }),
);

export const addSuggestionsAction = defineFormAction(ZKeys, async ({ keys, iterationId, ...scope }) => {
  const ctx = await requireOrg(scope.orgSlug);
  const { added } = await addSuggestedSteps(ctx, scope.journeyId, keys, iterationId || null);
  refresh(scope);
  if (added > 0) redirect(plan(scope));
  return ok((await getTranslations("plans.actions"))("alreadyInPlan"));
});
