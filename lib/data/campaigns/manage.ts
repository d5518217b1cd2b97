import "server-only";
import type { OrgContext } from "@/lib/authz/context";
import { NO_AUDIT_META, type TAuditMeta } from "@/lib/audit/events";
import { isoDay } from "@/lib/dates";
import { db } from "@/lib/db";
import { publicUrl } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { sendMail } from "@/lib/mail/send";
import { campaignReminderMail } from "@/lib/mail/templates";
import { assessmentPath } from "@/lib/paths";
import { recordAudit } from "../audit";
import { requireCampaignManager } from "./create";
import { getCampaign } from "./read";

export type TReminderResult = Readonly<{
  /** Teams whose leads were mailed now. */
  reminded: number;
  /** Mails the SMTP server accepted. */
  mailed: number;
  /** Teams due a reminder that already got one today. */
  alreadyToday: number;
  /** Teams due a reminder that have no lead to mail. */
  withoutLead: number;
}>;

/**
 * Mails the leads of every team that has not submitted and is due a reminder today (lib/campaigns/rules.ts
 * reminderReason: due within the campaign's window, or overdue). At most one reminder per team per UTC
 * day: the reminder rows are inserted first, and only teams whose row is new are mailed. Mail goes out
 * after the transaction commits; a failed delivery is logged and counted, the reminder stays recorded.
 */
export async function sendCampaignReminders(
  ctx: OrgContext,
  campaignId: string,
  meta: TAuditMeta = NO_AUDIT_META,
  today = isoDay(),
): Promise<TReminderResult> {
  requireCampaignManager(ctx);
  const campaign = await getCampaign(ctx, campaignId, today);
  if (campaign.status !== "OPEN")
    throw new AppError("INVALID_STATE", "This campaign is closed: it sends no more reminders.");
  const due = campaign.teams.filter((t) => t.reminder !== null);
  const leads = await db.teamMember.findMany({
    where: {
      teamId: { in: due.map((t) => t.teamId) },
      team: { organizationId: ctx.orgId },
      user: { memberships: { some: { organizationId: ctx.orgId, role: "LEAD" } } },
    },
    select: { teamId: true, user: { select: { name: true, email: true } } },
  });
  const leadsOf = (teamId: string) => leads.filter((l) => l.teamId === teamId).map((l) => l.user);
  const withLead = due.filter((t) => leadsOf(t.teamId).length > 0);
  const sentOn = new Date(`${today}T00:00:00Z`);
  const fresh = await db.$transaction(async (tx) => {
    const inserted = await tx.campaignReminder.createManyAndReturn({
      data: withLead.map((t) => ({
        campaignId,
        teamId: t.teamId,
        sentOn,
        recipients: leadsOf(t.teamId).length,
      })),
      skipDuplicates: true,
      select: { teamId: true },
    });
    const teams = new Set(inserted.map((r) => r.teamId));
    if (teams.size > 0)
      await recordAudit(
        tx,
        { ...ctx, meta },
        {
          action: "campaign.reminders_sent",
          target: { type: "campaign", id: campaignId, label: campaign.title },
          details: {
            reminded: teams.size,
            recipients: withLead
              .filter((t) => teams.has(t.teamId))
              .reduce((n, t) => n + leadsOf(t.teamId).length, 0),
            overdue: withLead.filter((t) => teams.has(t.teamId) && t.reminder === "OVERDUE").length,
          },
        },
      );
    return withLead.filter((t) => teams.has(t.teamId));
  });
  let mailed = 0;
  for (const team of fresh) {
    for (const lead of leadsOf(team.teamId)) {
      const ok = await sendMail(
        lead.email,
        campaignReminderMail({
          orgName: ctx.orgName,
          leadName: lead.name,
          campaignTitle: campaign.title,
          teamName: team.teamName,
          dueOn: isoDay(campaign.dueOn),
          overdue: team.reminder === "OVERDUE",
          link: publicUrl(assessmentPath(ctx.orgSlug, team.assessmentId)),
        }),
      );
      if (ok) mailed += 1;
    }
  }
  return {
    reminded: fresh.length,
    mailed,
    alreadyToday: withLead.length - fresh.length,
    withoutLead: due.length - withLead.length,
  };
}

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
