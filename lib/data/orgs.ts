import "server-only";
import { randomBytes } from "node:crypto";
import type { OrgContext } from "@/lib/authz";
import { NO_AUDIT_META, type TAuditMeta } from "@/lib/audit/events";
import { recordAudit } from "@/lib/data/audit";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { hasRole, type TOrgRole } from "@/lib/roles";
import { slugify } from "@/lib/slug";

/** Creates an organization with the caller as its first ADMIN; the slug is made unique. */
export async function createOrganization(userId: string, input: { name: string }) {
  const base = slugify(input.name);
  for (let attempt = 0; attempt < 5; attempt += 1) {
    const slug = attempt === 0 ? base : `${base}-${randomBytes(3).toString("hex")}`;
    const taken = await db.organization.findUnique({ where: { slug }, select: { id: true } });
    if (taken) continue;
    return db.organization.create({
      data: { name: input.name.trim(), slug, memberships: { create: { userId, role: "ADMIN" } } },
      select: { id: true, slug: true, name: true },
    });
  }
  throw new AppError("CONFLICT", "Could not find a free address for this organization; try another name.");
}

export async function listMembers(ctx: OrgContext) {
  const memberships = await db.membership.findMany({
    where: { organizationId: ctx.orgId },
    select: {
      role: true,
      user: {
        select: {
          id: true,
          name: true,
          email: true,
          teams: {
            where: { team: { organizationId: ctx.orgId } },
            select: { team: { select: { id: true, name: true } } },
          },
        },
      },
    },
    orderBy: { user: { name: "asc" } },
  });
  return memberships.map((m) => ({
    userId: m.user.id,
    name: m.user.name,
    email: m.user.email,
    role: m.role,
    teams: m.user.teams.map((t) => t.team),
  }));
}

/** ADMIN only. The last admin cannot be demoted, so an organization is never left unmanageable. */
export async function updateMemberRole(
  ctx: OrgContext,
  input: { userId: string; role: TOrgRole },
  meta: TAuditMeta = NO_AUDIT_META,
) {
  if (!hasRole(ctx.role, "ADMIN")) throw new AppError("FORBIDDEN", "Only admins can change roles.");
  return db.$transaction(async (tx) => {
    const member = await tx.membership.findFirst({
      where: { organizationId: ctx.orgId, userId: input.userId },
      select: { id: true, role: true, user: { select: { name: true, email: true } } },
    });
    if (!member) throw new AppError("NOT_FOUND", "Member not found.");
    if (member.role === "ADMIN" && input.role !== "ADMIN") {
      const admins = await tx.membership.count({ where: { organizationId: ctx.orgId, role: "ADMIN" } });
      if (admins <= 1) throw new AppError("INVALID_STATE", "An organization needs at least one admin.");
    }
    await tx.membership.update({ where: { id: member.id }, data: { role: input.role } });
    if (member.role !== input.role) {
      await recordAudit(
        tx,
        { ...ctx, meta },
        {
          action: "member.role_changed",
          target: { type: "user", id: input.userId, label: `${member.user.name} <${member.user.email}>` },
          details: { from: member.role, to: input.role },
        },
      );
    }
  });
}
