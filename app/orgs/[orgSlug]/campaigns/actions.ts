"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { requireOrg } from "@/lib/authz";
import { defineFormAction } from "@/lib/action";
import { requestAuditMeta } from "@/lib/audit-meta";
import { closeCampaign, createCampaign, sendCampaignReminders } from "@/lib/data/campaigns";
import { campaignsPath, orgPath } from "@/lib/paths";

// Thin: the data layer parses the campaign (lib/campaigns/schemas.ts) and checks role and organization.
const ZOrg = z.object({ orgSlug: z.string().trim().min(1).max(60) });
const ZCampaign = ZOrg.extend({ campaignId: z.string().trim().min(1).max(40) });

export const createCampaignAction = defineFormAction(
  ZOrg.loose(),
  async ({ orgSlug, ...raw }): Promise<{ message: string }> => {
    const ctx = await requireOrg(orgSlug, "FACILITATOR");
    const { id } = await createCampaign(ctx, raw, await requestAuditMeta());
    revalidatePath(orgPath(orgSlug), "layout");
    redirect(campaignsPath(orgSlug, id));
  },
);

export const sendRemindersAction = defineFormAction(
  ZCampaign,
  async ({ orgSlug, campaignId }): Promise<{ message: string }> => {
    const ctx = await requireOrg(orgSlug, "FACILITATOR");
    const result = await sendCampaignReminders(ctx, campaignId, await requestAuditMeta());
    const t = await getTranslations("campaigns");
    revalidatePath(campaignsPath(orgSlug, campaignId));
    return { message: t("remindersSent", result) };
  },
);

export const closeCampaignAction = defineFormAction(ZCampaign, async ({ orgSlug, campaignId }) => {
  const ctx = await requireOrg(orgSlug, "FACILITATOR");
  await closeCampaign(ctx, campaignId, await requestAuditMeta());
  const t = await getTranslations("campaigns");
  revalidatePath(orgPath(orgSlug), "layout");
  return { message: t("closedMessage") };
});
