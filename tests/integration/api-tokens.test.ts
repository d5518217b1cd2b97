import { beforeAll, describe, expect, it } from "vitest";
import { listTeamsEndpoint } from "@/lib/api/v1/teams";
import { createAssessmentEndpoint } from "@/lib/api/v1/assessments";
import { hashApiToken } from "@/lib/api/token-format";
import { createApiToken, listApiTokens, revokeApiToken } from "@/lib/data/api-tokens";
import { db } from "@/lib/db";
import { createTenant, ensureModels } from "../fixtures/tenants";
import { call, tokenFor } from "./api-helpers";

beforeAll(async () => {
  await ensureModels();
});

describe("API tokens", () => {
  it("is shown once, stored as a SHA-256 hash with a visible prefix, and records last use", async () => {
    const t = await createTenant();
    const admin = await t.member("ADMIN");
    const { token, summary } = await createApiToken(admin, "ORG", {
      name: "CI",
      scope: "READ",
      expiresInDays: "30",
    });
    expect(token).toMatch(/^swp_[A-Za-z0-9_-]{43}$/);
    const row = await db.apiToken.findUniqueOrThrow({ where: { id: summary.id } });
    expect(row.tokenHash).toBe(hashApiToken(token));
    expect(JSON.stringify(row)).not.toContain(token);
    expect(token.startsWith(row.prefix)).toBe(true);
    expect(row.expiresAt!.getTime()).toBeGreaterThan(Date.now() + 29 * 86_400_000);
    expect(row.lastUsedAt).toBeNull();
    const res = await call(listTeamsEndpoint, { org: t.org.slug, token });
    expect(res.status).toBe(200);
    const used = await db.apiToken.findUniqueOrThrow({ where: { id: summary.id } });
    expect(used.lastUsedAt).not.toBeNull();
    // The helper sends X-Forwarded-For: 203.0.113.7, but without a trusted proxy (TRUSTED_PROXY_HOPS=0)
    // a client-supplied hop is never recorded; a direct call here has no socket peer either.
    expect(used.lastUsedIp).toBeNull();
  });

  it("org tokens are for admins; listing and revoking follow ownership", async () => {
    const t = await createTenant();
    const admin = await t.member("ADMIN");
    const lead = await t.member("LEAD", { inTeam: true });
    const viewer = await t.member("VIEWER");
    await expect(createApiToken(lead, "ORG", { name: "x", scope: "READ" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(listApiTokens(lead, "ORG")).rejects.toMatchObject({ code: "FORBIDDEN" });
    // A viewer's personal token can only read.
    await expect(createApiToken(viewer, "PERSONAL", { name: "x", scope: "WRITE" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    const mine = await createApiToken(lead, "PERSONAL", { name: "mine", scope: "WRITE" });
    expect((await listApiTokens(lead, "PERSONAL")).map((x) => x.id)).toEqual([mine.summary.id]);
    expect(await listApiTokens(admin, "PERSONAL")).toEqual([]);
    // Another member cannot see or revoke it (404); an admin can revoke it.
    const other = await t.member("LEAD");
    await expect(revokeApiToken(other, mine.summary.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await revokeApiToken(admin, mine.summary.id)).toEqual({ revoked: true });
    expect(await revokeApiToken(admin, mine.summary.id)).toEqual({ revoked: false });
    // Input is validated: bad expiry, foreign team.
    await expect(
      createApiToken(admin, "ORG", { name: "x", scope: "READ", expiresInDays: "999" }),
    ).rejects.toMatchObject({
      code: "INVALID_INPUT",
    });
    const foreign = await createTenant();
    await expect(
      createApiToken(admin, "ORG", { name: "x", scope: "READ", teamId: foreign.teamId }),
    ).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("refuses missing, malformed, unknown, revoked and expired tokens with 401 problems", async () => {
    const t = await createTenant();
    const admin = await t.member("ADMIN");
    const org = t.org.slug;
    const missing = await call(listTeamsEndpoint, { org });
    expect(missing.status).toBe(401);
    expect(missing.headers.get("content-type")).toBe("application/problem+json");
    expect(missing.json).toMatchObject({ status: 401, title: "Authentication required" });
    expect((await call(listTeamsEndpoint, { org, token: "swp_nope" })).status).toBe(401);
    expect((await call(listTeamsEndpoint, { org, token: `swp_${"A".repeat(43)}` })).status).toBe(401);

    const revoked = await tokenFor(admin);
    await revokeApiToken(admin, revoked.id);
    const r = await call(listTeamsEndpoint, { org, token: revoked.token });
    expect(r.status).toBe(401);
    expect(r.json.detail).toMatch(/revoked/);

    const expired = await tokenFor(admin, { expiresInDays: "1" });
    await db.apiToken.update({ where: { id: expired.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const e = await call(listTeamsEndpoint, { org, token: expired.token });
    expect(e.status).toBe(401);
    expect(e.json.detail).toMatch(/expired/);

    // Created, revoked and refused uses are in the organization's audit log (never the secret).
    const events = await db.auditEvent.findMany({
      where: { organizationId: admin.orgId, targetType: "api_token" },
      orderBy: { occurredAt: "asc" },
    });
    expect(events.map((x) => [x.action, x.targetId])).toEqual([
      ["api_token.created", revoked.id],
      ["api_token.revoked", revoked.id],
      ["api_token.use_failed", revoked.id],
      ["api_token.created", expired.id],
      ["api_token.use_failed", expired.id],
    ]);
    expect(events.at(-1)).toMatchObject({ ip: null, details: { reason: "expired" } });
    expect(JSON.stringify(events)).not.toContain(revoked.token);
  });

  it("a removed member's personal tokens stop at once; a demoted member's token loses the rights", async () => {
    const t = await createTenant();
    const lead = await t.member("LEAD", { inTeam: true });
    const { token } = await tokenFor(lead);
    const create = () =>
      call(createAssessmentEndpoint, {
        org: t.org.slug,
        token,
        body: { teamId: t.teamId, model: { key: "tiny-model" } },
      });
    expect((await create()).status).toBe(201);
    await db.membership.update({
      where: { organizationId_userId: { organizationId: lead.orgId, userId: lead.userId } },
      data: { role: "MEMBER" },
    });
    expect((await create()).status).toBe(403);
    await db.membership.delete({
      where: { organizationId_userId: { organizationId: lead.orgId, userId: lead.userId } },
    });
    const gone = await call(listTeamsEndpoint, { org: t.org.slug, token });
    expect(gone.status).toBe(401);
  });

  it("never reaches another organization, beyond its scope or outside its team", async () => {
    const a = await createTenant();
    const b = await createTenant();
    const adminA = await a.member("ADMIN");
    await b.member("ADMIN");
    const { token } = await tokenFor(adminA);
    // Another organization's slug: 404 (indistinguishable from an unknown one).
    expect((await call(listTeamsEndpoint, { org: b.org.slug, token })).status).toBe(404);
    expect((await call(listTeamsEndpoint, { org: "no-such-org", token })).status).toBe(404);
    // A read token on a write: 403.
    const read = await tokenFor(adminA, { scope: "READ" });
    const w = await call(createAssessmentEndpoint, {
      org: a.org.slug,
      token: read.token,
      body: { teamId: a.teamId, model: { key: "tiny-model" } },
    });
    expect(w.status).toBe(403);
    expect(w.json.detail).toMatch(/read/);
    // A team-restricted token: sees its team only, another team is unknown.
    const teamOnly = await tokenFor(adminA, { teamId: a.teamId });
    const list = await call(listTeamsEndpoint, { org: a.org.slug, token: teamOnly.token });
    expect(list.json.data.map((x: { id: string }) => x.id)).toEqual([a.teamId]);
    const other = await call(createAssessmentEndpoint, {
      org: a.org.slug,
      token: teamOnly.token,
      body: { teamId: a.otherTeamId, model: { key: "tiny-model" } },
    });
    expect(other.status).toBe(404);
  });

  it("rate-limits each token with RateLimit headers and 429", async () => {
    const t = await createTenant();
    const admin = await t.member("ADMIN");
    const { token, id } = await tokenFor(admin);
    const first = await call(listTeamsEndpoint, { org: t.org.slug, token });
    const limit = Number(first.headers.get("ratelimit-limit"));
    expect(limit).toBeGreaterThan(0);
    expect(Number(first.headers.get("ratelimit-remaining"))).toBe(limit - 1);
    await db.rateLimitBucket.update({ where: { key: `api:${id}` }, data: { count: limit } });
    const limited = await call(listTeamsEndpoint, { org: t.org.slug, token });
    expect(limited.status).toBe(429);
    expect(limited.headers.get("retry-after")).toMatch(/^\d+$/);
    expect(limited.headers.get("ratelimit-remaining")).toBe("0");
  });
});
