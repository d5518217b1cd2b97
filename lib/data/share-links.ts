/**
 * Share links (docs/reports.md): read-only links to one team's submitted results or the org overview.
 * Management functions take an OrgContext; the public side (resolveShareLink, checkSharePasscode)
 * takes the raw token and the client address, is rate limited and answers "not found" for every
 * failure (unknown, malformed, expired or revoked token alike).
 */
import "server-only";
import { requireTeam, type OrgContext } from "@/lib/authz/context";
import type { TAuditMeta } from "@/lib/audit/events";
import { dashboardQuery, parseDashboardFilters } from "@/lib/dashboard/filters";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { hashPassword, verifyPassword } from "@/lib/passwords";
import {
  canShare,
  SHARE_LIMITS,
  shareExpiresAt,
  shareStatus,
  type TShareLinkInput,
  type TShareStatus,
} from "@/lib/share/rules";
import { generateShareToken, hashShareToken, isShareTokenFormat, sameDigest } from "@/lib/share/token";
import { recordAudit } from "./audit";
import { blockedFor, consumeRateLimit } from "./rate-limit";

export type TShareLinkSummary = Readonly<{
  id: string;
  kind: "TEAM_RESULTS" | "ORG_OVERVIEW";
  label: string;
  teamName: string | null;
  createdBy: string;
  createdAt: Date;
  expiresAt: Date;
  hasPasscode: boolean;
  visitCount: number;
  lastVisitAt: Date | null;
  status: TShareStatus;
}>;

/** Canonical overview filters: parsed with the dashboard's own rules, defaults left out, page 1. */
function canonicalFilters(query: string): string {
  const params = Object.fromEntries(new URLSearchParams(query.replace(/^\?/, "")));
  return dashboardQuery(parseDashboardFilters(params).filters, { page: 1, sort: "name" });
}

/** Creates a link and returns the raw token once (only its SHA-256 is stored). */
export async function createShareLink(ctx: OrgContext, input: TShareLinkInput, meta: TAuditMeta) {
  let target: { teamId: string | null; assessmentId: string | null; label: string; filters: string };
  if (input.kind === "TEAM_RESULTS") {
    const assessment = await db.assessment.findFirst({
      where: { id: input.assessmentId, organizationId: ctx.orgId },
      select: { id: true, status: true, title: true, teamId: true },
    });
    if (!assessment) throw new AppError("NOT_FOUND", "Assessment not found.");
    const team = await requireTeam(ctx, assessment.teamId);
    if (!canShare("TEAM_RESULTS", ctx.role, team.isMember))
      throw new AppError("FORBIDDEN", "Only admins and the team's leads can share its results.");
    if (assessment.status !== "SUBMITTED")
      throw new AppError("INVALID_STATE", "Only submitted results can be shared.");
    target = {
      teamId: team.id,
      assessmentId: assessment.id,
      label: `${team.name}: ${assessment.title}`.slice(0, 200),
      filters: "",
    };
  } else {
    if (!canShare("ORG_OVERVIEW", ctx.role, false))
      throw new AppError("FORBIDDEN", "Only admins can share the organization overview.");
    const filters = canonicalFilters(input.filters);
    target = { teamId: null, assessmentId: null, label: `Overview${filters ? ` ${filters}` : ""}`, filters };
  }
  const { token, hash } = generateShareToken();
  const passcodeHash = input.password ? await hashPassword(input.password) : null;
  const expiresAt = shareExpiresAt(new Date(), input.expiresInDays);
  const link = await db.$transaction(async (tx) => {
    const created = await tx.shareLink.create({
      data: {
        organizationId: ctx.orgId,
        kind: input.kind,
        teamId: target.teamId,
        assessmentId: target.assessmentId,
        filters: target.filters,
        label: target.label,
        tokenHash: hash,
        passcodeHash,
        createdById: ctx.userId,
        expiresAt,
      },
      select: { id: true },
    });
    await recordAudit(
      tx,
      { ...ctx, meta },
      {
        action: "share_link.created",
        target: { type: "share_link", id: created.id, label: target.label },
        details: {
          kind: input.kind,
          teamId: target.teamId,
          assessmentId: target.assessmentId,
          expiresAt: expiresAt.toISOString(),
          withPasscode: Boolean(passcodeHash),
        },
      },
    );
    return created;
  });
  return { id: link.id, token, expiresAt };
}

/** Admins see every link of the organization; leads the links to their teams' results; others none. */
function visibleWhere(ctx: OrgContext) {
  if (ctx.role === "ADMIN") return { organizationId: ctx.orgId };
  if (ctx.role === "LEAD")
    return {
      organizationId: ctx.orgId,
      kind: "TEAM_RESULTS" as const,
      team: { members: { some: { userId: ctx.userId } } },
    };
  return null;
}

export async function listShareLinks(
  ctx: OrgContext,
  opts: { assessmentId?: string } = {},
  now = new Date(),
): Promise<TShareLinkSummary[]> {
  const where = visibleWhere(ctx);
  if (!where) return [];
  const rows = await db.shareLink.findMany({
    where: { ...where, ...(opts.assessmentId ? { assessmentId: opts.assessmentId } : {}) },
    orderBy: { createdAt: "desc" },
    take: 200,
    select: {
      id: true,
      kind: true,
      label: true,
      createdAt: true,
      expiresAt: true,
      revokedAt: true,
      passcodeHash: true,
      visitCount: true,
      lastVisitAt: true,
      createdById: true,
      team: { select: { name: true } },
    },
  });
  const users = await db.user.findMany({
    where: { id: { in: [...new Set(rows.map((r) => r.createdById))] } },
    select: { id: true, name: true },
  });
  const names = new Map(users.map((u) => [u.id, u.name]));
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    label: r.label,
    teamName: r.team?.name ?? null,
    createdBy: names.get(r.createdById) ?? "a former member",
    createdAt: r.createdAt,
    expiresAt: r.expiresAt,
    hasPasscode: r.passcodeHash !== null,
    visitCount: r.visitCount,
    lastVisitAt: r.lastVisitAt,
    status: shareStatus(r, now),
  }));
}

/** Revokes a link the caller may see (NOT_FOUND otherwise). Revoking a revoked link changes nothing. */
export async function revokeShareLink(ctx: OrgContext, linkId: string, meta: TAuditMeta) {
  const where = visibleWhere(ctx);
  if (!where) throw new AppError("NOT_FOUND", "Share link not found.");
  const link = await db.shareLink.findFirst({
    where: { ...where, id: linkId },
    select: { id: true, label: true, revokedAt: true },
  });
  if (!link) throw new AppError("NOT_FOUND", "Share link not found.");
  if (link.revokedAt) return { revoked: false };
  await db.$transaction(async (tx) => {
    await tx.shareLink.update({
      where: { id: link.id },
      data: { revokedAt: new Date(), revokedById: ctx.userId },
    });
    await recordAudit(
      tx,
      { ...ctx, meta },
      { action: "share_link.revoked", target: { type: "share_link", id: link.id, label: link.label } },
    );
  });
  return { revoked: true };
}

// ---------------------------------------------------------------------------------------------------
// The public side

export type TResolvedShareLink = Readonly<{
  id: string;
  kind: "TEAM_RESULTS" | "ORG_OVERVIEW";
  orgId: string;
  orgName: string;
  orgSlug: string;
  teamId: string | null;
  assessmentId: string | null;
  filters: string;
  expiresAt: Date;
  /** The passcode hash's last characters: a grant cookie names them, so changing the passcode ends grants. */
  passcodeTag: string | null;
}>;

const ipKey = (ip: string) => `share:ip:${ip}`;
const ipFailKey = (ip: string) => `share:fail:${ip}`;
const linkFailKey = (id: string) => `share:pass:${id}`;

async function countFailure(ip: string) {
  await consumeRateLimit(ipFailKey(ip), SHARE_LIMITS.failuresPerIp);
}

/**
 * The active link for `token`, or null for anything else: malformed, unknown, expired, revoked, or the
 * caller's address over its limits. Every miss counts against the address.
 */
export async function resolveShareLink(token: string, ip: string, now = new Date()) {
  if (await blockedFor([{ key: ipFailKey(ip), limit: SHARE_LIMITS.failuresPerIp }])) return null;
  const lookups = await consumeRateLimit(ipKey(ip), SHARE_LIMITS.lookupsPerIp);
  if (!lookups.isAllowed) return null;
  if (!isShareTokenFormat(token)) {
    await countFailure(ip);
    return null;
  }
  const hash = hashShareToken(token);
  const link = await db.shareLink.findUnique({
    where: { tokenHash: hash },
    select: {
      id: true,
      kind: true,
      tokenHash: true,
      organizationId: true,
      teamId: true,
      assessmentId: true,
      filters: true,
      expiresAt: true,
      revokedAt: true,
      passcodeHash: true,
      organization: { select: { name: true, slug: true } },
    },
  });
  if (!link || !sameDigest(link.tokenHash, hash) || shareStatus(link, now) !== "active") {
    await countFailure(ip);
    return null;
  }
  return {
    id: link.id,
    kind: link.kind,
    orgId: link.organizationId,
    orgName: link.organization.name,
    orgSlug: link.organization.slug,
    teamId: link.teamId,
    assessmentId: link.assessmentId,
    filters: link.filters,
    expiresAt: link.expiresAt,
    passcodeTag: link.passcodeHash ? hashShareToken(link.passcodeHash).slice(0, 16) : null,
  } satisfies TResolvedShareLink;
}

/** Counts one view of the shared page. */
export async function recordShareVisit(linkId: string) {
  await db.shareLink.update({
    where: { id: linkId },
    data: { visitCount: { increment: 1 }, lastVisitAt: new Date() },
  });
}

/**
 * Checks a passcode for the link of `token`. "ok", "wrong" (counted per link and address), or
 * "not-found" (no active link, or too many wrong passcodes for this link or address lately).
 */
export async function checkSharePasscode(
  token: string,
  passcode: string,
  ip: string,
): Promise<{ result: "ok"; link: TResolvedShareLink } | { result: "wrong" | "not-found" }> {
  const link = await resolveShareLink(token, ip);
  if (!link?.passcodeTag) return { result: "not-found" };
  if (await blockedFor([{ key: linkFailKey(link.id), limit: SHARE_LIMITS.passcodeFailuresPerLink }]))
    return { result: "not-found" };
  const row = await db.shareLink.findUnique({ where: { id: link.id }, select: { passcodeHash: true } });
  if (row?.passcodeHash && passcode.length <= 100 && (await verifyPassword(row.passcodeHash, passcode)))
    return { result: "ok", link };
  await consumeRateLimit(linkFailKey(link.id), SHARE_LIMITS.passcodeFailuresPerLink);
  await countFailure(ip);
  return { result: "wrong" };
}

/**
 * A read-only VIEWER context for the link's organization, with no user behind it: lets the shared page
 * reuse the org-scoped read functions (results, overview). Never pass it to a function that writes.
 */
export function shareViewContext(link: TResolvedShareLink): OrgContext {
  return { userId: "", orgId: link.orgId, orgSlug: link.orgSlug, orgName: link.orgName, role: "VIEWER" };
}
