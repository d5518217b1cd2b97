"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { defineFormAction } from "@/lib/action";
import {
  addCheckIn,
  addRequirement,
  createOutcome,
  deleteOutcome,
  setTeamRequirementStatus,
  updateRequirement,
} from "@/lib/data/journey-outcomes";
import { journeysPath, orgPath } from "@/lib/paths";
import { requireOrg } from "@/lib/authz";

// Served for team and organization-wide journeys alike; the data layer checks who may change what.
const ZId = z.string().trim().min(1).max(40);
const ZOrg = z.object({ orgSlug: z.string().trim().min(1).max(60) });
const refresh = (orgSlug: string) => revalidatePath(orgPath(orgSlug), "layout");

export const createOutcomeAction = defineFormAction(
  ZOrg.extend({ journeyId: ZId }).loose(),
  async ({ orgSlug, journeyId, ...raw }) => {
    const ctx = await requireOrg(orgSlug, "LEAD");
    await createOutcome(ctx, journeyId, raw as Parameters<typeof createOutcome>[2]);
    refresh(orgSlug);
    return { message: (await getTranslations("outcomes.actions"))("added") };
  },
);

export const deleteOutcomeAction = defineFormAction(
  ZOrg.extend({ outcomeId: ZId }),
  async ({ orgSlug, outcomeId }): Promise<{ message: string }> => {
    const ctx = await requireOrg(orgSlug, "LEAD");
    const { journeyId, teamId } = await deleteOutcome(ctx, outcomeId);
    refresh(orgSlug);
    redirect(`${journeysPath(orgSlug, teamId)}/${journeyId}`);
  },
);

export const addCheckInAction = defineFormAction(
  ZOrg.extend({ outcomeId: ZId }).loose(),
  async ({ orgSlug, outcomeId, ...raw }) => {
    const ctx = await requireOrg(orgSlug, "LEAD");
    await addCheckIn(ctx, outcomeId, raw as Parameters<typeof addCheckIn>[2]);
    refresh(orgSlug);
    return { message: (await getTranslations("outcomes.actions"))("checkIn") };
  },
);

export const addRequirementAction = defineFormAction(
  ZOrg.extend({ outcomeId: ZId }).loose(),
  async ({ orgSlug, outcomeId, ...raw }) => {
    const ctx = await requireOrg(orgSlug, "LEAD");
    await addRequirement(ctx, outcomeId, raw as Parameters<typeof addRequirement>[2]);
    refresh(orgSlug);
    return { message: (await getTranslations("outcomes.actions"))("requirementAdded") };
  },
);

export const updateRequirementAction = defineFormAction(
  ZOrg.extend({ requirementId: ZId }).loose(),
  async ({ orgSlug, requirementId, ...raw }) => {
    const ctx = await requireOrg(orgSlug, "LEAD");
    await updateRequirement(ctx, requirementId, raw as Parameters<typeof updateRequirement>[2]);
    refresh(orgSlug);
    return { message: (await getTranslations("outcomes.actions"))("requirementSaved") };
  },
);

export const setTeamRequirementAction = defineFormAction(
  ZOrg.extend({ requirementId: ZId, teamId: ZId }).loose(),
  async ({ orgSlug, requirementId, teamId, ...raw }) => {
    const ctx = await requireOrg(orgSlug, "LEAD");
    await setTeamRequirementStatus(ctx, requirementId, teamId, raw);
    refresh(orgSlug);
    return { message: (await getTranslations("outcomes.actions"))("teamStatus") };
  },
);
