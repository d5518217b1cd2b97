import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { resolveOrgContext } from "@/lib/authz";
import { db } from "@/lib/db";
import {
  completeSsoSignIn,
  findSsoOrganization,
  getSsoSettings,
  loadOrgIdp,
  orgRequiresSso,
  recordSsoFailure,
  saveSsoSettings,
  ssoOnlyOrganizations,
  type TSsoSettingsInput,
} from "@/lib/data/sso";
import { registerUser, signInWithPassword } from "@/lib/data/users";
import { createTenant } from "../fixtures/tenants";

const uid = () => randomUUID().slice(0, 8);

async function ssoTenant(overrides: Partial<TSsoSettingsInput> = {}) {
  const t = await createTenant();
  const admin = await t.member("ADMIN");
  const domain = `sso-${uid()}.test`;
  const settings: TSsoSettingsInput = {
    enabled: true,
    issuer: "https://idp.example.com",
    clientId: "stepwise",
    clientSecret: "the-client-secret-value",
    allowedDomains: [domain],
    defaultRole: "MEMBER",
    passwordAllowed: true,
    groupsClaim: "groups",
    roleMapping: [
      { group: "platform-admins", role: "ADMIN" },
      { group: "execs", role: "VIEWER" },
    ],
    ...overrides,
  };
  await saveSsoSettings(admin, settings);
  return { ...t, admin, domain };
}

const claims = (email: string, extra: Record<string, unknown> = {}) => ({
  iss: "https://idp.example.com",
  sub: `sub-${uid()}`,
  email,
  email_verified: true,
  name: "Jay Doe",
  ...extra,
});

describe("SSO settings", () => {
  it("stores the client secret only sealed and never returns it", async () => {
    const t = await ssoTenant();
    const row = await db.orgSsoConfig.findUniqueOrThrow({ where: { organizationId: t.org.id } });
    expect(row.clientSecretEnc).not.toContain("the-client-secret-value");
    expect(row.clientSecretEnc.startsWith("v1.")).toBe(true);
    const view = await getSsoSettings(t.admin);
    expect(JSON.stringify(view)).not.toContain("the-client-secret-value");
    expect(view).toMatchObject({ isSecretSet: true, allowedDomains: [t.domain], defaultRole: "MEMBER" });
    const idp = await loadOrgIdp(t.org.id);
    expect(idp).toMatchObject({ ok: true, idp: { clientSecret: "the-client-secret-value" } });

    // An empty secret keeps the stored one; the sealed value is bound to its organization.
    await saveSsoSettings(t.admin, { ...(await settingsOf(t)), clientSecret: "" });
    expect(await loadOrgIdp(t.org.id)).toMatchObject({
      ok: true,
      idp: { clientSecret: "the-client-secret-value" },
    });
    const other = await ssoTenant();
    await db.orgSsoConfig.update({
      where: { organizationId: other.org.id },
      data: { clientSecretEnc: row.clientSecretEnc },
    });
    expect(await loadOrgIdp(other.org.id)).toEqual({ ok: false, code: "MISCONFIGURED" });
  });

  it("is for admins only", async () => {
    const t = await ssoTenant();
    const lead = await t.member("LEAD");
    await expect(getSsoSettings(lead)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(saveSsoSettings(lead, await settingsOf(t))).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("turns password sign-in off only after an admin signed in through SSO", async () => {
    const t = await ssoTenant();
    await expect(
      saveSsoSettings(t.admin, { ...(await settingsOf(t)), passwordAllowed: false }),
    ).rejects.toMatchObject({ code: "INVALID_STATE" });
    const adminUser = await db.user.findUniqueOrThrow({ where: { id: t.admin.userId } });
    await db.user.update({
      where: { id: adminUser.id },
      data: { emailVerified: new Date(), email: `boss@${t.domain}` },
    });
    await expect(completeSsoSignIn(t.org.id, claims(`boss@${t.domain}`))).resolves.toMatchObject({
      ok: true,
      outcome: "LINK_EXISTING",
      role: "ADMIN",
    });
    await saveSsoSettings(t.admin, { ...(await settingsOf(t)), passwordAllowed: false });
    expect(await orgRequiresSso(t.org.id)).toBe(true);
  });

  it("finds the organization by email domain or slug, and refuses unknown and shared domains", async () => {
    const t = await ssoTenant();
    await expect(findSsoOrganization({ email: `x@${t.domain}` })).resolves.toEqual({
      ok: true,
      orgId: t.org.id,
      orgSlug: t.org.slug,
    });
    await expect(findSsoOrganization({ orgSlug: t.org.slug.toUpperCase() })).resolves.toMatchObject({
      ok: true,
    });
    await expect(findSsoOrganization({ email: `x@unknown-${uid()}.test` })).resolves.toEqual({
      ok: false,
      code: "UNKNOWN_DOMAIN",
    });
    await expect(findSsoOrganization({ orgSlug: `nope-${uid()}` })).resolves.toEqual({
      ok: false,
      code: "UNKNOWN_ORG",
    });
    await ssoTenant({ allowedDomains: [t.domain] });
    await expect(findSsoOrganization({ email: `x@${t.domain}` })).resolves.toEqual({
      ok: false,
      code: "AMBIGUOUS_DOMAIN",
    });
    await saveSsoSettings(t.admin, { ...(await settingsOf(t)), enabled: false });
    await expect(findSsoOrganization({ orgSlug: t.org.slug })).resolves.toEqual({
      ok: false,
      code: "UNKNOWN_ORG",
    });
  });
});

async function settingsOf(t: { admin: Parameters<typeof getSsoSettings>[0] }): Promise<TSsoSettingsInput> {
  const s = (await getSsoSettings(t.admin))!;
  return { ...s, allowedDomains: s.allowedDomains, clientSecret: "" };
}

describe("SSO sign-in (just-in-time membership and linking)", () => {
  it("creates a verified account with the default role, then signs the same identity in again", async () => {
    const t = await ssoTenant();
    const email = `New.Person@${t.domain.toUpperCase()}`;
    const c = claims(email);
    const first = await completeSsoSignIn(t.org.id, c);
    expect(first).toMatchObject({ ok: true, outcome: "CREATE_USER", role: "MEMBER", orgSlug: t.org.slug });
    const user = await db.user.findUniqueOrThrow({ where: { email: email.toLowerCase() } });
    expect(user.emailVerified).not.toBeNull();
    expect(user.name).toBe("Jay Doe");
    await expect(resolveOrgContext(user.id, t.org.slug)).resolves.toMatchObject({ role: "MEMBER" });
    await expect(signInWithPassword(user.email, "")).resolves.toMatchObject({ ok: false }); // no usable password

    const again = await completeSsoSignIn(t.org.id, c);
    expect(again).toMatchObject({ ok: true, outcome: "KNOWN_IDENTITY", user: { id: user.id } });
    expect(await db.ssoIdentity.count({ where: { userId: user.id } })).toBe(1);
    expect(await db.membership.count({ where: { userId: user.id } })).toBe(1);
  });

  it("maps groups to roles, but never demotes an admin", async () => {
    const t = await ssoTenant();
    const c = claims(`exec-${uid()}@${t.domain}`, { groups: ["execs"] });
    await expect(completeSsoSignIn(t.org.id, c)).resolves.toMatchObject({ ok: true, role: "VIEWER" });
    await expect(
      completeSsoSignIn(t.org.id, { ...c, groups: ["execs", "platform-admins"] }),
    ).resolves.toMatchObject({
      ok: true,
      role: "ADMIN",
    });
    await expect(completeSsoSignIn(t.org.id, { ...c, groups: ["execs"] })).resolves.toMatchObject({
      ok: true,
      role: "ADMIN",
    });
  });

  it("links an existing account only when Stepwise verified its email", async () => {
    const t = await ssoTenant();
    const verifiedEmail = `known-${uid()}@${t.domain}`;
    const verified = await registerUser({
      email: verifiedEmail,
      name: "Known",
      password: "a long password 1",
    });
    await db.user.update({ where: { id: verified.id }, data: { emailVerified: new Date() } });
    await expect(completeSsoSignIn(t.org.id, claims(verifiedEmail))).resolves.toMatchObject({
      ok: true,
      outcome: "LINK_EXISTING",
      user: { id: verified.id },
    });

    const unverifiedEmail = `unverified-${uid()}@${t.domain}`;
    const unverified = await registerUser({
      email: unverifiedEmail,
      name: "Unverified",
      password: "a long password 1",
    });
    await expect(completeSsoSignIn(t.org.id, claims(unverifiedEmail))).resolves.toEqual({
      ok: false,
      code: "ACCOUNT_UNVERIFIED",
      email: unverifiedEmail,
    });
    expect(await db.membership.count({ where: { userId: unverified.id } })).toBe(0);
    expect(await db.ssoIdentity.count({ where: { userId: unverified.id } })).toBe(0);
  });

  it("creates nothing for a foreign domain, an unverified IdP email or a missing email", async () => {
    const t = await ssoTenant();
    const before = await db.user.count();
    const foreign = `x-${uid()}@elsewhere-${uid()}.test`;
    await expect(completeSsoSignIn(t.org.id, claims(foreign))).resolves.toMatchObject({
      ok: false,
      code: "DOMAIN_NOT_ALLOWED",
    });
    await expect(
      completeSsoSignIn(t.org.id, claims(`y-${uid()}@${t.domain}`, { email_verified: false })),
    ).resolves.toMatchObject({ ok: false, code: "EMAIL_NOT_VERIFIED" });
    await expect(
      completeSsoSignIn(t.org.id, claims(`y-${uid()}@${t.domain}`, { email_verified: "true" })),
    ).resolves.toMatchObject({ ok: false, code: "EMAIL_NOT_VERIFIED" });
    await expect(completeSsoSignIn(t.org.id, claims("", { email: undefined }))).resolves.toMatchObject({
      ok: false,
      code: "EMAIL_MISSING",
    });
    expect(await db.user.count()).toBe(before);
    expect(await db.ssoIdentity.count({ where: { organizationId: t.org.id } })).toBe(0);
  });

  it("audits settings changes (never the secret) and sign-ins with the account change", async () => {
    const t = await ssoTenant();
    const meta = { ip: "203.0.113.7", userAgent: "vitest", requestId: "req-sso-1" };
    await saveSsoSettings(t.admin, { ...(await settingsOf(t)), clientSecret: "rotated-secret-value" }, meta);
    const email = `audited-${uid()}@${t.domain}`;
    const result = await completeSsoSignIn(t.org.id, claims(email), meta);
    await recordSsoFailure(t.org.id, "DOMAIN_NOT_ALLOWED", "x@elsewhere.test", meta);
    const rows = await db.auditEvent.findMany({
      where: { organizationId: t.org.id },
      orderBy: { occurredAt: "asc" },
    });
    expect(rows.map((r) => r.action)).toEqual([
      "sso.config.updated",
      "sso.config.updated",
      "auth.sso_sign_in.succeeded",
      "auth.sso_sign_in.failed",
    ]);
    expect(JSON.stringify(rows)).not.toContain("rotated-secret-value");
    expect(rows[1]).toMatchObject({ ip: "203.0.113.7", requestId: "req-sso-1", actorUserId: t.admin.userId });
    expect(rows[2]).toMatchObject({ targetType: "user", targetId: result.ok ? result.user.id : "none" });
    expect(rows[3]).toMatchObject({
      actorLabel: "x@elsewhere.test",
      details: { reason: "DOMAIN_NOT_ALLOWED" },
    });
  });

  it("gives one account to two simultaneous first sign-ins of the same person", async () => {
    const t = await ssoTenant();
    const c = claims(`race-${uid()}@${t.domain}`);
    const results = await Promise.all([completeSsoSignIn(t.org.id, c), completeSsoSignIn(t.org.id, c)]);
    expect(results.every((r) => r.ok)).toBe(true);
    expect(await db.user.count({ where: { email: c.email } })).toBe(1);
    expect(await db.ssoIdentity.count({ where: { organizationId: t.org.id, subject: c.sub } })).toBe(1);
  });

  it("refuses password sign-in when every organization of the person requires SSO", async () => {
    const t = await ssoTenant();
    const email = `pw-${uid()}@${t.domain}`;
    const user = await registerUser({ email, name: "Pw", password: "a long password 1" });
    await db.membership.create({ data: { organizationId: t.org.id, userId: user.id, role: "MEMBER" } });
    await expect(signInWithPassword(email, "a long password 1")).resolves.toMatchObject({ ok: true });

    const adminEmail = `admin-${uid()}@${t.domain}`;
    await db.user.update({
      where: { id: t.admin.userId },
      data: { email: adminEmail, emailVerified: new Date() },
    });
    await completeSsoSignIn(t.org.id, claims(adminEmail));
    await saveSsoSettings(t.admin, { ...(await settingsOf(t)), passwordAllowed: false });
    expect(await ssoOnlyOrganizations(user.id)).toEqual([t.org.slug]);
    await expect(signInWithPassword(email, "a long password 1")).resolves.toEqual({
      ok: false,
      reason: "SSO_REQUIRED",
      orgSlug: t.org.slug,
    });
    // A second organization that allows passwords lets the password session in (to that one only).
    const other = await createTenant();
    await db.membership.create({ data: { organizationId: other.org.id, userId: user.id, role: "MEMBER" } });
    expect(await ssoOnlyOrganizations(user.id)).toEqual([]);
    await expect(signInWithPassword(email, "a long password 1")).resolves.toMatchObject({ ok: true });
  });
});
