import "server-only";
import type { Prisma } from "@prisma/client";
import { isoDay } from "@/lib/dates";
import { db } from "@/lib/db";
import { progressOf, type TProgressRow } from "./read";

export type TDueLead = Readonly<{ name: string | null; email: string; locale: string | null }>;
export type TDueTeam = Readonly<{
  teamId: string;
  teamName: string;
  assessmentId: string;
  reminder: "DUE_SOON" | "OVERDUE";
  leads: readonly TDueLead[];
}>;
export type TDueCampaign = Readonly<{
  id: string;
  title: string;
  dueOn: string;
  organizationId: string;
  orgName: string;
  orgSlug: string;
  /** Teams due a reminder today (lib/campaigns/rules.ts reminderReason), with or without a lead. */
  teams: readonly TDueTeam[];
}>;

const DAY_MS = 86_400_000;

/**
 * Open campaigns matching `where` that have teams due a reminder on `today`, each due team with its
 * leads (Team lead role in the campaign's organization, member of the team) and their addresses.
 * Campaigns whose reminder window has not begun are not read at all (the window is at most 60 days).
 */
export async function findDueReminders(
  where: Prisma.CampaignWhereInput,
  today: string = isoDay(),
): Promise<TDueCampaign[]> {
  const day = new Date(`${today}T00:00:00Z`);
  const rows = await db.campaign.findMany({
    where: {
      ...where,
      status: "OPEN",
      opensOn: { lte: day },
      dueOn: { lte: new Date(day.getTime() + 60 * DAY_MS) },
    },
    select: {
      id: true,
      title: true,
      status: true,
      opensOn: true,
      dueOn: true,
      remindDaysBefore: true,
      closedAt: true,
      organizationId: true,
      organization: { select: { name: true, slug: true } },
      teams: {
        select: {
          teamId: true,
          assessmentId: true,
          team: { select: { name: true, group: true } },
          assessment: {
            select: {
              title: true,
              status: true,
              mode: true,
              submittedAt: true,
              _count: { select: { answers: true } },
              aspectScores: { select: { aspectId: true, level: true } },
            },
          },
        },
        orderBy: { team: { name: "asc" } },
      },
    },
    orderBy: { createdAt: "asc" },
    take: 1000,
  });
  const out: TDueCampaign[] = [];
  for (const { teams, organization, ...c } of rows) {
    const due = (await progressOf(teams as TProgressRow[], c, today)).filter((p) => p.reminder !== null);
    if (due.length === 0) continue;
    const leads = await db.teamMember.findMany({
      where: {
        teamId: { in: due.map((t) => t.teamId) },
        team: { organizationId: c.organizationId },
        user: { memberships: { some: { organizationId: c.organizationId, role: "LEAD" } } },
      },
      select: { teamId: true, user: { select: { name: true, email: true, locale: true } } },
      orderBy: { user: { email: "asc" } },
    });
    out.push({
      id: c.id,
      title: c.title,
      dueOn: isoDay(c.dueOn),
      organizationId: c.organizationId,
      orgName: organization.name,
      orgSlug: organization.slug,
      teams: due.map((t) => ({
        teamId: t.teamId,
        teamName: t.teamName,
        assessmentId: t.assessmentId,
        reminder: t.reminder!,
        leads: leads.filter((l) => l.teamId === t.teamId).map((l) => l.user),
      })),
    });
  }
  return out;
}
