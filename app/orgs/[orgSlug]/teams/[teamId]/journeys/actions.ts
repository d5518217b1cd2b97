"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { defineFormAction } from "@/lib/action";
import { AppError } from "@/lib/errors";
import { createJourney, setJourneyStatus, updateJourney } from "@/lib/data/journeys";
import { foldTargetFields, ZJourneyInput } from "@/lib/journeys/schemas";
import { journeysPath, orgPath } from "@/lib/paths";
import { requireOrg } from "@/lib/authz";

const ZId = z.string().trim().min(1).max(40);
// "" = the organization-wide journeys (the same actions serve /orgs/<slug>/journeys).
const ZScope = z.object({
  orgSlug: z.string().trim().min(1).max(60),
  teamId: z.string().trim().max(40).default(""),
});

const ZCreate = z.preprocess(
  foldTargetFields,
  z.intersection(ZScope.extend({ modelId: ZId }), ZJourneyInput),
);

export const createJourneyAction = defineFormAction(ZCreate, async ({ orgSlug, teamId, ...input }) => {
  const ctx = await requireOrg(orgSlug, "LEAD");
  const { id } = await createJourney(ctx, { ...input, teamId: teamId || null });
  revalidatePath(orgPath(orgSlug), "layout");
  redirect(journeysPath(orgSlug, teamId || null, id));
});

const ZUpdate = z.preprocess(
  foldTargetFields,
  z.intersection(ZScope.extend({ journeyId: ZId, version: z.coerce.number().int().min(1) }), ZJourneyInput),
);

export const updateJourneyAction = defineFormAction(
  ZUpdate,
  async ({ orgSlug, teamId, journeyId, version, ...input }) => {
    const ctx = await requireOrg(orgSlug, "LEAD");
    let saved: { teamId: string | null };
    try {
      saved = await updateJourney(ctx, journeyId, input, version);
    } catch (err) {
      // Re-render the edit page so the form shows what the other person saved.
      if (err instanceof AppError && err.code === "CONFLICT")
        revalidatePath(journeysPath(orgSlug, teamId || null, journeyId, "edit"));
      throw err;
    }
    revalidatePath(orgPath(orgSlug), "layout");
    redirect(journeysPath(orgSlug, saved.teamId, journeyId));
  },
);

const ZStatus = ZScope.extend({ journeyId: ZId, status: z.enum(["ACTIVE", "ARCHIVED"]) });

export const setJourneyStatusAction = defineFormAction(
  ZStatus,
  async ({ orgSlug, teamId, journeyId, status }) => {
    const ctx = await requireOrg(orgSlug, "LEAD");
    await setJourneyStatus(ctx, journeyId, status);
    revalidatePath(orgPath(orgSlug), "layout");
    const t = await getTranslations("journeys.actions");
    return { message: status === "ACTIVE" ? t("activated") : t("archived"), teamId };
  },
);
