/**
 * Single sign-on data (docs/sso.md): an organization's OIDC settings (admin only; the client secret is
 * sealed and never returned), finding the organization for an email or slug, and completing an IdP
 * sign-in in one transaction (identity link, just-in-time membership, role mapping).
 */
import "server-only";
import type { Prisma } from "@prisma/client";
import type { OrgContext } from "@/lib/authz/context";
import { assertRole, type TOrgRole } from "@/lib/authz/roles";
import { NO_AUDIT_META, type TAuditMeta } from "@/lib/audit/events";
import { LruCache } from "@/lib/cache/lru";
import { db, type TTx } from "@/lib/db";
import { recordAudit } from "./audit";
import { AppError } from "@/lib/errors";
import { allowInsecureIssuers, secretsKey } from "@/lib/sso/keys";
import type { TIdpSettings } from "@/lib/sso/oidc";
import {
  claimGroups,
  decideSsoSignIn,
  emailDomain,
  mappedRole,
  ZRoleMapping,
  type TRoleMapping,
  type TSsoRefusal,
} from "@/lib/sso/rules";
import { openSecret, sealSecret } from "@/lib/sso/secret-box";

const secretContext = (orgId: string) => `sso-client-secret:${orgId}`;

const ONLY_ADMINS = "Only admins can change single sign-on.";

const parseMapping = (value: Prisma.JsonValue): TRoleMapping => {
  const parsed = ZRoleMapping.safeParse(value);
  return parsed.success ? parsed.data : [];
};

/** The settings form's view: never the secret, only whether one is set. ADMIN only. */
export async function getSsoSettings(ctx: OrgContext) {
  assertRole(ctx, "ADMIN", ONLY_ADMINS);
  const row = await db.orgSsoConfig.findUnique({ where: { organizationId: ctx.orgId } });
  if (!row) return null;
  return {
    enabled: row.enabled,
    issuer: row.issuer,
    clientId: row.clientId,
    isSecretSet: row.clientSecretEnc.length > 0,
    allowedDomains: row.allowedDomains,
    defaultRole: row.defaultRole as TOrgRole,
    passwordAllowed: row.passwordAllowed,
    groupsClaim: row.groupsClaim,
    roleMapping: parseMapping(row.roleMapping),
    updatedAt: row.updatedAt,
  };
}

export type TSsoSettingsInput = Readonly<{
  enabled: boolean;
  issuer: string;
  clientId: string;
  /** "" keeps the stored secret. */
  clientSecret: string;
  allowedDomains: string[];
  defaultRole: TOrgRole;
  passwordAllowed: boolean;
  groupsClaim: string;
  roleMapping: TRoleMapping;
}>;

/** The stored client secret in plain text, for checking the issuer before a save (server side only). */
export async function storedClientSecret(ctx: OrgContext): Promise<string | null> {
  assertRole(ctx, "ADMIN", ONLY_ADMINS);
  const row = await db.orgSsoConfig.findUnique({
    where: { organizationId: ctx.orgId },
    select: { clientSecretEnc: true },
  });
  const key = secretsKey();
  return row && key ? openSecret(row.clientSecretEnc, key, secretContext(ctx.orgId)) : null;
}

/**
 * Saves the settings (ADMIN only). Password sign-in can be turned off only once an admin of the
 * organization has signed in through its SSO, so a broken IdP setup cannot lock every admin out.
 */
export async function saveSsoSettings(
  ctx: OrgContext,
  input: TSsoSettingsInput,
  meta: TAuditMeta = NO_AUDIT_META,
) {
  assertRole(ctx, "ADMIN", ONLY_ADMINS);
  const key = secretsKey();
  if (!key)
    throw new AppError(
      "INVALID_STATE",
      "Single sign-on cannot be saved: the server has no STEPWISE_ENCRYPTION_KEY to protect the client secret.",
    );
  if (input.allowedDomains.length === 0)
    throw new AppError("INVALID_INPUT", "Add at least one allowed email domain.", {
      allowedDomains: ["Add at least one domain"],
    });
  return db.$transaction(async (tx) => {
    const existing = await tx.orgSsoConfig.findUnique({
      where: { organizationId: ctx.orgId },
      select: { clientSecretEnc: true },
    });
    const clientSecretEnc = input.clientSecret
      ? sealSecret(input.clientSecret, key, secretContext(ctx.orgId))
      : existing?.clientSecretEnc;
    if (!clientSecretEnc)
      throw new AppError("INVALID_INPUT", "Enter the client secret.", {
        clientSecret: ["Enter the client secret"],
      });
    if (!input.passwordAllowed) {
      const ssoAdmins = await tx.ssoIdentity.count({
        where: {
          organizationId: ctx.orgId,
          user: { memberships: { some: { organizationId: ctx.orgId, role: "ADMIN" } } },
        },
      });
      if (!input.enabled || ssoAdmins === 0)
        throw new AppError(
          "INVALID_STATE",
          "Password sign-in can be turned off only after an admin has signed in through this organization's single sign-on (and while it is enabled).",
          { passwordAllowed: ["An admin must sign in with SSO first"] },
        );
    }
    const data = {
      enabled: input.enabled,
      issuer: input.issuer,
      clientId: input.clientId,
      clientSecretEnc,
      allowedDomains: input.allowedDomains,
      defaultRole: input.defaultRole,
      passwordAllowed: input.passwordAllowed,
      groupsClaim: input.groupsClaim,
      roleMapping: input.roleMapping,
      updatedById: ctx.userId,
    };
    await tx.orgSsoConfig.upsert({
      where: { organizationId: ctx.orgId },
      create: { organizationId: ctx.orgId, ...data },
      update: data,
    });
    await auditSso(tx, {
      orgId: ctx.orgId,
      userId: ctx.userId,
      meta,
      action: "sso.config.updated",
      target: { type: "sso_config", id: ctx.orgId, label: ctx.orgName },
      details: {
        enabled: input.enabled,
        issuer: input.issuer,
        clientId: input.clientId,
        clientAuthChanged: Boolean(input.clientSecret),
        allowedDomains: input.allowedDomains.join(","),
        defaultRole: input.defaultRole,
        passwordAllowed: input.passwordAllowed,
        groupsClaim: input.groupsClaim,
        roleMappings: input.roleMapping.length,
      },
    });
    ssoPolicy.delete(ctx.orgId);
    return { isSecretChanged: Boolean(input.clientSecret), isCreated: !existing };
  });
}

export type TSsoOrgLookup =
  | { ok: true; orgId: string; orgSlug: string }
  | { ok: false; code: "UNKNOWN_DOMAIN" | "UNKNOWN_ORG" | "AMBIGUOUS_DOMAIN" | "BAD_INPUT" };

/** The organization whose enabled SSO serves this email's domain, or has this slug. */
export async function findSsoOrganization(input: {
  email?: string;
  orgSlug?: string;
}): Promise<TSsoOrgLookup> {
  if (input.orgSlug) {
    const row = await db.orgSsoConfig.findFirst({
      where: { enabled: true, organization: { slug: input.orgSlug.trim().toLowerCase() } },
      select: { organizationId: true, organization: { select: { slug: true } } },
    });
    return row
      ? { ok: true, orgId: row.organizationId, orgSlug: row.organization.slug }
      : { ok: false, code: "UNKNOWN_ORG" };
  }
  const domain = input.email ? emailDomain(input.email) : null;
  if (!domain) return { ok: false, code: "BAD_INPUT" };
  const rows = await db.orgSsoConfig.findMany({
    where: { enabled: true, allowedDomains: { has: domain } },
    select: { organizationId: true, organization: { select: { slug: true } } },
    take: 2,
  });
  if (rows.length === 0) return { ok: false, code: "UNKNOWN_DOMAIN" };
  if (rows.length > 1) return { ok: false, code: "AMBIGUOUS_DOMAIN" };
  return { ok: true, orgId: rows[0]!.organizationId, orgSlug: rows[0]!.organization.slug };
}

export type TOrgIdp =
  | { ok: true; orgSlug: string; orgName: string; idp: TIdpSettings }
  | { ok: false; code: "SSO_DISABLED" | "MISCONFIGURED" };

/** The organization's IdP settings with the secret unsealed (server side only). */
export async function loadOrgIdp(orgId: string): Promise<TOrgIdp> {
  const row = await db.orgSsoConfig.findUnique({
    where: { organizationId: orgId },
    select: {
      enabled: true,
      issuer: true,
      clientId: true,
      clientSecretEnc: true,
      organization: { select: { slug: true, name: true } },
    },
  });
  if (!row?.enabled) return { ok: false, code: "SSO_DISABLED" };
  const key = secretsKey();
  const clientSecret = key ? openSecret(row.clientSecretEnc, key, secretContext(orgId)) : null;
  if (clientSecret === null) return { ok: false, code: "MISCONFIGURED" };
  return {
    ok: true,
    orgSlug: row.organization.slug,
    orgName: row.organization.name,
    idp: { issuer: row.issuer, clientId: row.clientId, clientSecret, allowInsecure: allowInsecureIssuers() },
  };
}

export type TSsoSignInResult =
  | {
      ok: true;
      user: { id: string; email: string; name: string };
      orgSlug: string;
      outcome: "KNOWN_IDENTITY" | "LINK_EXISTING" | "CREATE_USER";
      role: TOrgRole;
    }
  | { ok: false; code: TSsoRefusal | "SSO_DISABLED"; email: string | null };

const nameFromClaims = (claims: Record<string, unknown>, email: string) => {
  const given = [claims.given_name, claims.family_name].filter((v) => typeof v === "string").join(" ");
  const name =
    (typeof claims.name === "string" && claims.name.trim()) || given.trim() || email.split("@")[0]!;
  return name.slice(0, 100);
};

/**
 * Applies verified IdP claims for organization `orgId` in one transaction: decides who signs in
 * (lib/sso/rules.ts decideSsoSignIn), creates or links the account, adds the membership with the
 * mapped or default role, and records the identity. Nothing is written when the sign-in is refused.
 */
export async function completeSsoSignIn(
  orgId: string,
  claims: Readonly<Record<string, unknown> & { sub: string; iss: string }>,
  meta: TAuditMeta = NO_AUDIT_META,
): Promise<TSsoSignInResult> {
  try {
    return await applySsoClaims(orgId, claims, meta);
  } catch (err) {
    // Two first sign-ins of one person at once: the loser's insert hits a unique key; the retry links.
    if ((err as { code?: string }).code === "P2002") return applySsoClaims(orgId, claims, meta);
    throw err;
  }
}

async function applySsoClaims(
  orgId: string,
  claims: Readonly<Record<string, unknown> & { sub: string; iss: string }>,
  meta: TAuditMeta,
): Promise<TSsoSignInResult> {
  const rawEmail = typeof claims.email === "string" ? claims.email : null;
  const email = rawEmail ? rawEmail.trim().toLowerCase().slice(0, 254) : null;
  // Entra ID has no email_verified; its optional claim xms_edov says the domain owner verified it.
  const emailVerifiedByIdp = claims.email_verified === true || claims.xms_edov === true;
  return db.$transaction(async (tx) => {
    const config = await tx.orgSsoConfig.findUnique({ where: { organizationId: orgId } });
    if (!config?.enabled) return { ok: false as const, code: "SSO_DISABLED" as const, email };
    const identity = await tx.ssoIdentity.findUnique({
      where: {
        organizationId_issuer_subject: { organizationId: orgId, issuer: claims.iss, subject: claims.sub },
      },
      select: { id: true, userId: true },
    });
    const existing = email
      ? await tx.user.findUnique({ where: { email }, select: { id: true, emailVerified: true } })
      : null;
    const decision = decideSsoSignIn({
      email,
      emailVerifiedByIdp,
      allowedDomains: config.allowedDomains,
      identityUserId: identity?.userId ?? null,
      existingUser: existing ? { id: existing.id, emailVerified: existing.emailVerified !== null } : null,
    });
    if (decision.kind === "REFUSE") return { ok: false as const, code: decision.reason, email };
    const verifiedEmail = email!;

    let userId: string;
    if (decision.kind === "CREATE_USER") {
      // No usable password: such a person signs in through SSO (or sets a password by reset later).
      const created = await tx.user.create({
        data: {
          email: verifiedEmail,
          name: nameFromClaims(claims, verifiedEmail),
          passwordHash: "",
          emailVerified: new Date(),
        },
        select: { id: true },
      });
      userId = created.id;
    } else {
      userId = decision.userId;
    }
    if (identity) {
      await tx.ssoIdentity.update({
        where: { id: identity.id },
        data: { lastSignInAt: new Date(), email: verifiedEmail },
      });
    } else {
      await tx.ssoIdentity.create({
        data: {
          organizationId: orgId,
          userId,
          issuer: claims.iss,
          subject: claims.sub,
          email: verifiedEmail,
        },
      });
    }

    const mapped = config.groupsClaim
      ? mappedRole(claimGroups(claims[config.groupsClaim]), parseMapping(config.roleMapping))
      : null;
    const membership = await tx.membership.findUnique({
      where: { organizationId_userId: { organizationId: orgId, userId } },
      select: { id: true, role: true },
    });
    let role: TOrgRole;
    if (!membership) {
      role = mapped ?? (config.defaultRole as TOrgRole);
      await tx.membership.create({ data: { organizationId: orgId, userId, role } });
    } else {
      role = membership.role as TOrgRole;
      // The IdP's groups decide the role on every sign-in, but never demote an admin (members page does).
      if (mapped && mapped !== role && role !== "ADMIN") {
        await tx.membership.update({ where: { id: membership.id }, data: { role: mapped } });
        role = mapped;
      }
    }
    const [user, org] = await Promise.all([
      tx.user.findUniqueOrThrow({ where: { id: userId }, select: { id: true, email: true, name: true } }),
      tx.organization.findUniqueOrThrow({ where: { id: orgId }, select: { slug: true } }),
    ]);
    await auditSso(tx, {
      orgId,
      userId,
      meta,
      action: "auth.sso_sign_in.succeeded",
      target: { type: "user", id: userId, label: verifiedEmail },
      details: { outcome: decision.kind, role, issuer: claims.iss },
    });
    return { ok: true as const, user, orgSlug: org.slug, outcome: decision.kind, role };
  });
}

type TSsoAuditEvent = Readonly<{
  orgId: string;
  userId: string | null;
  meta: TAuditMeta;
  action: "auth.sso_sign_in.succeeded" | "auth.sso_sign_in.failed" | "sso.config.updated";
  actorLabel?: string;
  target: { type: "user" | "sso_config"; id: string; label?: string };
  details: Record<string, string | number | boolean | null>;
}>;

/** One audit row, written with the transaction of the change it records (lib/data/audit.ts). */
async function auditSso(tx: TTx, event: TSsoAuditEvent) {
  await recordAudit(
    tx,
    { orgId: event.orgId, userId: event.userId, actorLabel: event.actorLabel, meta: event.meta },
    { action: event.action, target: event.target, details: event.details },
  );
}

/** A refused SSO sign-in, for the audit log (no account or membership was written). */
export async function recordSsoFailure(orgId: string, code: string, email: string | null, meta: TAuditMeta) {
  await auditSso(db, {
    orgId,
    userId: null,
    meta,
    action: "auth.sso_sign_in.failed",
    actorLabel: email ?? "unknown (SSO)",
    target: { type: "sso_config", id: orgId },
    details: { reason: code, email },
  });
}

// Org id → whether members need an SSO session to enter; read on every request of a password session.
const ssoPolicy = new LruCache<string, boolean>(5_000, 10_000);

/** True when the organization allows only sessions from its own SSO (password sign-in turned off). */
export async function orgRequiresSso(orgId: string): Promise<boolean> {
  const known = ssoPolicy.get(orgId);
  if (known !== undefined) return known;
  const row = await db.orgSsoConfig.findUnique({
    where: { organizationId: orgId },
    select: { enabled: true, passwordAllowed: true },
  });
  const requires = Boolean(row?.enabled && !row.passwordAllowed);
  ssoPolicy.set(orgId, requires);
  return requires;
}

/**
 * Slugs of the user's organizations that need SSO, when every one of them does (then a password
 * session would open nothing, and password sign-in is refused with a pointer to SSO); else [].
 */
export async function ssoOnlyOrganizations(userId: string): Promise<string[]> {
  const memberships = await db.membership.findMany({
    where: { userId },
    select: {
      organization: {
        select: { slug: true, ssoConfig: { select: { enabled: true, passwordAllowed: true } } },
      },
    },
  });
  const ssoOnly = memberships.filter(
    (m) => m.organization.ssoConfig?.enabled && !m.organization.ssoConfig.passwordAllowed,
  );
  return memberships.length > 0 && ssoOnly.length === memberships.length
    ? ssoOnly.map((m) => m.organization.slug)
    : [];
}
