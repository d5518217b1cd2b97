import "server-only";
import type { OrgContext } from "@/lib/authz/context";
import { NO_AUDIT_META, type TAuditMeta } from "@/lib/audit/events";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { recordAudit } from "../audit";
import { requireCampaignManager } from "./create";

/**
 * Closes the campaign and so freezes its round: results submitted later still count for their team,
 * not for this round. Closing twice is INVALID_STATE; the drafts stay as they are.
 */
export async function closeCampaign(ctx: OrgContext, campaignId: string, meta: TAuditMeta = NO_AUDIT_META) {
  requireCampaignManager(ctx);
  return db.$transaction(async (tx) => {
    const row = await tx.campaign.findFirst({
      where: { id: campaignId, organizationId: ctx.orgId },
      select: { id: true, title: true, status: true },
    });
    if (!row) throw new AppError("NOT_FOUND", "Campaign not found.");
    const closed = await tx.campaign.updateMany({
      where: { id: row.id, organizationId: ctx.orgId, status: "OPEN" },
      data: { status: "CLOSED", closedAt: new Date(), closedById: ctx.userId },
    });
    if (closed.count === 0) throw new AppError("INVALID_STATE", "This campaign is closed already.");
    const submitted = await tx.campaignTeam.count({
      where: { campaignId: row.id, assessment: { status: "SUBMITTED" } },
    });
    await recordAudit(
      tx,
      { ...ctx, meta },
      {
        action: "campaign.closed",
        target: { type: "campaign", id: row.id, label: row.title },
        details: { submitted },
      },
    );
    return { id: row.id, title: row.title };
  });
}
