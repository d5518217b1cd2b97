import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createTenant, ensureModels } from "../fixtures/tenants";

/** A submitted assessment of team A (answered on the tiny fixture model), by a lead of team A. */
async function submittedResults() {
  const { NO_AUDIT_META } = await import("@/lib/audit/events");
  const { saveAnswer, startAssessment, submitAssessment } = await import("@/lib/data/assessments");
  const { tiny } = await ensureModels();
  const t = await createTenant();
  const lead = await t.member("LEAD", { inTeam: true });
  const { id } = await startAssessment(lead, { teamId: t.teamId, modelId: tiny, title: "Q4 review" });
  const draft = await startAssessment(lead, { teamId: t.teamId, modelId: tiny, title: "Draft" });
  const { db } = await import("@/lib/db");
  const model = await db.maturityModel.findUniqueOrThrow({ where: { id: tiny }, select: { key: true } });
  expect(model.key).toBe("tiny-model");
  const { getModelDefinition } = await import("@/lib/data/models");
  const def = await getModelDefinition(tiny);
  for (const q of def.aspects.flatMap((a) => a.questions))
    await saveAnswer(lead, id, {
      questionId: q.id,
      level: q.options[1]!.level,
      notSure: false,
      notes: "",
      evidenceUrl: "",
    });
  await submitAssessment(lead, id, NO_AUDIT_META);
  return { t, lead, assessmentId: id, draftId: draft.id };
}

const ip = () => `198.51.100.${Math.floor(Math.random() * 250)}-${randomUUID().slice(0, 6)}`;

describe("share links", () => {
  it("lifecycle: created by the team's lead, resolves signed out, counts visits, stops on revoke; audited", async () => {
    const { NO_AUDIT_META } = await import("@/lib/audit/events");
    const { db } = await import("@/lib/db");
    const links = await import("@/lib/data/share-links");
    const { t, lead, assessmentId } = await submittedResults();
    const created = await links.createShareLink(
      lead,
      { kind: "TEAM_RESULTS", assessmentId, expiresInDays: 30, password: "" },
      NO_AUDIT_META,
    );
    expect(created.token).toMatch(/^sws_/);
    const row = await db.shareLink.findUniqueOrThrow({ where: { id: created.id } });
    expect(row.tokenHash).not.toContain(created.token);
    expect(row.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(Math.round((row.expiresAt.getTime() - row.createdAt.getTime()) / 86_400_000)).toBe(30);

    const addr = ip();
    const resolved = await links.resolveShareLink(created.token, addr);
    expect(resolved).toMatchObject({
      kind: "TEAM_RESULTS",
      orgId: t.org.id,
      assessmentId,
      passcodeTag: null,
    });
    await links.recordShareVisit(resolved!.id);
    await links.recordShareVisit(resolved!.id);
    const [listed] = await links.listShareLinks(lead);
    expect(listed).toMatchObject({ id: created.id, visitCount: 2, status: "active", hasPasscode: false });
    expect(listed!.lastVisitAt).toBeInstanceOf(Date);

    // The shared view context reads only this org.
    const { getAssessment } = await import("@/lib/data/assessments");
    const shown = await getAssessment(links.shareViewContext(resolved!), assessmentId);
    expect(shown.team.name).toBe("Team A");

    await links.revokeShareLink(lead, created.id, NO_AUDIT_META);
    await expect(links.resolveShareLink(created.token, addr)).resolves.toBeNull();
    expect((await links.listShareLinks(lead))[0]!.status).toBe("revoked");
    await expect(links.revokeShareLink(lead, created.id, NO_AUDIT_META)).resolves.toEqual({ revoked: false });

    const actions = await db.auditEvent.findMany({
      where: { organizationId: t.org.id, action: { startsWith: "share_link." } },
      select: { action: true, targetId: true },
      orderBy: { occurredAt: "asc" },
    });
    expect(actions).toEqual([
      { action: "share_link.created", targetId: created.id },
      { action: "share_link.revoked", targetId: created.id },
    ]);
  });

  it("expired links resolve to nothing, like unknown and malformed tokens", async () => {
    const { NO_AUDIT_META } = await import("@/lib/audit/events");
    const { db } = await import("@/lib/db");
    const links = await import("@/lib/data/share-links");
    const { generateShareToken } = await import("@/lib/share/token");
    const { lead, assessmentId } = await submittedResults();
    const { id, token } = await links.createShareLink(
      lead,
      { kind: "TEAM_RESULTS", assessmentId, expiresInDays: 1, password: "" },
      NO_AUDIT_META,
    );
    const addr = ip();
    await expect(links.resolveShareLink(token, addr)).resolves.not.toBeNull();
    await db.shareLink.update({ where: { id }, data: { expiresAt: new Date(Date.now() - 1) } });
    await expect(links.resolveShareLink(token, addr)).resolves.toBeNull();
    expect((await links.listShareLinks(lead))[0]!.status).toBe("expired");
    await expect(links.resolveShareLink(generateShareToken().token, addr)).resolves.toBeNull();
    await expect(links.resolveShareLink("not-a-token", addr)).resolves.toBeNull();
  });

  it("a passcode is stored hashed; wrong ones count per link and lock it out after 10", async () => {
    const { NO_AUDIT_META } = await import("@/lib/audit/events");
    const { db } = await import("@/lib/db");
    const links = await import("@/lib/data/share-links");
    const { t, assessmentId } = await submittedResults();
    const admin = await t.member("ADMIN");
    const { id, token } = await links.createShareLink(
      admin,
      { kind: "TEAM_RESULTS", assessmentId, expiresInDays: 7, password: "board-2026" },
      NO_AUDIT_META,
    );
    const row = await db.shareLink.findUniqueOrThrow({ where: { id } });
    expect(row.passcodeHash).toMatch(/^\$argon2id\$/);
    expect((await links.resolveShareLink(token, ip()))?.passcodeTag).toMatch(/^[0-9a-f]{16}$/);
    await expect(links.checkSharePasscode(token, "wrong-one", ip())).resolves.toEqual({ result: "wrong" });
    await expect(links.checkSharePasscode(token, "board-2026", ip())).resolves.toMatchObject({
      result: "ok",
    });
    for (let i = 0; i < 9; i++) await links.checkSharePasscode(token, `wrong-${i}`, ip());
    // 10 failures from different addresses: the link's own limit holds even the right passcode back.
    await expect(links.checkSharePasscode(token, "board-2026", ip())).resolves.toEqual({
      result: "not-found",
    });
    await db.rateLimitBucket.deleteMany({ where: { key: `share:pass:${id}` } });
  });

  it("refuses other roles, drafts and other organizations; an overview link is admins only", async () => {
    const { NO_AUDIT_META } = await import("@/lib/audit/events");
    const links = await import("@/lib/data/share-links");
    const { t, lead, assessmentId, draftId } = await submittedResults();
    const input = { kind: "TEAM_RESULTS" as const, assessmentId, expiresInDays: 30, password: "" };
    const otherLead = await t.member("LEAD");
    const member = await t.member("MEMBER", { inTeam: true });
    const facilitator = await t.member("FACILITATOR", { inTeam: true });
    for (const ctx of [otherLead, member, facilitator])
      await expect(links.createShareLink(ctx, input, NO_AUDIT_META)).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
    await expect(
      links.createShareLink(lead, { ...input, assessmentId: draftId }, NO_AUDIT_META),
    ).rejects.toMatchObject({ code: "INVALID_STATE" });
    await expect(
      links.createShareLink(
        lead,
        { kind: "ORG_OVERVIEW", filters: "", expiresInDays: 30, password: "" },
        NO_AUDIT_META,
      ),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });

    const created = await links.createShareLink(lead, input, NO_AUDIT_META);
    const other = await createTenant();
    const otherAdmin = await other.member("ADMIN");
    await expect(links.createShareLink(otherAdmin, input, NO_AUDIT_META)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(links.revokeShareLink(otherAdmin, created.id, NO_AUDIT_META)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(links.revokeShareLink(member, created.id, NO_AUDIT_META)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(links.revokeShareLink(otherLead, created.id, NO_AUDIT_META)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await links.listShareLinks(otherAdmin)).toEqual([]);
    expect(await links.listShareLinks(member)).toEqual([]);
    expect(await links.listShareLinks(otherLead)).toEqual([]);

    // A resolved link's view context cannot read another organization's assessment.
    const resolved = await links.resolveShareLink(created.token, ip());
    const { getAssessment } = await import("@/lib/data/assessments");
    const foreign = await submittedResults();
    await expect(
      getAssessment(links.shareViewContext(resolved!), foreign.assessmentId),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });

    const admin = await t.member("ADMIN");
    const overview = await links.createShareLink(
      admin,
      { kind: "ORG_OVERVIEW", filters: "?group=Ops&stale=30&page=4&junk=1", expiresInDays: 30, password: "" },
      NO_AUDIT_META,
    );
    expect((await links.resolveShareLink(overview.token, ip()))?.filters).toBe("?group=Ops&stale=30");
    expect((await links.listShareLinks(admin)).map((l) => l.kind).sort()).toEqual([
      "ORG_OVERVIEW",
      "TEAM_RESULTS",
    ]);
  });

  it("rate limits lookups per address: after 60 misses even a valid token resolves to nothing", async () => {
    const { NO_AUDIT_META } = await import("@/lib/audit/events");
    const { db } = await import("@/lib/db");
    const links = await import("@/lib/data/share-links");
    const { lead, assessmentId } = await submittedResults();
    const { token } = await links.createShareLink(
      lead,
      { kind: "TEAM_RESULTS", assessmentId, expiresInDays: 30, password: "" },
      NO_AUDIT_META,
    );
    const addr = ip();
    for (let i = 0; i < 60; i++) await links.resolveShareLink(`guess-${i}`, addr);
    await expect(links.resolveShareLink(token, addr)).resolves.toBeNull();
    await expect(links.resolveShareLink(token, ip())).resolves.not.toBeNull();
    await db.rateLimitBucket.deleteMany({ where: { key: { contains: addr } } });
  });
});
