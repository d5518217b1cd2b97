import "server-only";
import { mailLocale } from "@/i18n/locales";
import { mailTranslator } from "@/i18n/translator";
import type { Prisma } from "@prisma/client";
import type { OrgContext } from "@/lib/authz/context";
import { NO_AUDIT_META, type TAuditMeta } from "@/lib/audit/events";
import { isoDay } from "@/lib/dates";
import { db } from "@/lib/db";
import { publicUrl } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { mailConfigured, sendMail } from "@/lib/mail/send";
import { campaignReminderMail } from "@/lib/mail/templates";
import { assessmentPath } from "@/lib/paths";
import { reminderCsv } from "@/lib/campaigns/reminder-csv";
import { recordAudit, type TAuditContext } from "../audit";
import { requireCampaignManager } from "./create";
import { findDueReminders, type TDueCampaign, type TDueTeam } from "./due";

type TTx = Parameters<Parameters<typeof db.$transaction>[0]>[0];

/** The advisory lock of the scheduled run: with several app instances only one reminds at a time. */
export const CAMPAIGN_REMINDER_LOCK_KEY = 7_301_952_131;

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

const dayDate = (today: string) => new Date(`${today}T00:00:00Z`);

/**
 * Records today's reminder of every due team with a lead and returns the teams whose row is new: the
 * key (campaign, team, day) lets at most one run per team and day through, however many run at once
 * (a concurrent insert of the same key waits for the other transaction and is then skipped).
 */
async function claimReminders(
  tx: TTx,
  campaign: TDueCampaign,
  audit: TAuditContext,
  today: string,
): Promise<TDueTeam[]> {
  const withLead = campaign.teams.filter((t) => t.leads.length > 0);
  if (withLead.length === 0) return [];
  const inserted = await tx.campaignReminder.createManyAndReturn({
    data: withLead.map((t) => ({
      campaignId: campaign.id,
      teamId: t.teamId,
      sentOn: dayDate(today),
      recipients: t.leads.length,
    })),
    skipDuplicates: true,
    select: { teamId: true },
  });
  const ids = new Set(inserted.map((r) => r.teamId));
  const fresh = withLead.filter((t) => ids.has(t.teamId));
  if (fresh.length > 0)
    await recordAudit(tx, audit, {
      action: "campaign.reminders_sent",
      target: { type: "campaign", id: campaign.id, label: campaign.title },
      details: {
        reminded: fresh.length,
        recipients: fresh.reduce((n, t) => n + t.leads.length, 0),
        overdue: fresh.filter((t) => t.reminder === "OVERDUE").length,
      },
    });
  return fresh;
}

/** Mails each lead of the freshly claimed teams (after the commit); returns the mails accepted. */
async function mailReminders(campaign: TDueCampaign, teams: readonly TDueTeam[]): Promise<number> {
  let mailed = 0;
  for (const team of teams)
    for (const lead of team.leads) {
      const ok = await sendMail(
        lead.email,
        campaignReminderMail(await mailTranslator(mailLocale(lead.locale)), {
          orgName: campaign.orgName,
          leadName: lead.name,
          campaignTitle: campaign.title,
          teamName: team.teamName,
          dueOn: campaign.dueOn,
          overdue: team.reminder === "OVERDUE",
          link: publicUrl(assessmentPath(campaign.orgSlug, team.assessmentId)),
        }),
      );
      if (ok) mailed += 1;
    }
  return mailed;
}

async function requireCampaignRow(ctx: OrgContext, campaignId: string) {
  requireCampaignManager(ctx);
  const row = await db.campaign.findFirst({
    where: { id: campaignId, organizationId: ctx.orgId },
    select: { status: true, title: true },
  });
  if (!row) throw new AppError("NOT_FOUND", "Campaign not found.");
  return row;
}

/**
 * "Send reminders now": mails the leads of every team that has not submitted and is due a reminder
 * today (due within the campaign's window, or overdue), at most once per team per UTC day. Without a
 * mail sender (SMTP_URL unset) nothing is sent or recorded: the page lists the leads and the CSV
 * export has their addresses. A failed delivery is logged and counted; the reminder stays recorded.
 */
export async function sendCampaignReminders(
  ctx: OrgContext,
  campaignId: string,
  meta: TAuditMeta = NO_AUDIT_META,
  today = isoDay(),
): Promise<TReminderResult> {
  const row = await requireCampaignRow(ctx, campaignId);
  if (row.status !== "OPEN")
    throw new AppError("INVALID_STATE", "This campaign is closed: it sends no more reminders.");
  if (!mailConfigured())
    throw new AppError(
      "INVALID_STATE",
      "Mail is not set up on this server: download the leads' addresses (CSV) and remind them yourself.",
    );
  const [campaign] = await findDueReminders({ id: campaignId, organizationId: ctx.orgId }, today);
  if (!campaign) return { reminded: 0, mailed: 0, alreadyToday: 0, withoutLead: 0 };
  const fresh = await db.$transaction((tx) => claimReminders(tx, campaign, { ...ctx, meta }, today));
  const withLead = campaign.teams.filter((t) => t.leads.length > 0).length;
  return {
    reminded: fresh.length,
    mailed: await mailReminders(campaign, fresh),
    alreadyToday: withLead - fresh.length,
    withoutLead: campaign.teams.length - withLead,
  };
}

/**
 * The leads of the teams due a reminder today as CSV (facilitators and admins), for reminding them by
 * hand when the app has no mail sender. Reading it records nothing.
 */
export async function exportDueReminders(ctx: OrgContext, campaignId: string, today = isoDay()) {
  const row = await requireCampaignRow(ctx, campaignId);
  const [campaign] =
    row.status === "OPEN" ? await findDueReminders({ id: campaignId, organizationId: ctx.orgId }, today) : [];
  const teams = (campaign?.teams ?? []).map((t) => ({
    ...t,
    link: publicUrl(assessmentPath(ctx.orgSlug, t.assessmentId)),
  }));
  return {
    title: row.title,
    csv: reminderCsv(campaign?.dueOn ?? "", teams),
    rows: teams.reduce((n, t) => n + t.leads.length, 0),
  };
}

export type TReminderRun = Readonly<{ ran: boolean; campaigns: number; reminded: number; mailed: number }>;

/**
 * The scheduled run (lib/campaign-reminder-job.ts) over every organization's open campaigns: under a
 * transaction-level advisory lock it claims today's reminders of all due teams (audited per campaign,
 * actor "scheduled reminders"), then mails after the commit. Without a mail sender it does nothing.
 */
export async function runScheduledReminders(
  today = isoDay(),
  mail: boolean = mailConfigured(),
  /** Narrows the run to some campaigns (tests keep to their own organizations). */
  scope: Prisma.CampaignWhereInput = {},
): Promise<TReminderRun> {
  const none = { ran: false, campaigns: 0, reminded: 0, mailed: 0 };
  if (!mail) return none;
  const due = await findDueReminders(scope, today);
  const claimed = await db.$transaction(
    async (tx) => {
      const [lock] = await tx.$queryRaw<Array<{ locked: boolean }>>`
        SELECT pg_try_advisory_xact_lock(${CAMPAIGN_REMINDER_LOCK_KEY}::bigint) AS locked`;
      if (!lock?.locked) return null;
      const out: Array<{ campaign: TDueCampaign; fresh: TDueTeam[] }> = [];
      for (const campaign of due) {
        const audit = {
          orgId: campaign.organizationId,
          userId: null,
          actorLabel: "scheduled reminders",
          meta: NO_AUDIT_META,
        };
        out.push({ campaign, fresh: await claimReminders(tx, campaign, audit, today) });
      }
      return out;
    },
    { timeout: 60_000, maxWait: 10_000 },
  );
  if (!claimed) return none;
  let mailed = 0;
  for (const { campaign, fresh } of claimed) mailed += await mailReminders(campaign, fresh);
  return {
    ran: true,
    campaigns: claimed.filter((c) => c.fresh.length > 0).length,
    reminded: claimed.reduce((n, c) => n + c.fresh.length, 0),
    mailed,
  };
}
