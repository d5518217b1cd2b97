import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { NO_AUDIT_META } from "@/lib/audit/events";
import { resolveOrgContext } from "@/lib/authz";
import {
  accountHasPassword,
  deleteOwnAccount,
  NO_PASSWORD_MESSAGE,
  requireAccountPassword,
} from "@/lib/data/accounts/account";
import { hashPassword } from "@/lib/passwords";
import { changeMemberRole, removeMember } from "@/lib/data/accounts/members";
import { deleteOrganization, exportOrgData } from "@/lib/data/accounts/org-data";
import { db } from "@/lib/db";
import { createTenant, ensureModels } from "../fixtures/tenants";

async function assessment(orgId: string, teamId: string, modelId: string, createdById: string, extra = {}) {
  return db.assessment.create({
    data: {
      organizationId: orgId,
      teamId,
      modelId,
      title: `A ${randomUUID().slice(0, 6)}`,
      createdById,
      ...extra,
    },
    select: { id: true },
  });
}

async function workshop(
  orgId: string,
  assessmentId: string,
  facilitatorId: string,
  status: "LOBBY" | "ENDED",
) {
  return db.workshop.create({
    data: {
      organizationId: orgId,
      assessmentId,
      facilitatorId,
      status,
      joinCode: randomUUID().slice(0, 10),
      expiresAt: new Date(Date.now() + 3600_000),
    },
    select: { id: true },
  });
}

describe("removing a member", () => {
  it("removes membership, teams, open respondent and workshop seats in one go; keeps answers and history", async () => {
    const { cncf } = await ensureModels();
    const t = await createTenant();
    const admin = await t.member("ADMIN");
    const leaver = await t.member("LEAD", { inTeam: true });
    await db.teamMember.create({ data: { teamId: t.otherTeamId, userId: leaver.userId } });

    const openCollab = await assessment(t.org.id, t.teamId, cncf, admin.userId, { mode: "COLLABORATIVE" });
    const closedCollab = await assessment(t.org.id, t.teamId, cncf, admin.userId, {
      mode: "COLLABORATIVE",
      responsesClosedAt: new Date(),
    });
    for (const a of [openCollab, closedCollab]) {
      await db.assessmentRespondent.create({
        data: { assessmentId: a.id, userId: leaver.userId, invitedById: admin.userId },
      });
      await db.response.create({
        data: { assessmentId: a.id, userId: leaver.userId, questionId: "q1", level: 2 },
      });
    }
    const solo = await assessment(t.org.id, t.teamId, cncf, leaver.userId, {
      status: "SUBMITTED",
      submittedById: leaver.userId,
      submittedAt: new Date(),
    });
    await db.answer.create({
      data: { assessmentId: solo.id, questionId: "q1", level: 3, updatedById: leaver.userId },
    });
    const liveWs = await workshop(
      t.org.id,
      (await assessment(t.org.id, t.teamId, cncf, admin.userId)).id,
      admin.userId,
      "LOBBY",
    );
    const endedWs = await workshop(
      t.org.id,
      (await assessment(t.org.id, t.teamId, cncf, admin.userId)).id,
      admin.userId,
      "ENDED",
    );
    for (const w of [liveWs, endedWs])
      await db.workshopParticipant.create({
        data: { workshopId: w.id, userId: leaver.userId, displayName: "Leaver" },
      });

    // Another organization the person also belongs to is untouched.
    const other = await createTenant();
    await db.membership.create({
      data: { organizationId: other.org.id, userId: leaver.userId, role: "MEMBER" },
    });
    await db.teamMember.create({ data: { teamId: other.teamId, userId: leaver.userId } });

    await expect(removeMember(admin, leaver.userId, NO_AUDIT_META)).resolves.toEqual({
      teams: 2,
      respondentSeats: 1,
      workshopSeats: 1,
    });

    // Refused at once: the next org lookup (every request) finds no membership.
    await expect(resolveOrgContext(leaver.userId, t.org.slug)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(
      await db.teamMember.count({ where: { userId: leaver.userId, team: { organizationId: t.org.id } } }),
    ).toBe(0);
    expect(await db.assessmentRespondent.count({ where: { assessmentId: openCollab.id } })).toBe(0);
    expect(await db.workshopParticipant.count({ where: { workshopId: liveWs.id } })).toBe(0);
    // What stays: past answers, responses, closed seats, ended workshop seats, authorship.
    expect(await db.assessmentRespondent.count({ where: { assessmentId: closedCollab.id } })).toBe(1);
    expect(await db.response.count({ where: { userId: leaver.userId } })).toBe(2);
    expect(await db.answer.findFirst({ where: { assessmentId: solo.id } })).toMatchObject({
      updatedById: leaver.userId,
    });
    expect(await db.workshopParticipant.count({ where: { workshopId: endedWs.id } })).toBe(1);
    expect(await db.assessment.findUnique({ where: { id: solo.id } })).toMatchObject({
      submittedById: leaver.userId,
    });
    // the other organization
    await expect(resolveOrgContext(leaver.userId, other.org.slug)).resolves.toMatchObject({ role: "MEMBER" });
    expect(await db.teamMember.count({ where: { userId: leaver.userId, teamId: other.teamId } })).toBe(1);

    // audited in the same transaction
    const audit = await db.$queryRaw<Array<{ action: string; target_id: string }>>`
      SELECT action, target_id FROM audit_events WHERE organization_id = ${t.org.id} AND action = 'member.removed'`;
    expect(audit).toEqual([{ action: "member.removed", target_id: leaver.userId }]);
  });

  it("is admin only, scoped to the caller's organization, and refuses the last admin", async () => {
    const t = await createTenant();
    const admin = await t.member("ADMIN");
    const facilitator = await t.member("FACILITATOR");
    await expect(removeMember(facilitator, admin.userId, NO_AUDIT_META)).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(removeMember(admin, admin.userId, NO_AUDIT_META)).rejects.toMatchObject({
      code: "INVALID_STATE",
    });
    const other = await createTenant();
    const stranger = await other.member("MEMBER");
    await expect(removeMember(admin, stranger.userId, NO_AUDIT_META)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});

describe("last-admin guard under concurrency", () => {
  it("two admins demoting each other at once: exactly one succeeds", async () => {
    for (let round = 0; round < 5; round += 1) {
      const t = await createTenant();
      const a = await t.member("ADMIN");
      const b = await t.member("ADMIN");
      const results = await Promise.allSettled([
        changeMemberRole(a, { userId: b.userId, role: "MEMBER" }, NO_AUDIT_META),
        changeMemberRole(b, { userId: a.userId, role: "MEMBER" }, NO_AUDIT_META),
      ]);
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
      expect(await db.membership.count({ where: { organizationId: t.org.id, role: "ADMIN" } })).toBe(1);
    }
  });

  it("two admins removing each other, or one demoting itself while removing the other: one admin stays", async () => {
    for (let round = 0; round < 5; round += 1) {
      const t = await createTenant();
      const a = await t.member("ADMIN");
      const b = await t.member("ADMIN");
      const results = await Promise.allSettled([
        removeMember(a, b.userId, NO_AUDIT_META),
        removeMember(b, a.userId, NO_AUDIT_META),
        changeMemberRole(a, { userId: a.userId, role: "VIEWER" }, NO_AUDIT_META),
      ]);
      expect(results.some((r) => r.status === "fulfilled")).toBe(true);
      for (const r of results)
        if (r.status === "rejected")
          expect(["INVALID_STATE", "FORBIDDEN", "NOT_FOUND"]).toContain(r.reason.code);
      expect(await db.membership.count({ where: { organizationId: t.org.id, role: "ADMIN" } })).toBe(1);
    }
  });
});

describe("deleting one's own account", () => {
  const PASSWORD = "the account password";
  const withPassword = async (userId: string) =>
    db.user.update({ where: { id: userId }, data: { passwordHash: await hashPassword(PASSWORD) } });

  it("keeps the last-admin guard, then anonymises the person and keeps their answers", async () => {
    const { cncf } = await ensureModels();
    const t = await createTenant();
    const admin = await t.member("ADMIN");
    await withPassword(admin.userId);
    const email = (await db.user.findUniqueOrThrow({ where: { id: admin.userId } })).email;
    const confirm = (confirmEmail: string) => ({ confirmEmail, password: PASSWORD });
    await expect(deleteOwnAccount(admin.userId, confirm(email), NO_AUDIT_META)).rejects.toMatchObject({
      code: "INVALID_STATE",
    });
    await expect(
      deleteOwnAccount(admin.userId, confirm("wrong@x.test"), NO_AUDIT_META),
    ).rejects.toMatchObject({
      code: "INVALID_INPUT",
    });
    const second = await t.member("ADMIN");
    const a = await assessment(t.org.id, t.teamId, cncf, admin.userId);
    await db.answer.create({
      data: { assessmentId: a.id, questionId: "q1", level: 2, updatedById: admin.userId },
    });

    await deleteOwnAccount(admin.userId, confirm(email.toUpperCase()), NO_AUDIT_META);
    const row = await db.user.findUniqueOrThrow({ where: { id: admin.userId } });
    expect(row.name).toBe("Former member");
    expect(row.email).not.toBe(email);
    expect(await db.membership.count({ where: { userId: admin.userId } })).toBe(0);
    expect(await db.answer.count({ where: { assessmentId: a.id } })).toBe(1);
    await expect(resolveOrgContext(second.userId, t.org.slug)).resolves.toMatchObject({ role: "ADMIN" });
  });

  it("needs the account's password re-entered, whatever the session; 5 tries per 15 minutes", async () => {
    const t = await createTenant();
    const member = await t.member("MEMBER");
    await withPassword(member.userId);
    const email = (await db.user.findUniqueOrThrow({ where: { id: member.userId } })).email;
    for (const password of ["", "not the password", "another guess"])
      await expect(
        deleteOwnAccount(member.userId, { confirmEmail: email, password }, NO_AUDIT_META),
      ).rejects.toMatchObject({
        code: "INVALID_INPUT",
        fieldErrors: { password: [expect.any(String)] },
      });
    expect(await db.membership.count({ where: { userId: member.userId } })).toBe(1);
    await expect(requireAccountPassword(member.userId, "guess 4")).rejects.toMatchObject({
      code: "INVALID_INPUT",
    });
    await expect(requireAccountPassword(member.userId, "guess 5")).rejects.toMatchObject({
      code: "INVALID_INPUT",
    });
    // The sixth try within the window is refused even with the right password.
    await expect(
      deleteOwnAccount(member.userId, { confirmEmail: email, password: PASSWORD }, NO_AUDIT_META),
    ).rejects.toMatchObject({ code: "INVALID_STATE", message: expect.stringContaining("Too many attempts") });
    expect(await db.membership.count({ where: { userId: member.userId } })).toBe(1);
    expect(
      await db.auditEvent.count({ where: { organizationId: t.org.id, action: "account.deleted" } }),
    ).toBe(0);
  });

  it("an account created by SSO (no password) cannot act on the whole account until it sets one", async () => {
    const t = await createTenant();
    const member = await t.member("MEMBER");
    await db.user.update({ where: { id: member.userId }, data: { passwordHash: "" } });
    const email = (await db.user.findUniqueOrThrow({ where: { id: member.userId } })).email;
    expect(await accountHasPassword(member.userId)).toBe(false);
    await expect(
      deleteOwnAccount(member.userId, { confirmEmail: email, password: "anything" }, NO_AUDIT_META),
    ).rejects.toMatchObject({ code: "INVALID_STATE", message: NO_PASSWORD_MESSAGE });
    expect(await db.membership.count({ where: { userId: member.userId } })).toBe(1);
    await withPassword(member.userId); // what the reset mail's link does
    expect(await accountHasPassword(member.userId)).toBe(true);
    await deleteOwnAccount(member.userId, { confirmEmail: email, password: PASSWORD }, NO_AUDIT_META);
    expect(await db.membership.count({ where: { userId: member.userId } })).toBe(0);
  });
});

describe("organization data", () => {
  it("exports everything as JSON for admins only, and deletes the organization with a typed confirmation", async () => {
    const { cncf } = await ensureModels();
    const t = await createTenant();
    const admin = await t.member("ADMIN");
    const member = await t.member("MEMBER");
    const a = await assessment(t.org.id, t.teamId, cncf, admin.userId);
    await db.answer.create({
      data: { assessmentId: a.id, questionId: "q1", level: 2, updatedById: admin.userId },
    });
    await db.journey.create({
      data: {
        organizationId: t.org.id,
        teamId: t.teamId,
        modelId: cncf,
        title: "J",
        goal: "G",
        createdById: admin.userId,
      },
    });

    await expect(exportOrgData(member, NO_AUDIT_META)).rejects.toMatchObject({ code: "FORBIDDEN" });
    const data = await exportOrgData(admin, NO_AUDIT_META);
    expect(data.format).toBe("stepwise.org-export/v1");
    expect(data.members).toHaveLength(2);
    expect(data.teams.map((x) => x.name)).toEqual(["Team A", "Team B"]);
    expect(data.assessments[0]?.answers).toEqual([expect.objectContaining({ questionId: "q1", level: 2 })]);
    expect(data.journeys).toHaveLength(1);
    expect(JSON.stringify(data)).not.toMatch(/passwordHash|tokenHash|clientSecret/);

    await expect(deleteOrganization(member, t.org.slug)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(deleteOrganization(admin, "not-the-slug")).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await deleteOrganization(admin, t.org.slug);
    expect(await db.organization.count({ where: { id: t.org.id } })).toBe(0);
    expect(await db.assessment.count({ where: { organizationId: t.org.id } })).toBe(0);
    expect(await db.user.count({ where: { id: admin.userId } })).toBe(1); // people keep their accounts
  });
});
