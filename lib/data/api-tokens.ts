/**
 * API tokens: create (shown once), list, revoke, and authenticate a bearer token for /api/v1.
 * A token acts as its user (an org token's creating admin, a personal token's owner) with that
 * person's CURRENT membership role, so demotion or removal takes effect on the next request. On top of
 * that it is limited to its organization, its scope (READ: GET only) and, optionally, one team.
 */
import "server-only";
import { z } from "zod";
import { generateApiToken, hashApiToken } from "@/lib/api/token-format";
import { type OrgContext, requireTeam } from "@/lib/authz/context";
import { assertRole, hasRole, type TOrgRole } from "@/lib/authz/roles";
import { db, sqlPool } from "@/lib/db";
import { prepared, sql } from "@/lib/data/sql";
import { AppError } from "@/lib/errors";
import { NO_AUDIT_META, type TAuditMeta } from "@/lib/audit/events";
import { auditTokenEvent } from "./api-token-audit";

export const API_TOKEN_KINDS = ["ORG", "PERSONAL"] as const;
export const API_TOKEN_SCOPES = ["READ", "WRITE"] as const;
export type TApiTokenKind = (typeof API_TOKEN_KINDS)[number];
export type TApiTokenScope = (typeof API_TOKEN_SCOPES)[number];
export const MAX_TOKEN_DAYS = 366;

/** Form posts (strings) and JSON alike. `expiresInDays` "" = never expires. */
export const ZApiTokenInput = z.object({
  name: z.string().trim().min(1, "Name the token").max(80, "At most 80 characters"),
  scope: z.enum(API_TOKEN_SCOPES, { error: "Choose read or write" }),
  teamId: z
    .union([z.literal(""), z.null(), z.string().trim().min(1).max(40)])
    .optional()
    .transform((v) => v || null),
  expiresInDays: z
    .union([z.literal(""), z.null(), z.coerce.number().int().min(1).max(MAX_TOKEN_DAYS)], {
      error: `Choose an expiry between 1 and ${MAX_TOKEN_DAYS} days, or none`,
    })
    .optional()
    .transform((v) => (typeof v === "number" ? v : null)),
});
export type TApiTokenInputRaw = z.input<typeof ZApiTokenInput>;

const tokenSelect = {
  id: true,
  kind: true,
  name: true,
  scope: true,
  prefix: true,
  teamId: true,
  team: { select: { name: true } },
  user: { select: { id: true, name: true } },
  expiresAt: true,
  lastUsedAt: true,
  lastUsedIp: true,
  revokedAt: true,
  createdAt: true,
} as const;

export type TApiTokenSummary = Readonly<{
  id: string;
  kind: TApiTokenKind;
  name: string;
  scope: TApiTokenScope;
  prefix: string;
  teamId: string | null;
  teamName: string | null;
  userId: string;
  userName: string;
  expiresAt: Date | null;
  lastUsedAt: Date | null;
  lastUsedIp: string | null;
  revokedAt: Date | null;
  createdAt: Date;
  isExpired: boolean;
}>;

type TTokenRow = {
  id: string;
  kind: TApiTokenKind;
  name: string;
  scope: TApiTokenScope;
  prefix: string;
  teamId: string | null;
  team: { name: string } | null;
  user: { id: string; name: string };
  expiresAt: Date | null;
  lastUsedAt: Date | null;
  lastUsedIp: string | null;
  revokedAt: Date | null;
  createdAt: Date;
};

const toSummary = ({ team, user, ...row }: TTokenRow): TApiTokenSummary => ({
  ...row,
  teamName: team?.name ?? null,
  userId: user.id,
  userName: user.name,
  isExpired: row.expiresAt !== null && row.expiresAt.getTime() <= Date.now(),
});

const ONLY_ADMINS = "Only admins manage organization tokens.";

/**
 * Creates a token and returns its secret (the only time it exists outside the caller's hands). Org
 * tokens: admins only. Personal tokens: anyone, but a viewer's token can only read.
 */
export async function createApiToken(
  ctx: OrgContext,
  kind: TApiTokenKind,
  raw: TApiTokenInputRaw,
  meta: TAuditMeta = NO_AUDIT_META,
) {
  if (kind === "ORG") assertRole(ctx, "ADMIN", ONLY_ADMINS);
  const parsed = ZApiTokenInput.safeParse(raw);
  if (!parsed.success) {
    const { fieldErrors } = z.flattenError(parsed.error);
    throw new AppError(
      "INVALID_INPUT",
      "Please fix the highlighted fields.",
      fieldErrors as Record<string, string[]>,
    );
  }
  const input = parsed.data;
  if (input.scope === "WRITE")
    assertRole(ctx, "MEMBER", "Your role is read-only, so your tokens can only read.", {
      scope: ["Your role is read-only: choose read."],
    });
  if (input.teamId) await requireTeam(ctx, input.teamId);
  const { token, hash, prefix } = generateApiToken();
  const expiresAt = input.expiresInDays ? new Date(Date.now() + input.expiresInDays * 86_400_000) : null;
  const row = await db.$transaction(async (tx) => {
    const created = await tx.apiToken.create({
      data: {
        organizationId: ctx.orgId,
        userId: ctx.userId,
        kind,
        name: input.name,
        scope: input.scope,
        teamId: input.teamId,
        tokenHash: hash,
        prefix,
        expiresAt,
      },
      select: tokenSelect,
    });
    await auditTokenEvent(tx, ctx, meta, "api_token.created", created, {
      kind,
      scope: input.scope,
      teamId: input.teamId,
    });
    return created;
  });
  return { token, summary: toSummary(row) };
}

/** ORG: the organization's tokens (admins only). PERSONAL: the caller's own tokens. Newest first. */
export async function listApiTokens(ctx: OrgContext, kind: TApiTokenKind): Promise<TApiTokenSummary[]> {
  if (kind === "ORG") assertRole(ctx, "ADMIN", ONLY_ADMINS);
  const rows = await db.apiToken.findMany({
    where: { organizationId: ctx.orgId, kind, ...(kind === "PERSONAL" ? { userId: ctx.userId } : {}) },
    select: tokenSelect,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
  });
  return rows.map(toSummary);
}

/** Org tokens: any admin. Personal tokens: their owner, or an admin. Revoking twice is a no-op. */
export async function revokeApiToken(ctx: OrgContext, tokenId: string, meta: TAuditMeta = NO_AUDIT_META) {
  return db.$transaction(async (tx) => {
    const row = await tx.apiToken.findFirst({
      where: { id: tokenId, organizationId: ctx.orgId },
      select: { id: true, name: true, kind: true, userId: true, revokedAt: true },
    });
    const isAdmin = hasRole(ctx.role, "ADMIN");
    // Someone else's personal token is as invisible as a foreign id.
    if (!row || (row.kind === "PERSONAL" && row.userId !== ctx.userId && !isAdmin))
      throw new AppError("NOT_FOUND", "Token not found.");
    if (row.kind === "ORG" && !isAdmin)
      throw new AppError("FORBIDDEN", "Only admins manage organization tokens.");
    if (row.revokedAt) return { revoked: false };
    await tx.apiToken.update({
      where: { id: row.id },
      data: { revokedAt: new Date(), revokedById: ctx.userId },
    });
    await auditTokenEvent(tx, ctx, meta, "api_token.revoked", row, { kind: row.kind });
    return { revoked: true };
  });
}

export type TApiTokenGrant = Readonly<{
  id: string;
  kind: TApiTokenKind;
  name: string;
  scope: TApiTokenScope;
  teamId: string | null;
}>;
export type TApiCaller = Readonly<{ ctx: OrgContext; token: TApiTokenGrant }>;
export type TTokenFailure = "unknown" | "revoked" | "expired" | "not-a-member";
export type TTokenAuth = { ok: true; caller: TApiCaller } | { ok: false; reason: TTokenFailure };

type TAuthRow = {
  id: string;
  organization_id: string;
  user_id: string;
  kind: TApiTokenKind;
  name: string;
  scope: TApiTokenScope;
  team_id: string | null;
  revoked: boolean;
  expired: boolean;
  role: TOrgRole | null;
  slug: string;
  org_name: string;
};

// last_used_at/ip are refreshed at most every 30 s per token (or when the IP changes): a write per request would cost more than the read.
const TOUCH_SECONDS = 30;

/**
 * Resolves a bearer token (one prepared statement: token, organization and the user's current role,
 * plus the last-used touch). Failures of a known token are audit-logged; unknown tokens are only counted
 * by the caller's rate limit.
 */
export async function authenticateApiToken(token: string, meta: TAuditMeta): Promise<TTokenAuth> {
  const ip = meta.ip;
  const { rows } = await sqlPool().query<TAuthRow>(
    prepared(
      "stepwise_api_token_auth",
      sql`
    WITH t AS (
      SELECT t.id, t.organization_id, t.user_id, t.kind::text AS kind, t.name, t.scope::text AS scope, t.team_id,
             t.revoked_at IS NOT NULL AS revoked,
             (t.expires_at IS NOT NULL AND t.expires_at <= (now() AT TIME ZONE 'UTC')) AS expired,
             m.role::text AS role, o.slug, o.name AS org_name, t.last_used_at, t.last_used_ip
      FROM api_tokens t
      JOIN organizations o ON o.id = t.organization_id
      LEFT JOIN memberships m ON m.organization_id = t.organization_id AND m.user_id = t.user_id
      WHERE t.token_hash = ${hashApiToken(token)}::text
    ),
    touch AS (
      UPDATE api_tokens SET last_used_at = (now() AT TIME ZONE 'UTC'), last_used_ip = ${ip}::text
      FROM t
      WHERE api_tokens.id = t.id AND NOT t.revoked AND NOT t.expired AND t.role IS NOT NULL
        AND (t.last_used_at IS NULL OR t.last_used_at < (now() AT TIME ZONE 'UTC') - make_interval(secs => ${TOUCH_SECONDS})
             OR t.last_used_ip IS DISTINCT FROM ${ip}::text)
      RETURNING api_tokens.id
    )
    SELECT id, organization_id, user_id, kind, name, scope, team_id, revoked, expired, role, slug, org_name FROM t`,
    ),
  );
  const row = rows[0];
  if (!row) return { ok: false, reason: "unknown" };
  const reason: TTokenFailure | null = row.revoked
    ? "revoked"
    : row.expired
      ? "expired"
      : row.role === null
        ? "not-a-member"
        : null;
  const ctx: OrgContext = {
    userId: row.user_id,
    orgId: row.organization_id,
    orgSlug: row.slug,
    orgName: row.org_name,
    role: row.role ?? "VIEWER",
  };
  if (reason) {
    await auditTokenEvent(db, ctx, meta, "api_token.use_failed", row, { reason });
    return { ok: false, reason };
  }
  return {
    ok: true,
    caller: {
      ctx,
      token: { id: row.id, kind: row.kind, name: row.name, scope: row.scope, teamId: row.team_id },
    },
  };
}
