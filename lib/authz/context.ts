/**
 * The only way to obtain an OrgContext. Pages, actions and route handlers call requireOrg
 * (./session.ts), which resolves the session and then resolveOrgContext; tests and scripts call
 * resolveOrgContext directly. lib/data functions take the context and filter every query by orgId.
 * No session and no next/* here, so lib/data imports this file (and ./roles) directly.
 */
import "server-only";
import { db, sqlPool, type TTx } from "@/lib/db";
import { prepared, sql } from "@/lib/data/sql";
import { AppError } from "@/lib/errors";
import { assertRole, canEditTeamAssessments, type TOrgRole } from "./roles";

export type OrgContext = Readonly<{
  userId: string;
  orgId: string;
  orgSlug: string;
  orgName: string;
  role: TOrgRole;
}>;

/**
 * Session-free core so integration tests can call it with seeded users. A missing membership is
 * NOT_FOUND (not FORBIDDEN) so another organization's slug is indistinguishable from an unknown one.
 */
export async function resolveOrgContext(
  userId: string,
  orgSlug: string,
  minRole: TOrgRole = "VIEWER",
  /** The session's account version (lib/auth.ts): checked in the same query, so ended sessions get NOT_FOUND. */
  sessionVersion: number | null = null,
): Promise<OrgContext> {
  // On the pg pool, not Prisma: this runs on every request, and Prisma's per-query CPU cost was most of it.
  const { rows } = await sqlPool().query<{ role: TOrgRole; id: string; slug: string; name: string }>(
    prepared(
      "stepwise_org_context",
      sql`
    SELECT m.role::text AS role, o.id, o.slug, o.name
    FROM memberships m JOIN organizations o ON o.id = m.organization_id
    JOIN users u ON u.id = m.user_id
    WHERE m.user_id = ${userId}::text AND o.slug = ${orgSlug}::text
      AND (${sessionVersion}::int IS NULL OR u.session_version = ${sessionVersion}::int)`,
    ),
  );
  const membership = rows[0];
  if (!membership) throw new AppError("NOT_FOUND", "Organization not found.");
  assertRole(membership, minRole);
  const { id, slug, name, role } = membership;
  return { userId, orgId: id, orgSlug: slug, orgName: name, role };
}

/** The team, if it belongs to the caller's organization; NOT_FOUND otherwise. */
/** `client`: pass the transaction client when called inside one, so a transaction never waits for a second pool connection. */
export async function requireTeam(ctx: OrgContext, teamId: string, client: TTx = db) {
  const team = await client.team.findFirst({
    where: { id: teamId, organizationId: ctx.orgId },
    select: { id: true, name: true, members: { where: { userId: ctx.userId }, select: { userId: true } } },
  });
  if (!team) throw new AppError("NOT_FOUND", "Team not found.");
  return { id: team.id, name: team.name, isMember: team.members.length > 0 };
}

/** Throws FORBIDDEN unless the caller may start, answer and submit this team's assessments. */
export async function requireTeamEditor(ctx: OrgContext, teamId: string, client: TTx = db) {
  const team = await requireTeam(ctx, teamId, client);
  if (!canEditTeamAssessments(ctx.role, team.isMember)) {
    throw new AppError(
      "FORBIDDEN",
      "Only the team's leads, facilitators and admins can change its assessments.",
    );
  }
  return team;
}
