/**
 * Every event issue 13 lists is audited, once, in the change's transaction; a refused change records
 * nothing. (Sign-in, role change, invites, assessment submit and the log itself: audit-events.test.ts;
 * member removal: offboarding.test.ts; invite revoke: invites-lifecycle.test.ts; SSO config and SSO
 * sign-in: sso.test.ts; API tokens: api-tokens.test.ts.)
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { TAuditMeta } from "@/lib/audit/events";
import { db } from "@/lib/db";
import { startAssessment } from "@/lib/data/assessments";
import { recordConsensus } from "@/lib/data/respondents/consensus";
import { importModel } from "@/lib/data/models";
import { closeAnswering, openToRespondents } from "@/lib/data/respondents";
import { saveResponse } from "@/lib/data/respondents/responses";
import { importResultLink } from "@/lib/data/result-import";
import { runWorkshopCommand } from "@/lib/data/workshops/commands";
import { endWorkshop } from "@/lib/data/workshops/end";
import { castVote } from "@/lib/data/workshops/votes";
import { createTenant, ensureModels } from "../fixtures/tenants";
import { workshopFixture } from "./workshop-helpers";

const META: TAuditMeta = { ip: "198.51.100.23", userAgent: "vitest coverage", requestId: "req-cov-1" };
const pemm = (name: string) => ({
  text: readFileSync(path.join(process.cwd(), "tests", "fixtures", "pemm", name), "utf8"),
  source: name,
});

let models: Awaited<ReturnType<typeof ensureModels>>;
beforeAll(async () => {
  models = await ensureModels();
});

const eventsOf = (orgId: string) =>
  db.auditEvent.findMany({ where: { organizationId: orgId }, orderBy: { occurredAt: "asc" } });

describe("imports are audited", () => {
  it("a model import is recorded with key and version; a dry run and a refused import record nothing", async () => {
    const t = await createTenant();
    const admin = await t.member("ADMIN");
    const lead = await t.member("LEAD");
    await importModel(admin, [pemm("questions-en.yaml")], { dryRun: true }, META);
    await expect(importModel(lead, [pemm("questions-en.yaml")], {}, META)).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect(await eventsOf(t.org.id)).toEqual([]);
    const { modelId, preview } = await importModel(admin, [pemm("questions-en.yaml")], {}, META);
    const rows = await eventsOf(t.org.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      action: "model.imported",
      actorUserId: admin.userId,
      targetType: "model",
      targetId: modelId,
      ip: META.ip,
      details: { key: preview.key, version: 1, format: "pemm", files: 1 },
    });
  });

  it("a result-link import is recorded with its counts and the link's host only", async () => {
    const t = await createTenant();
    const admin = await t.member("ADMIN");
    const lead = await t.member("LEAD", { inTeam: true });
    await importModel(admin, [pemm("questions-en.yaml")]);
    const url = "https://pemm.example.test/?investment_1=2&adoption_9=3&secret=abc";
    await expect(
      importResultLink(lead, { teamId: t.teamId, url: "https://example.test/?lang=de" }, META),
    ).rejects.toMatchObject({ code: "INVALID_INPUT" });
    const { assessmentId } = await importResultLink(lead, { teamId: t.teamId, url }, META);
    const rows = (await eventsOf(t.org.id)).filter((r) => r.action === "result.imported");
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      actorUserId: lead.userId,
      targetType: "assessment",
      targetId: assessmentId,
      details: { teamId: t.teamId, answers: 1, skipped: 2, linkHost: "pemm.example.test" },
    });
    expect(JSON.stringify(rows[0])).not.toContain("secret=abc");
  });
});

describe("consensus is audited", () => {
  it("a collaborative assessment's recorded consensus; a refused one records nothing", async () => {
    const t = await createTenant();
    const lead = await t.member("LEAD", { inTeam: true });
    const alice = await t.member("MEMBER", { inTeam: true });
    const { id } = await startAssessment(lead, { teamId: t.teamId, modelId: models.tiny });
    await openToRespondents(lead, id);
    await saveResponse(alice, id, {
      questionId: "delivery-1",
      level: 1,
      notSure: false,
      notes: "",
      evidenceUrl: "",
    });
    await closeAnswering(lead, id);
    const agreed = { questionId: "delivery-1", level: 1, notSure: false, note: "" };
    await expect(recordConsensus(alice, id, agreed, META)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await recordConsensus(lead, id, agreed, META);
    const rows = await eventsOf(t.org.id);
    expect(rows.map((r) => r.action)).toEqual(["consensus.recorded"]);
    expect(rows[0]).toMatchObject({
      actorUserId: lead.userId,
      targetType: "assessment",
      targetId: id,
      details: { questionId: "delivery-1", level: 1, notSure: false, median: 1, hasNote: false },
    });
  });

  it("the live workshop's consensus command and the workshop end; refused commands record nothing", async () => {
    const w = await workshopFixture();
    const ada = await w.guest("Ada");
    await runWorkshopCommand(w.facilitatorAccess, { type: "start" }, META);
    await castVote(ada.access, { questionId: "delivery-1", level: 2, notSure: false });
    const consensus = { type: "consensus", level: 2, notSure: false, notes: "Agreed in the room" } as const;
    await expect(runWorkshopCommand(w.facilitatorAccess, consensus, META)).rejects.toMatchObject({
      code: "INVALID_STATE", // not revealed yet
    });
    await expect(runWorkshopCommand(ada.access, consensus, META)).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect(await eventsOf(w.t.org.id)).toEqual([]);
    await runWorkshopCommand(w.facilitatorAccess, { type: "reveal" }, META);
    await runWorkshopCommand(w.facilitatorAccess, consensus, META);
    const [recorded] = await eventsOf(w.t.org.id);
    expect(recorded).toMatchObject({
      action: "consensus.recorded",
      actorUserId: w.facilitator.userId,
      targetType: "assessment",
      targetId: w.assessmentId,
      ip: META.ip,
      requestId: META.requestId,
      details: {
        mode: "WORKSHOP",
        workshopId: w.workshopId,
        questionId: "delivery-1",
        level: 2,
        notSure: false,
        hasNote: true,
      },
    });
    expect(JSON.stringify(recorded)).not.toContain("Agreed in the room");

    await endWorkshop(w.facilitatorAccess, META);
    const rows = await eventsOf(w.t.org.id);
    expect(rows.map((r) => r.action)).toEqual([
      "consensus.recorded",
      "workshop.ended",
      "assessment.submitted",
    ]);
    expect(rows[1]).toMatchObject({
      targetType: "workshop",
      targetId: w.workshopId,
      details: { assessmentId: w.assessmentId, recorded: 1 },
    });
    await expect(endWorkshop(w.facilitatorAccess, META)).rejects.toMatchObject({ code: "INVALID_STATE" });
    expect(await db.auditEvent.count({ where: { organizationId: w.t.org.id } })).toBe(3);
  });
});
