/**
 * Offboarding and role changes (ADMIN only). Both lock the organization's admin rows first
 * (`SELECT … FOR UPDATE`, in id order), so concurrent demotions and removals are serialised and the
 * last-admin guard cannot be raced: the second transaction re-reads the admins after the first commits.
 * Each change and its audit row commit together.
 */
import "server-only";
import type { OrgContext } from "@/lib/authz/context";
import { assertRole, type TOrgRole } from "@/lib/authz/roles";
import type { TAuditMeta } from "@/lib/audit/events";
import { db, type TTx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { recordAudit } from "../audit";

const LAST_ADMIN = "An organization needs at least one admin: make someone else an admin first.";

/** Locks the org's ADMIN membership rows; returns their user ids (committed state after any wait). */
export async function lockAdmins(tx: TTx, orgId: string): Promise<string[]> {
  const rows = await tx.$queryRaw<Array<{ user_id: string }>>`
    SELECT user_id FROM memberships WHERE organization_id = ${orgId} AND role = 'ADMIN' ORDER BY id FOR UPDATE`;
  return rows.map((r) => r.user_id);
}

/** Locks the admins, then checks the caller is still one of them (their own demotion may have committed). */
async function lockAsAdmin(tx: TTx, ctx: OrgContext) {
  assertRole(ctx, "ADMIN", "Only admins can manage members.");
  const admins = await lockAdmins(tx, ctx.orgId);
  if (!admins.includes(ctx.userId)) throw new AppError("FORBIDDEN", "Only admins can manage members.");
  return admins;
}

async function lockMember(tx: TTx, orgId: string, userId: string) {
  const [member] = await tx.$queryRaw<Array<{ id: string; role: TOrgRole; name: string; email: string }>>`
    SELECT m.id, m.role::text AS role, u.name, u.email
    FROM memberships m JOIN users u ON u.id = m.user_id
    WHERE m.organization_id = ${orgId} AND m.user_id = ${userId} FOR UPDATE OF m`;
  if (!member) throw new AppError("NOT_FOUND", "Member not found.");
  return member;
}

export async function changeMemberRole(
  ctx: OrgContext,
  input: { userId: string; role: TOrgRole },
  meta: TAuditMeta,
) {
  return db.$transaction(async (tx) => {
    const admins = await lockAsAdmin(tx, ctx);
    const member = await lockMember(tx, ctx.orgId, input.userId);
    if (member.role === input.role) return { changed: false };
    if (member.role === "ADMIN" && admins.length <= 1) throw new AppError("INVALID_STATE", LAST_ADMIN);
    await tx.membership.update({ where: { id: member.id }, data: { role: input.role } });
    await recordAudit(
      tx,
      { ...ctx, meta },
      {
        action: "member.role_changed",
        target: { type: "user", id: input.userId, label: `${member.name} <${member.email}>` },
        details: { from: member.role, to: input.role },
      },
    );
    return { changed: true };
  });
}

/**
 * Removes a person from the organization in one transaction: membership, team memberships, respondent
 * seats in collaborative assessments still open for answers, and seats in workshops not yet ended.
 * Their past answers, responses, votes already counted and authored history stay (shown as "Former
 * member"). Their next request to the organization is refused (membership is read per request).
 */
export async function removeMember(ctx: OrgContext, userId: string, meta: TAuditMeta) {
  return db.$transaction(async (tx) => {
    const admins = await lockAsAdmin(tx, ctx);
    const member = await lockMember(tx, ctx.orgId, userId);
    if (member.role === "ADMIN" && admins.length <= 1) throw new AppError("INVALID_STATE", LAST_ADMIN);
    const teams = await tx.teamMember.deleteMany({ where: { userId, team: { organizationId: ctx.orgId } } });
    const seats = await tx.assessmentRespondent.deleteMany({
      where: {
        userId,
        assessment: { organizationId: ctx.orgId, status: "DRAFT", responsesClosedAt: null },
      },
    });
    const workshopSeats = await tx.workshopParticipant.deleteMany({
      where: { userId, workshop: { organizationId: ctx.orgId, status: { not: "ENDED" } } },
    });
    await tx.membership.delete({ where: { id: member.id } });
    const removed = { teams: teams.count, respondentSeats: seats.count, workshopSeats: workshopSeats.count };
    await recordAudit(
      tx,
      { ...ctx, meta },
      {
        action: "member.removed",
        target: { type: "user", id: userId, label: `${member.name} <${member.email}>` },
        details: { role: member.role, ...removed },
      },
    );
    return removed;
  });
}
