import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { startAssessment } from "@/lib/data/assessments";
import { getEvidenceFreshnessDays, getRespondentLevels, setEvidenceFreshnessDays } from "@/lib/data/evidence";
import { openToRespondents } from "@/lib/data/respondents";
import { saveResponse } from "@/lib/data/respondents/responses";
import { createTenant, ensureModels } from "../fixtures/tenants";

let models: Awaited<ReturnType<typeof ensureModels>>;
beforeAll(async () => {
  models = await ensureModels();
});

describe("evidence freshness setting", () => {
  it("is read by everyone, set by admins within 7–3650 days, audited; refusals change nothing", async () => {
    const t = await createTenant();
    const admin = await t.member("ADMIN");
    const viewer = await t.member("VIEWER");
    expect(await getEvidenceFreshnessDays(viewer)).toBe(180);
    await expect(setEvidenceFreshnessDays(viewer, "90")).rejects.toMatchObject({ code: "FORBIDDEN" });
    for (const bad of ["3", "4000", "abc", "1.5", ""])
      await expect(setEvidenceFreshnessDays(admin, bad)).rejects.toMatchObject({ code: "INVALID_INPUT" });
    expect(await getEvidenceFreshnessDays(admin)).toBe(180);
    expect(await setEvidenceFreshnessDays(admin, "90")).toBe(90);
    expect(await getEvidenceFreshnessDays(viewer)).toBe(90);
    const audit = await db.auditEvent.findMany({
      where: { organizationId: t.org.id, action: "org.evidence_freshness_changed" },
    });
    expect(audit).toHaveLength(1);
    expect(audit[0]?.details).toEqual({ from: 180, to: 90 });
    // Another organization keeps its own window.
    const away = await createTenant();
    expect(await getEvidenceFreshnessDays(await away.member("ADMIN"))).toBe(180);
  });

  it("reads respondents' levels of the caller's organization only", async () => {
    const t = await createTenant();
    const lead = await t.member("LEAD", { inTeam: true });
    const member = await t.member("MEMBER", { inTeam: true });
    const { id } = await startAssessment(lead, { teamId: t.teamId, modelId: models.cncf });
    await openToRespondents(lead, id);
    await saveResponse(lead, id, {
      questionId: "investment-1",
      level: 1,
      notSure: false,
      notes: "",
      evidenceUrl: "",
    });
    await saveResponse(member, id, {
      questionId: "investment-1",
      level: 3,
      notSure: false,
      notes: "",
      evidenceUrl: "",
    });
    expect([...(await getRespondentLevels(lead, id)).entries()]).toEqual([["investment-1", [1, 3]]]);
    const away = await createTenant();
    expect((await getRespondentLevels(await away.member("ADMIN"), id)).size).toBe(0);
  });
});
