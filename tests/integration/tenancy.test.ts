import { beforeAll, describe, expect, it } from "vitest";
import { requireTeam, resolveOrgContext } from "@/lib/authz";
import { db } from "@/lib/db";
import {
  getAssessment,
  listTeamAssessments,
  saveAnswer,
  startAssessment,
  submitAssessment,
} from "@/lib/data/assessments";
import { createInvite } from "@/lib/data/invites";
import { NO_AUDIT_META } from "@/lib/audit/events";
import { changeMemberRole } from "@/lib/data/accounts/members";
import { listMembers } from "@/lib/data/orgs";
import { addTeamMember, getTeamDetail, listTeams } from "@/lib/data/teams";
import { createTenant, ensureModels } from "../fixtures/tenants";

let models: Awaited<ReturnType<typeof ensureModels>>;
beforeAll(async () => {
  models = await ensureModels();
});

describe("organizations are isolated", () => {
  it("answers NOT_FOUND for every id of another organization, and changes nothing", async () => {
    const a = await createTenant();
    const b = await createTenant();
    const leadA = await a.member("LEAD", { inTeam: true });
    const adminB = await b.member("ADMIN", { inTeam: true });
    const { id } = await startAssessment(leadA, { teamId: a.teamId, modelId: models.cncf });
    await saveAnswer(leadA, id, {
      questionId: "investment-1",
      level: 2,
      notSure: false,
      notes: "secret",
      evidenceUrl: "",
    });

    const notFound = { code: "NOT_FOUND" };
    await expect(getAssessment(adminB, id)).rejects.toMatchObject(notFound);
    await expect(
      saveAnswer(adminB, id, {
        questionId: "investment-1",
        level: 4,
        notSure: false,
        notes: "",
        evidenceUrl: "",
      }),
    ).rejects.toMatchObject(notFound);
    await expect(submitAssessment(adminB, id)).rejects.toMatchObject(notFound);
    await expect(listTeamAssessments(adminB, a.teamId)).rejects.toMatchObject(notFound);
    await expect(getTeamDetail(adminB, a.teamId)).rejects.toMatchObject(notFound);
    await expect(requireTeam(adminB, a.teamId)).rejects.toMatchObject(notFound);
    await expect(startAssessment(adminB, { teamId: a.teamId, modelId: models.cncf })).rejects.toMatchObject(
      notFound,
    );
    await expect(
      createInvite(adminB, { role: "ADMIN", teamId: a.teamId }, NO_AUDIT_META),
    ).rejects.toMatchObject(notFound);
    await expect(addTeamMember(adminB, { teamId: b.teamId, userId: leadA.userId })).rejects.toMatchObject(
      notFound,
    );
    await expect(addTeamMember(adminB, { teamId: a.teamId, userId: adminB.userId })).rejects.toMatchObject(
      notFound,
    );
    await expect(
      changeMemberRole(adminB, { userId: leadA.userId, role: "VIEWER" }, NO_AUDIT_META),
    ).rejects.toMatchObject(notFound);

    expect((await listTeams(adminB)).map((t) => t.id)).not.toContain(a.teamId);
    expect((await listMembers(adminB)).map((m) => m.userId)).not.toContain(leadA.userId);
    expect(await db.answer.findFirst({ where: { assessmentId: id } })).toMatchObject({
      level: 2,
      notes: "secret",
    });
    expect(await db.assessment.findUnique({ where: { id } })).toMatchObject({ status: "DRAFT" });
  });

  it("does not let a slug stand in for membership", async () => {
    const a = await createTenant();
    const b = await createTenant();
    const adminB = await b.member("ADMIN");
    await expect(resolveOrgContext(adminB.userId, a.org.slug)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("checks the minimum role", async () => {
    const a = await createTenant();
    const viewer = await a.member("VIEWER");
    await expect(resolveOrgContext(viewer.userId, a.org.slug, "LEAD")).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(resolveOrgContext(viewer.userId, a.org.slug, "VIEWER")).resolves.toMatchObject({
      role: "VIEWER",
    });
  });
});

describe("admin-only changes", () => {
  it("keeps at least one admin and refuses non-admins", async () => {
    const a = await createTenant();
    const admin = await a.member("ADMIN");
    const facilitator = await a.member("FACILITATOR");
    await expect(
      changeMemberRole(admin, { userId: admin.userId, role: "LEAD" }, NO_AUDIT_META),
    ).rejects.toMatchObject({
      code: "INVALID_STATE",
    });
    await expect(
      changeMemberRole(facilitator, { userId: admin.userId, role: "VIEWER" }, NO_AUDIT_META),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(createInvite(facilitator, { role: "ADMIN" }, NO_AUDIT_META)).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await changeMemberRole(admin, { userId: facilitator.userId, role: "ADMIN" }, NO_AUDIT_META);
    await expect(
      changeMemberRole(admin, { userId: admin.userId, role: "LEAD" }, NO_AUDIT_META),
    ).resolves.toEqual({ changed: true });
  });
});
