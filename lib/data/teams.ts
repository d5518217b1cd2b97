import "server-only";
import { type OrgContext, requireTeam } from "@/lib/authz/context";
import { assertRole } from "@/lib/authz/roles";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";

const ONLY_ADMINS = "Only admins can manage teams.";

/** Teams of the organization with member counts and their latest submitted assessment. */
export async function listTeams(ctx: OrgContext) {
  const teams = await db.team.findMany({
    where: { organizationId: ctx.orgId },
    select: {
      id: true,
      name: true,
      description: true,
      group: true,
      _count: { select: { members: true } },
      members: { where: { userId: ctx.userId }, select: { userId: true } },
      assessments: {
        where: { status: "SUBMITTED" },
        orderBy: { submittedAt: "desc" },
        take: 1,
        select: {
          id: true,
          submittedAt: true,
          aspectScores: { select: { aspectId: true, level: true, score: true } },
        },
      },
    },
    orderBy: { name: "asc" },
  });
  return teams.map((t) => ({
    id: t.id,
    name: t.name,
    description: t.description,
    group: t.group,
    memberCount: t._count.members,
    isMember: t.members.length > 0,
    latest: t.assessments[0]
      ? {
          id: t.assessments[0].id,
          submittedAt: t.assessments[0].submittedAt,
          levels: Object.fromEntries(t.assessments[0].aspectScores.map((s) => [s.aspectId, s.level])),
        }
      : null,
  }));
}

/** Group names are compared trimmed and with single spaces, so "Core  Platform " and "Core Platform" are one group. */
const normalizeGroup = (group: string) => group.trim().replace(/\s+/g, " ");

export async function createTeam(
  ctx: OrgContext,
  input: { name: string; description: string; group?: string },
) {
  assertRole(ctx, "ADMIN", ONLY_ADMINS);
  const name = input.name.trim();
  const exists = await db.team.findFirst({
    where: { organizationId: ctx.orgId, name },
    select: { id: true },
  });
  if (exists)
    throw new AppError("CONFLICT", `A team called "${name}" already exists.`, {
      name: ["is already used by another team"],
    });
  return db.team.create({
    data: {
      organizationId: ctx.orgId,
      name,
      description: input.description.trim(),
      group: normalizeGroup(input.group ?? ""),
    },
    select: { id: true, name: true },
  });
}

/** ADMIN only: puts a team in a group (business unit) for dashboard filters; "" removes it from any group. */
export async function setTeamGroup(ctx: OrgContext, input: { teamId: string; group: string }) {
  assertRole(ctx, "ADMIN", ONLY_ADMINS);
  await requireTeam(ctx, input.teamId);
  return db.team.update({
    where: { id: input.teamId },
    data: { group: normalizeGroup(input.group) },
    select: { id: true, name: true, group: true },
  });
}

/** The organization's team groups (non-empty), alphabetically. */
export async function listTeamGroups(ctx: OrgContext): Promise<string[]> {
  const rows = await db.team.findMany({
    where: { organizationId: ctx.orgId, NOT: { group: "" } },
    distinct: ["group"],
    select: { group: true },
    orderBy: { group: "asc" },
  });
  return rows.map((r) => r.group);
}

/** Team page data: members and the team's assessments, newest first. */
export async function getTeamDetail(ctx: OrgContext, teamId: string) {
  const team = await db.team.findFirst({
    where: { id: teamId, organizationId: ctx.orgId },
    select: {
      id: true,
      name: true,
      description: true,
      group: true,
      members: {
        select: { user: { select: { id: true, name: true, email: true } } },
        orderBy: { createdAt: "asc" },
      },
    },
  });
  if (!team) throw new AppError("NOT_FOUND", "Team not found.");
  return { ...team, members: team.members.map((m) => m.user) };
}

/** ADMIN only: adds an existing organization member to a team (idempotent). */
export async function addTeamMember(ctx: OrgContext, input: { teamId: string; userId: string }) {
  assertRole(ctx, "ADMIN", ONLY_ADMINS);
  await requireTeam(ctx, input.teamId);
  const member = await db.membership.findFirst({
    where: { organizationId: ctx.orgId, userId: input.userId },
    select: { id: true },
  });
  if (!member) throw new AppError("NOT_FOUND", "That person is not a member of this organization.");
  await db.teamMember.upsert({
    where: { teamId_userId: { teamId: input.teamId, userId: input.userId } },
    create: { teamId: input.teamId, userId: input.userId },
    update: {},
  });
}

export async function removeTeamMember(ctx: OrgContext, input: { teamId: string; userId: string }) {
  assertRole(ctx, "ADMIN", ONLY_ADMINS);
  await requireTeam(ctx, input.teamId);
  await db.teamMember.deleteMany({ where: { teamId: input.teamId, userId: input.userId } });
}
