import { describe, expect, it } from "vitest";
import { resolveOrgContext } from "@/lib/authz";
import { NO_AUDIT_META } from "@/lib/audit/events";
import { db } from "@/lib/db";
import { acceptInvite, createInvite, findInvite } from "@/lib/data/invites";
import { createOrganization } from "@/lib/data/orgs";
import { authenticateUser, registerUser } from "@/lib/data/users";
import { createTenant, createUser } from "../fixtures/tenants";

describe("invites", () => {
  it("joins the organization and team once, then the link is spent", async () => {
    const t = await createTenant();
    const admin = await t.member("ADMIN");
    const { token } = await createInvite(admin, { role: "LEAD", teamId: t.teamId }, NO_AUDIT_META);
    expect(await db.invite.count({ where: { tokenHash: token } })).toBe(0); // only the hash is stored

    const invitee = await createUser("invitee");
    await expect(findInvite(token)).resolves.toMatchObject({
      role: "LEAD",
      orgSlug: t.org.slug,
      teamName: "Team A",
    });
    await expect(acceptInvite(invitee.id, token)).resolves.toEqual({ orgSlug: t.org.slug });
    await expect(resolveOrgContext(invitee.id, t.org.slug)).resolves.toMatchObject({ role: "LEAD" });
    expect(await db.teamMember.count({ where: { teamId: t.teamId, userId: invitee.id } })).toBe(1);

    const latecomer = await createUser("late");
    await expect(acceptInvite(latecomer.id, token)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(findInvite(token)).resolves.toBeNull();
  });

  it("refuses expired and unknown links", async () => {
    const t = await createTenant();
    const admin = await t.member("ADMIN");
    const { token } = await createInvite(admin, { role: "MEMBER" }, NO_AUDIT_META);
    await db.invite.updateMany({
      where: { organizationId: t.org.id },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    const user = await createUser();
    await expect(acceptInvite(user.id, token)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(acceptInvite(user.id, "not-a-real-token-000000000")).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(resolveOrgContext(user.id, t.org.slug)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("lets only one of two racing users claim a link", async () => {
    const t = await createTenant();
    const admin = await t.member("ADMIN");
    const { token } = await createInvite(admin, { role: "MEMBER" }, NO_AUDIT_META);
    const [u1, u2] = await Promise.all([createUser(), createUser()]);
    const results = await Promise.allSettled([acceptInvite(u1.id, token), acceptInvite(u2.id, token)]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
  });
});

describe("accounts", () => {
  it("registers, authenticates with argon2id, refuses duplicates and wrong passwords", async () => {
    const email = `Person-${Date.now()}@Example.test`;
    const user = await registerUser({ email, name: "Person", password: "correct horse battery" });
    expect(user.email).toBe(email.toLowerCase());
    const row = await db.user.findUnique({ where: { id: user.id } });
    expect(row?.passwordHash).toMatch(/^\$argon2id\$/);

    await expect(authenticateUser(email, "correct horse battery")).resolves.toMatchObject({ id: user.id });
    await expect(authenticateUser(email, "wrong password!")).resolves.toBeNull();
    await expect(authenticateUser("nobody@example.test", "whatever")).resolves.toBeNull();
    await expect(
      registerUser({ email: email.toUpperCase(), name: "Again", password: "another password" }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("creates an organization with its creator as admin and a unique slug", async () => {
    const u = await createUser();
    const first = await createOrganization(u.id, { name: "Same Name Inc" });
    const second = await createOrganization(u.id, { name: "Same Name Inc" });
    expect(first.slug).not.toBe(second.slug);
    await expect(resolveOrgContext(u.id, second.slug, "ADMIN")).resolves.toMatchObject({ role: "ADMIN" });
  });

  it("creates same-named organizations at the same moment without an error (fuzzer seed 544371)", async () => {
    const u = await createUser();
    const name = `Race ${Date.now()} ${Math.random().toString(36).slice(2, 8)}`;
    const results = await Promise.allSettled(
      Array.from({ length: 6 }, () => createOrganization(u.id, { name })),
    );
    expect(results.filter((r) => r.status === "rejected")).toEqual([]);
    const slugs = results.map((r) => (r as PromiseFulfilledResult<{ slug: string }>).value.slug);
    expect(new Set(slugs).size).toBe(6);
  });
});

describe("sign-in attempt limit", () => {
  it("refuses further attempts from the same address after the limit, and the window ending resets it", async () => {
    const { consumeRateLimit } = await import("@/lib/data/rate-limit");
    const { SIGN_IN_LIMITS, signInWithPassword } = await import("@/lib/data/users");
    const email = `limited-${Date.now()}@example.test`;
    const ip = `203.0.113.${Math.floor(Math.random() * 250)}`;
    await registerUser({ email, name: "Limited", password: "the right password" }, { ip });

    await expect(signInWithPassword(email, "the right password", ip)).resolves.toMatchObject({ ok: true });
    for (let i = 0; i < SIGN_IN_LIMITS.ipEmail.limit; i += 1) {
      await expect(signInWithPassword(email.toUpperCase(), "a wrong guess", ip)).resolves.toMatchObject({
        ok: false,
        reason: "INVALID_CREDENTIALS",
      });
    }
    const limited = await signInWithPassword(email, "the right password", ip);
    expect(limited).toMatchObject({ ok: false, reason: "RATE_LIMITED" });
    expect(
      limited.ok === false && limited.reason === "RATE_LIMITED" && limited.retryAfterSeconds,
    ).toBeGreaterThan(0);

    // The window ends: counting starts again.
    await db.rateLimitBucket.update({
      where: { key: `sign-in:ip-email:${ip}:${email}` },
      data: { windowStart: new Date(Date.now() - 16 * 60 * 1000) },
    });
    await expect(signInWithPassword(email, "the right password", ip)).resolves.toMatchObject({ ok: true });

    const key = `test:${Date.now()}`;
    const counts = await Promise.all(
      Array.from({ length: 20 }, () => consumeRateLimit(key, { limit: 5, windowSeconds: 60 })),
    );
    expect(counts.map((c) => c.count).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 20 }, (_, i) => i + 1),
    );
    expect(counts.filter((c) => c.isAllowed)).toHaveLength(5);
  });
});
