import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { NO_AUDIT_META, type TAuditMeta } from "@/lib/audit/events";
import { db, sqlPool } from "@/lib/db";
import { AUDIT_PRUNE_LOCK_KEY, pruneAuditEvents, recordAudit, setAuditRetentionDays } from "@/lib/data/audit";
import { createTenant } from "../fixtures/tenants";

const META: TAuditMeta = { ip: "203.0.113.7", userAgent: "vitest", requestId: "req-audit-test-1" };

const eventsOf = (orgId: string) =>
  db.auditEvent.findMany({ where: { organizationId: orgId }, orderBy: { occurredAt: "asc" } });

/** An audit row dated `daysAgo` days back (only INSERT is allowed, so tests date rows when writing them). */
async function insertOld(orgId: string | null, daysAgo: number, action = "auth.sign_in.succeeded") {
  const id = randomUUID();
  await db.$executeRaw`
    INSERT INTO audit_events (id, organization_id, actor_label, action, occurred_at)
    VALUES (${id}, ${orgId}, 'test', ${action},
            (now() AT TIME ZONE 'UTC') - make_interval(days => ${daysAgo}::int))`;
  return id;
}

describe("recordAudit", () => {
  it("writes actor, org, action, target, request meta and sanitised details", async () => {
    const t = await createTenant();
    const admin = await t.member("ADMIN");
    await db.$transaction((tx) =>
      recordAudit(
        tx,
        { ...admin, meta: META },
        {
          action: "member.role_changed",
          target: { type: "user", id: admin.userId, label: "Somebody" },
          details: { from: "MEMBER", to: "LEAD", password: "hunter2", clientSecret: "s3cret" },
        },
      ),
    );
    const [row] = await eventsOf(t.org.id);
    expect(row).toMatchObject({
      organizationId: t.org.id,
      actorUserId: admin.userId,
      action: "member.role_changed",
      targetType: "user",
      targetId: admin.userId,
      targetLabel: "Somebody",
      ip: "203.0.113.7",
      userAgent: "vitest",
      requestId: "req-audit-test-1",
      details: { from: "MEMBER", to: "LEAD" },
    });
    const user = await db.user.findUniqueOrThrow({ where: { id: admin.userId } });
    expect(row?.actorLabel).toBe(`${user.name} <${user.email}>`);
    expect(JSON.stringify(row)).not.toMatch(/hunter2|s3cret/);
  });

  it("refuses an action outside the closed set", async () => {
    const t = await createTenant();
    const admin = await t.member("ADMIN");
    await expect(
      recordAudit(db, { ...admin, meta: NO_AUDIT_META }, { action: "made.up" as "audit.exported" }),
    ).rejects.toThrow();
    expect(await eventsOf(t.org.id)).toHaveLength(0);
  });

  it("commits with the change and rolls back with it (same transaction)", async () => {
    const t = await createTenant();
    const admin = await t.member("ADMIN");
    const member = await t.member("MEMBER");
    const audited = { ...admin, meta: META };

    // The change fails after the audit row was written: neither survives.
    await expect(
      db.$transaction(async (tx) => {
        await recordAudit(tx, audited, {
          action: "member.role_changed",
          target: { type: "user", id: member.userId },
        });
        await tx.team.create({ data: { organizationId: t.org.id, name: "Team A" } }); // duplicate name
      }),
    ).rejects.toThrow();
    expect(await eventsOf(t.org.id)).toHaveLength(0);

    // The audit write fails after the change: the change is rolled back too.
    await expect(
      db.$transaction(async (tx) => {
        await tx.membership.updateMany({
          where: { organizationId: t.org.id, userId: member.userId },
          data: { role: "LEAD" },
        });
        await recordAudit(tx, { ...audited, orgId: "no-such-org" }, { action: "member.role_changed" });
      }),
    ).rejects.toThrow();
    const membership = await db.membership.findFirstOrThrow({
      where: { organizationId: t.org.id, userId: member.userId },
    });
    expect(membership.role).toBe("MEMBER");
  });
});

describe("append-only", () => {
  it("refuses UPDATE, TRUNCATE and DELETE of rows within retention", async () => {
    const t = await createTenant();
    const admin = await t.member("ADMIN");
    await recordAudit(db, { ...admin, meta: META }, { action: "audit.exported" });
    await expect(
      db.auditEvent.updateMany({ where: { organizationId: t.org.id }, data: { actorLabel: "someone else" } }),
    ).rejects.toThrow(/append-only/);
    await expect(db.auditEvent.deleteMany({ where: { organizationId: t.org.id } })).rejects.toThrow(
      /append-only/,
    );
    await expect(db.$executeRawUnsafe("TRUNCATE audit_events")).rejects.toThrow(/append-only/);
    expect(await eventsOf(t.org.id)).toHaveLength(1);
  });

  it("deleting an organization removes its events (cascade), nothing else", async () => {
    const [a, b] = [await createTenant(), await createTenant()];
    const adminA = await a.member("ADMIN");
    const adminB = await b.member("ADMIN");
    await recordAudit(db, { ...adminA, meta: META }, { action: "audit.exported" });
    await recordAudit(db, { ...adminB, meta: META }, { action: "audit.exported" });
    await db.organization.delete({ where: { id: a.org.id } });
    expect(await eventsOf(a.org.id)).toHaveLength(0);
    expect(await eventsOf(b.org.id)).toHaveLength(1);
  });
});

describe("retention and pruning", () => {
  it("deletes only rows past each organization's own retention", async () => {
    const [short, long] = [await createTenant(), await createTenant()];
    const admin = await short.member("ADMIN");
    await setAuditRetentionDays(admin, 30, META);
    const shortOld = await insertOld(short.org.id, 31);
    const shortRecent = await insertOld(short.org.id, 29);
    const longOld = await insertOld(long.org.id, 366);
    const longKept = await insertOld(long.org.id, 364); // default retention 365 days
    const orglessOld = await insertOld(null, 366, "auth.sign_in.failed");
    const orglessKept = await insertOld(null, 100, "auth.sign_in.failed");

    const result = await pruneAuditEvents();
    expect(result.ran).toBe(true);
    expect(result.deleted).toBeGreaterThanOrEqual(3);
    const left = new Set(
      (
        await db.auditEvent.findMany({
          where: { id: { in: [shortOld, shortRecent, longOld, longKept, orglessOld, orglessKept] } },
          select: { id: true },
        })
      ).map((r) => r.id),
    );
    expect(left).toEqual(new Set([shortRecent, longKept, orglessKept]));
    // The retention change itself was audited, and is recent, so it stays.
    const changes = await db.auditEvent.findMany({
      where: { organizationId: short.org.id, action: "audit.retention_changed" },
    });
    expect(changes).toHaveLength(1);
    expect(changes[0]?.details).toEqual({ fromDays: 365, toDays: 30 });
  });

  it("the database refuses pruning a row that is still within retention, even by hand", async () => {
    const t = await createTenant();
    const recent = await insertOld(t.org.id, 364);
    await expect(db.auditEvent.delete({ where: { id: recent } })).rejects.toThrow(/append-only/);
    const old = await insertOld(t.org.id, 400);
    await db.auditEvent.delete({ where: { id: old } });
  });

  it("refuses an out-of-range retention with a clear message, and non-admins entirely", async () => {
    const t = await createTenant();
    const admin = await t.member("ADMIN");
    await expect(setAuditRetentionDays(admin, 7, META)).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await expect(setAuditRetentionDays(admin, 5000, META)).rejects.toMatchObject({ code: "INVALID_INPUT" });
    const lead = await t.member("FACILITATOR");
    await expect(setAuditRetentionDays(lead, 100, META)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("skips when another process holds the prune lock (advisory lock)", async () => {
    const holder = await sqlPool().connect();
    try {
      await holder.query("SELECT pg_advisory_lock($1::bigint)", [AUDIT_PRUNE_LOCK_KEY]);
      await expect(pruneAuditEvents()).resolves.toEqual({ ran: false, deleted: 0 });
      await holder.query("SELECT pg_advisory_unlock($1::bigint)", [AUDIT_PRUNE_LOCK_KEY]);
      await expect(pruneAuditEvents()).resolves.toMatchObject({ ran: true });
    } finally {
      holder.release();
    }
  });
});
