import "server-only";
import { Prisma } from "@prisma/client";
import type { OrgContext } from "@/lib/authz/context";
import { assertRole } from "@/lib/authz/roles";
import { NO_AUDIT_META, type TAuditMeta } from "@/lib/audit/events";
import { selectTeams } from "@/lib/campaigns/rules";
import { ZCampaignInput, type TCampaignInputRaw } from "@/lib/campaigns/schemas";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { recordAudit } from "../audit";
import { requireUsableModel } from "../models";

/** Facilitators and admins run campaigns; everyone else in the organization reads them. */
export function requireCampaignManager(ctx: OrgContext) {
  assertRole(ctx, "FACILITATOR", "Only facilitators and admins can run assessment campaigns.");
}

const titleTaken = () =>
  new AppError("CONFLICT", "A campaign with this title exists already: choose another title.", {
    title: ["A campaign with this title exists already"],
  });

function invalid(field: string, message: string): never {
  throw new AppError("INVALID_INPUT", message, { [field]: [message] });
}

/**
 * Starts a campaign: one transaction creates the campaign and gives every chosen team its draft of the
 * model version. A team that already has an open draft of that model (not in another open campaign)
 * gets it linked instead of a second one. With mode RESPONDENTS the new drafts are open to the team's
 * members (MEMBER role and up) at once. A title already used in the organization is a CONFLICT, so a
 * form sent twice never starts two rounds.
 */
export async function createCampaign(
  ctx: OrgContext,
  raw: TCampaignInputRaw,
  meta: TAuditMeta = NO_AUDIT_META,
) {
  requireCampaignManager(ctx);
  const parsed = ZCampaignInput.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    invalid(String(issue.path[0] ?? "form"), issue.message);
  }
  const input = parsed.data;
  const model = await requireUsableModel(ctx, input.modelId);
  const teams = await db.team.findMany({
    where: { organizationId: ctx.orgId },
    select: { id: true, name: true, group: true },
    orderBy: { name: "asc" },
  });
  const selected = selectTeams(
    teams,
    input.selection === "ALL"
      ? { selection: "ALL" }
      : input.selection === "GROUP"
        ? { selection: "GROUP", group: input.group }
        : { selection: "PICKED", teamIds: input.teamIds },
  );
  if (!selected.ok) invalid(selected.field, selected.message);
  const teamName = new Map(teams.map((t) => [t.id, t.name]));
  const taken = await db.campaign.findFirst({
    where: { organizationId: ctx.orgId, title: input.title },
    select: { id: true },
  });
  if (taken) throw titleTaken(); // the unique index below still settles a race

  try {
    return await db.$transaction(async (tx) => {
      const campaign = await tx.campaign.create({
        data: {
          organizationId: ctx.orgId,
          modelId: model.id,
          title: input.title,
          mode: input.mode,
          selection: input.selection,
          teamGroup: input.selection === "GROUP" ? input.group : "",
          opensOn: new Date(`${input.opensOn}T00:00:00Z`),
          dueOn: new Date(`${input.dueOn}T00:00:00Z`),
          remindDaysBefore: input.remindDaysBefore,
          createdById: ctx.userId,
        },
        select: { id: true, title: true },
      });
      // Open drafts of this model that no open campaign holds yet, newest first: each team links its newest.
      // Only drafts answered the way this round asks for: a lead-answered round never links a draft that a
      // live workshop or the team's respondents are answering (its lead could not answer it directly).
      const mode = input.mode === "RESPONDENTS" ? ("COLLABORATIVE" as const) : ("SOLO" as const);
      const drafts = await tx.assessment.findMany({
        where: {
          organizationId: ctx.orgId,
          teamId: { in: selected.teamIds },
          modelId: model.id,
          status: "DRAFT",
          mode,
          campaignTeams: { none: { campaign: { status: "OPEN" } } },
        },
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        select: { id: true, teamId: true },
      });
      const linked = new Map<string, string>();
      for (const d of drafts) if (!linked.has(d.teamId)) linked.set(d.teamId, d.id);
      const missing = selected.teamIds.filter((id) => !linked.has(id));
      const created = await tx.assessment.createManyAndReturn({
        data: missing.map((teamId) => ({
          organizationId: ctx.orgId,
          teamId,
          modelId: model.id,
          title: `${input.title} · ${teamName.get(teamId)}`.slice(0, 200),
          mode,
          createdById: ctx.userId,
        })),
        select: { id: true, teamId: true },
      });
      if (input.mode === "RESPONDENTS" && created.length > 0) {
        // The team's members who may write (viewers read only), as lib/data/respondents.ts decides.
        const members = await tx.teamMember.findMany({
          where: {
            teamId: { in: missing },
            user: {
              memberships: {
                some: { organizationId: ctx.orgId, role: { in: ["ADMIN", "FACILITATOR", "LEAD", "MEMBER"] } },
              },
            },
          },
          select: { teamId: true, userId: true },
        });
        const draftOf = new Map(created.map((c) => [c.teamId, c.id]));
        await tx.assessmentRespondent.createMany({
          data: members.map((m) => ({
            assessmentId: draftOf.get(m.teamId)!,
            userId: m.userId,
            invitedById: ctx.userId,
          })),
          skipDuplicates: true,
        });
      }
      for (const c of created) linked.set(c.teamId, c.id);
      await tx.campaignTeam.createMany({
        data: selected.teamIds.map((teamId) => ({
          campaignId: campaign.id,
          teamId,
          assessmentId: linked.get(teamId)!,
        })),
      });
      await recordAudit(
        tx,
        { ...ctx, meta },
        {
          action: "campaign.created",
          target: { type: "campaign", id: campaign.id, label: campaign.title },
          details: {
            teams: selected.teamIds.length,
            created: created.length,
            linked: selected.teamIds.length - created.length,
            mode: input.mode,
            selection: input.selection,
            model: `${model.title} v${model.version}`,
            dueOn: input.dueOn,
          },
        },
      );
      return {
        id: campaign.id,
        teams: selected.teamIds.length,
        created: created.length,
        linked: selected.teamIds.length - created.length,
      };
    });
  } catch (err) {
    if (err instanceof Prisma.PrismaClientKnownRequestError && err.code === "P2002") throw titleTaken();
    throw err;
  }
}
