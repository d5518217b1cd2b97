import "server-only";
import { createHash, randomBytes } from "node:crypto";
import type { OrgContext } from "@/lib/authz";
import { requireTeam } from "@/lib/authz";
import { NO_AUDIT_META, type TAuditMeta } from "@/lib/audit/events";
import { recordAudit } from "@/lib/data/audit";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { hasRole, type TOrgRole } from "@/lib/roles";

const INVITE_TTL_DAYS = 14;
const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

/** ADMIN only. Returns the raw token once; only its hash is stored. 192 bits of entropy. */
export async function createInvite(
  ctx: OrgContext,
  input: { role: TOrgRole; teamId?: string | null },
  meta: TAuditMeta = NO_AUDIT_META,
) {
  if (!hasRole(ctx.role, "ADMIN")) throw new AppError("FORBIDDEN", "Only admins can invite people.");
  if (input.teamId) await requireTeam(ctx, input.teamId);
  const token = randomBytes(24).toString("base64url");
  const expiresAt = new Date(Date.now() + INVITE_TTL_DAYS * 24 * 3600 * 1000);
  await db.$transaction(async (tx) => {
    const invite = await tx.invite.create({
      data: {
        organizationId: ctx.orgId,
        teamId: input.teamId ?? null,
        role: input.role,
        tokenHash: hashToken(token),
        createdById: ctx.userId,
        expiresAt,
      },
      select: { id: true },
    });
    await recordAudit(
      tx,
      { ...ctx, meta },
      {
        action: "invite.created",
        target: { type: "invite", id: invite.id },
        details: { role: input.role, teamId: input.teamId ?? null, expiresAt: expiresAt.toISOString() },
      },
    );
  });
  return { token, expiresAt };
}

export async function listOpenInvites(ctx: OrgContext) {
  if (!hasRole(ctx.role, "ADMIN")) return [];
  return db.invite.findMany({
    where: { organizationId: ctx.orgId, acceptedAt: null, expiresAt: { gt: new Date() } },
    select: { id: true, role: true, expiresAt: true, createdAt: true, team: { select: { name: true } } },
    orderBy: { createdAt: "desc" },
  });
}

/** What the invite page shows before accepting; null for unknown, used or expired tokens. */
export async function findInvite(token: string) {
  const invite = await db.invite.findUnique({
    where: { tokenHash: hashToken(token) },
    select: {
      role: true,
      expiresAt: true,
      acceptedAt: true,
      organization: { select: { name: true, slug: true } },
      team: { select: { name: true } },
    },
  });
  if (!invite || invite.acceptedAt || invite.expiresAt < new Date()) return null;
  return {
    role: invite.role,
    orgName: invite.organization.name,
    orgSlug: invite.organization.slug,
    teamName: invite.team?.name ?? null,
  };
}

/**
 * Single use: the invite is claimed with a conditional update, so two people racing for one link
 * cannot both join. An existing member keeps their role and is only added to the team.
 */
export async function acceptInvite(userId: string, token: string, meta: TAuditMeta = NO_AUDIT_META) {
  return db.$transaction(async (tx) => {
    const invite = await tx.invite.findUnique({
      where: { tokenHash: hashToken(token) },
      select: {
        id: true,
        organizationId: true,
        teamId: true,
        role: true,
        organization: { select: { slug: true } },
      },
    });
    const claimed = invite
      ? await tx.invite.updateMany({
          where: { id: invite.id, acceptedAt: null, expiresAt: { gt: new Date() } },
          data: { acceptedAt: new Date(), acceptedById: userId },
        })
      : { count: 0 };
    if (!invite || claimed.count === 0)
      throw new AppError("NOT_FOUND", "This invite link is invalid, expired or already used.");
    await tx.membership.upsert({
      where: { organizationId_userId: { organizationId: invite.organizationId, userId } },
      create: { organizationId: invite.organizationId, userId, role: invite.role },
      update: {},
    });
    if (invite.teamId) {
      await tx.teamMember.upsert({
        where: { teamId_userId: { teamId: invite.teamId, userId } },
        create: { teamId: invite.teamId, userId },
        update: {},
      });
    }
    await recordAudit(
      tx,
      { orgId: invite.organizationId, userId, meta },
      {
        action: "invite.accepted",
        target: { type: "invite", id: invite.id },
        details: { role: invite.role, teamId: invite.teamId },
      },
    );
    return { orgSlug: invite.organization.slug };
  });
}
