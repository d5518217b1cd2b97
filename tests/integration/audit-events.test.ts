import { beforeAll, describe, expect, it } from "vitest";
import { NO_AUDIT_META, type TAuditMeta } from "@/lib/audit/events";
import { db } from "@/lib/db";
import { startAssessment, saveAnswer, submitAssessment } from "@/lib/data/assessments";
import { exportAuditEvents, listAuditEvents, recordAuditNow } from "@/lib/data/audit";
import { acceptInvite, createInvite } from "@/lib/data/invites";
import { changeMemberRole as updateMemberRole } from "@/lib/data/accounts/members";
import { recordSignInAttempt } from "@/lib/data/sign-in-audit";
import { createTenant, createUser, ensureModels } from "../fixtures/tenants";

const META: TAuditMeta = { ip: "198.51.100.9", userAgent: "vitest events", requestId: "req-events-1" };
const NO_FILTER = { actor: null, action: null, from: null, to: null } as const;

let models: Awaited<ReturnType<typeof ensureModels>>;
beforeAll(async () => {
  models = await ensureModels();
});

const actionsOf = async (orgId: string) =>
  (await db.auditEvent.findMany({ where: { organizationId: orgId }, orderBy: { occurredAt: "asc" } })).map(
    (r) => r.action,
  );

describe("audited changes", () => {
  it("a role change is recorded with from/to; a refused change records nothing", async () => {
    const t = await createTenant();
    const admin = await t.member("ADMIN");
    const member = await t.member("MEMBER");
    await updateMemberRole(admin, { userId: member.userId, role: "LEAD" }, META);
    const [row] = await db.auditEvent.findMany({ where: { organizationId: t.org.id } });
    expect(row).toMatchObject({
      action: "member.role_changed",
      actorUserId: admin.userId,
      targetType: "user",
      targetId: member.userId,
      ip: META.ip,
      requestId: META.requestId,
      details: { from: "MEMBER", to: "LEAD" },
    });
    // The last admin cannot demote themselves: the change fails, and so no audit row exists for it.
    await expect(
      updateMemberRole(admin, { userId: admin.userId, role: "VIEWER" }, META),
    ).rejects.toMatchObject({
      code: "INVALID_STATE",
    });
    // Saving the same role again changes nothing and records nothing.
    await updateMemberRole(admin, { userId: member.userId, role: "LEAD" }, META);
    expect(await actionsOf(t.org.id)).toEqual(["member.role_changed"]);
  });

  it("invite created and accepted are recorded once; a spent link records nothing more", async () => {
    const t = await createTenant();
    const admin = await t.member("ADMIN");
    const { token } = await createInvite(admin, { role: "MEMBER", teamId: t.teamId }, META);
    const invitee = await createUser("invitee");
    await acceptInvite(invitee.id, token, META);
    const late = await createUser("late");
    await expect(acceptInvite(late.id, token, META)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await actionsOf(t.org.id)).toEqual(["invite.created", "invite.accepted"]);
    const accepted = await db.auditEvent.findFirstOrThrow({
      where: { organizationId: t.org.id, action: "invite.accepted" },
    });
    expect(accepted.actorUserId).toBe(invitee.id);
    expect(JSON.stringify(accepted)).not.toContain(token);
  });

  it("an assessment submit is recorded; a refused submit records nothing", async () => {
    const t = await createTenant();
    const lead = await t.member("LEAD", { inTeam: true });
    const { id } = await startAssessment(lead, { teamId: t.teamId, modelId: models.cncf });
    await expect(submitAssessment(lead, id, META)).rejects.toMatchObject({ code: "INVALID_STATE" });
    expect(await actionsOf(t.org.id)).toEqual([]);
    await saveAnswer(lead, id, {
      questionId: "investment-1",
      level: 2,
      notSure: false,
      notes: "",
      evidenceUrl: "",
    });
    await submitAssessment(lead, id, META);
    const rows = await db.auditEvent.findMany({ where: { organizationId: t.org.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      action: "assessment.submitted",
      targetType: "assessment",
      targetId: id,
      details: { mode: "SOLO", answered: 1 },
    });
  });
});

describe("sign-in events", () => {
  it("are written for each organization of the person, and without one for an unknown email", async () => {
    const [a, b] = [await createTenant(), await createTenant()];
    const user = await createUser("signer");
    await db.membership.createMany({
      data: [
        { organizationId: a.org.id, userId: user.id, role: "MEMBER" },
        { organizationId: b.org.id, userId: user.id, role: "VIEWER" },
      ],
    });
    await recordSignInAttempt(user.email, { ok: true, userId: user.id }, META);
    await recordSignInAttempt(user.email.toUpperCase(), { ok: false, reason: "INVALID_CREDENTIALS" }, META);
    expect(await actionsOf(a.org.id)).toEqual(["auth.sign_in.succeeded", "auth.sign_in.failed"]);
    expect(await actionsOf(b.org.id)).toEqual(["auth.sign_in.succeeded", "auth.sign_in.failed"]);
    const failed = await db.auditEvent.findFirstOrThrow({
      where: { organizationId: a.org.id, action: "auth.sign_in.failed" },
    });
    expect(failed).toMatchObject({ actorUserId: null, actorLabel: user.email, targetId: user.id });
    expect(failed.details).toEqual({ method: "password", reason: "INVALID_CREDENTIALS" });

    const unknown = `nobody-${Date.now()}@test.stepwise.test`;
    await recordSignInAttempt(unknown, { ok: false, reason: "INVALID_CREDENTIALS" }, NO_AUDIT_META);
    const orphan = await db.auditEvent.findFirstOrThrow({ where: { actorLabel: unknown } });
    expect(orphan).toMatchObject({ organizationId: null, action: "auth.sign_in.failed", targetId: null });
  });
});

describe("reading the log", () => {
  it("an admin sees only their own organization's events; anyone else gets NOT_FOUND", async () => {
    const [a, b] = [await createTenant(), await createTenant()];
    const adminA = await a.member("ADMIN");
    const adminB = await b.member("ADMIN");
    await recordAuditNow({ ...adminA, meta: META }, { action: "plan.exported", details: { format: "csv" } });
    await recordAuditNow({ ...adminB, meta: META }, { action: "plan.exported", details: { format: "md" } });

    const seenByA = await listAuditEvents(adminA, NO_FILTER, 1);
    expect(seenByA.total).toBe(1);
    expect(seenByA.rows[0]?.details).toEqual({ format: "csv" });

    for (const role of ["FACILITATOR", "LEAD", "MEMBER", "VIEWER"] as const) {
      const someone = await a.member(role);
      await expect(listAuditEvents(someone, NO_FILTER, 1)).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(exportAuditEvents(someone, NO_FILTER, META)).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
  });

  it("filters by actor, action and day, pages, and audits the CSV export", async () => {
    const t = await createTenant();
    const admin = await t.member("ADMIN");
    const member = await t.member("MEMBER");
    for (let i = 0; i < 5; i += 1) {
      await recordAuditNow({ ...member, meta: META }, { action: "plan.exported", details: { i } });
    }
    await updateMemberRole(admin, { userId: member.userId, role: "LEAD" }, META);
    const memberUser = await db.user.findUniqueOrThrow({ where: { id: member.userId } });

    const byActor = await listAuditEvents(admin, { ...NO_FILTER, actor: memberUser.email.toUpperCase() }, 1);
    expect(byActor.total).toBe(5);
    const byAction = await listAuditEvents(admin, { ...NO_FILTER, action: "member.role_changed" }, 1);
    expect(byAction.total).toBe(1);
    const today = new Date().toISOString().slice(0, 10);
    expect((await listAuditEvents(admin, { ...NO_FILTER, from: today, to: today }, 1)).total).toBe(6);
    expect((await listAuditEvents(admin, { ...NO_FILTER, to: "2000-01-01" }, 1)).total).toBe(0);

    const page2 = await listAuditEvents(admin, NO_FILTER, 2, 4);
    expect(page2).toMatchObject({ total: 6, page: 2, pageCount: 2 });
    expect(page2.rows).toHaveLength(2);
    expect(page2.rows.at(-1)?.details).toEqual({ i: 0 }); // oldest last

    const exported = await exportAuditEvents(admin, { ...NO_FILTER, action: "plan.exported" }, META);
    expect(exported.rows).toHaveLength(5);
    expect(await actionsOf(t.org.id)).toContain("audit.exported");
  });
});
