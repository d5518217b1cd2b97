import "server-only";
import { mailLocale } from "@/i18n/locales";
import { mailTranslator } from "@/i18n/translator";
import { createHash, randomBytes } from "node:crypto";
import { type OrgContext, requireTeam } from "@/lib/authz/context";
import { assertRole, hasRole, type TOrgRole } from "@/lib/authz/roles";
import { NO_AUDIT_META, type TAuditMeta } from "@/lib/audit/events";
import { db } from "@/lib/db";
import { publicUrl } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { sendMail } from "@/lib/mail/send";
import { inviteMail } from "@/lib/mail/templates";
import { recordAudit } from "./audit";
import { normalizeEmail } from "./users";

const INVITE_TTL_DAYS = 14;
const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

export type TInviteStatus = "pending" | "used" | "expired" | "revoked";

/** Pure: revoked wins over used wins over expired. */
export function inviteStatus(
  invite: { revokedAt: Date | null; acceptedAt: Date | null; expiresAt: Date },
  now = new Date(),
): TInviteStatus {
  if (invite.revokedAt) return "revoked";
  if (invite.acceptedAt) return "used";
  if (invite.expiresAt <= now) return "expired";
  return "pending";
}

export const inviteLink = (token: string) => publicUrl(`/invite/${token}`);

/**
 * ADMIN only. Returns the raw token once (only its hash is stored; 192 bits of entropy) and the link,
 * built from the configured public URL. With `email`, the invite is mailed there and only a verified
 * account with that address can accept it; the link can still be copied and passed on.
 */
export async function createInvite(
  ctx: OrgContext,
  input: { role: TOrgRole; teamId?: string | null; email?: string | null },
  meta: TAuditMeta,
) {
  assertRole(ctx, "ADMIN", "Only admins can invite people.");
  const team = input.teamId ? await requireTeam(ctx, input.teamId) : null;
  const email = input.email ? normalizeEmail(input.email) : null;
  const token = randomBytes(24).toString("base64url");
  const expiresAt = new Date(Date.now() + INVITE_TTL_DAYS * 24 * 3600 * 1000);
  const invite = await db.$transaction(async (tx) => {
    const created = await tx.invite.create({
      data: {
        organizationId: ctx.orgId,
        teamId: team?.id ?? null,
        role: input.role,
        email,
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
        target: { type: "invite", id: created.id, label: email ?? "link" },
        details: { role: input.role, team: team?.name ?? null, byMail: Boolean(email) },
      },
    );
    return created;
  });
  const url = inviteLink(token);
  let mailed = false;
  if (email) {
    const [inviter, invitee] = await Promise.all([
      db.user.findUnique({ where: { id: ctx.userId }, select: { name: true, locale: true } }),
      db.user.findUnique({ where: { email }, select: { locale: true } }),
    ]);
    // The invitee's own language if they have an account, else the inviting admin's (same organization).
    const t = await mailTranslator(mailLocale(invitee?.locale, inviter?.locale));
    mailed = await sendMail(
      email,
      inviteMail(t, {
        orgName: ctx.orgName,
        inviterName: inviter?.name ?? "An admin",
        role: input.role,
        teamName: team?.name ?? null,
        link: url,
        expiresAt,
      }),
    );
  }
  return { id: invite.id, token, url, expiresAt, mailed };
}

/** ADMIN only: every invite of the organization (newest first, at most 200) with its status and creator. */
export async function listInvites(ctx: OrgContext) {
  if (!hasRole(ctx.role, "ADMIN")) return [];
  const rows = await db.invite.findMany({
    where: { organizationId: ctx.orgId },
    select: {
      id: true,
      role: true,
      email: true,
      expiresAt: true,
      createdAt: true,
      createdById: true,
      acceptedAt: true,
      acceptedById: true,
      revokedAt: true,
      team: { select: { name: true } },
    },
    orderBy: { createdAt: "desc" },
    take: 200,
  });
  const ids = [...new Set(rows.flatMap((r) => [r.createdById, r.acceptedById ?? ""]).filter(Boolean))];
  const people = await db.user.findMany({
    where: { id: { in: ids }, memberships: { some: { organizationId: ctx.orgId } } },
    select: { id: true, name: true },
  });
  const names = new Map(people.map((p) => [p.id, p.name]));
  const now = new Date();
  return rows.map((r) => ({
    id: r.id,
    role: r.role,
    email: r.email,
    teamName: r.team?.name ?? null,
    createdAt: r.createdAt,
    expiresAt: r.expiresAt,
    createdByName: names.get(r.createdById) ?? "Former member",
    acceptedByName: r.acceptedById ? (names.get(r.acceptedById) ?? "Former member") : null,
    status: inviteStatus(r, now),
  }));
}

/** The open (pending) invites only. */
export async function listOpenInvites(ctx: OrgContext) {
  return (await listInvites(ctx)).filter((i) => i.status === "pending");
}

/** ADMIN only: a pending invite stops working at once. Used, expired or already revoked → INVALID_STATE. */
export async function revokeInvite(ctx: OrgContext, inviteId: string, meta: TAuditMeta) {
  assertRole(ctx, "ADMIN", "Only admins can revoke invites.");
  await db.$transaction(async (tx) => {
    const invite = await tx.invite.findFirst({
      where: { id: inviteId, organizationId: ctx.orgId },
      select: { id: true, email: true, role: true },
    });
    if (!invite) throw new AppError("NOT_FOUND", "Invite not found.");
    const revoked = await tx.invite.updateMany({
      where: { id: invite.id, revokedAt: null, acceptedAt: null },
      data: { revokedAt: new Date(), revokedById: ctx.userId },
    });
    if (revoked.count === 0) throw new AppError("INVALID_STATE", "This invite was already used or revoked.");
    await recordAudit(
      tx,
      { ...ctx, meta },
      {
        action: "invite.revoked",
        target: { type: "invite", id: invite.id, label: invite.email ?? "link" },
        details: { role: invite.role },
      },
    );
  });
}

/** What the invite page shows before accepting; null for unknown, used or expired tokens. */
export async function findInvite(token: string) {
  const invite = await db.invite.findUnique({
    where: { tokenHash: hashToken(token) },
    select: {
      role: true,
      email: true,
      expiresAt: true,
      acceptedAt: true,
      revokedAt: true,
      organization: { select: { name: true, slug: true } },
      team: { select: { name: true } },
    },
  });
  if (!invite || inviteStatus(invite) !== "pending") return null;
  return {
    role: invite.role,
    email: invite.email,
    orgName: invite.organization.name,
    orgSlug: invite.organization.slug,
    teamName: invite.team?.name ?? null,
  };
}

/**
 * Single use: the invite is claimed with a conditional update (not used, not revoked, not expired), so
 * two people racing for one link cannot both join, and a revoke that commits first wins. An invite sent
 * to an address can be accepted only by a verified account with that address. An existing member keeps
 * their role and is only added to the team.
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
        email: true,
        organization: { select: { slug: true } },
      },
    });
    if (invite?.email) {
      const user = await tx.user.findUnique({
        where: { id: userId },
        select: { email: true, emailVerified: true },
      });
      if (!user || user.email !== invite.email)
        throw new AppError(
          "FORBIDDEN",
          "This invitation was sent to another email address. Sign in with that address.",
        );
      if (!user.emailVerified)
        throw new AppError(
          "FORBIDDEN",
          "Confirm your email address first (we mailed you a link), then open the invitation again.",
        );
    }
    const claimed = invite
      ? await tx.invite.updateMany({
          where: { id: invite.id, acceptedAt: null, revokedAt: null, expiresAt: { gt: new Date() } },
          data: { acceptedAt: new Date(), acceptedById: userId },
        })
      : { count: 0 };
    if (!invite || claimed.count === 0)
      throw new AppError("NOT_FOUND", "This invite link is invalid, expired, revoked or already used.");
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
        details: { role: invite.role },
      },
    );
    return { orgSlug: invite.organization.slug };
  });
}
