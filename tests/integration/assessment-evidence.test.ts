import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getAssessment, saveAnswer, startAssessment, submitAssessment } from "@/lib/data/assessments";
import { isoDay } from "@/lib/dates";
import { createTenant, ensureModels } from "../fixtures/tenants";

let models: Awaited<ReturnType<typeof ensureModels>>;
beforeAll(async () => {
  models = await ensureModels();
});

const answer = (questionId: string, evidenceUrl = "") => ({
  questionId,
  level: 2,
  notSure: false,
  notes: "why",
  evidenceUrl,
});

describe("evidence checked date and starting from the last submitted assessment", () => {
  it("dates evidence when its link is saved, keeps the date while the link stays, clears it with the link", async () => {
    const t = await createTenant();
    const lead = await t.member("LEAD", { inTeam: true });
    const { id } = await startAssessment(lead, { teamId: t.teamId, modelId: models.cncf });
    await saveAnswer(lead, id, answer("investment-1", "https://wiki.example.com/a"));
    const row = () => db.answer.findFirstOrThrow({ where: { assessmentId: id, questionId: "investment-1" } });
    expect(isoDay((await row()).evidenceCheckedOn!)).toBe(isoDay());
    await db.answer.updateMany({
      where: { assessmentId: id },
      data: { evidenceCheckedOn: new Date("2025-01-01T00:00:00Z") },
    });
    await saveAnswer(lead, id, { ...answer("investment-1", "https://wiki.example.com/a"), level: 3 });
    expect(isoDay((await row()).evidenceCheckedOn!)).toBe("2025-01-01");
    await saveAnswer(lead, id, answer("investment-1", "https://wiki.example.com/b"));
    expect(isoDay((await row()).evidenceCheckedOn!)).toBe(isoDay());
    await saveAnswer(lead, id, answer("investment-1", ""));
    expect((await row()).evidenceCheckedOn).toBeNull();
  });

  it("copies answers and evidence (with its old checked date) of the latest submitted assessment", async () => {
    const t = await createTenant();
    const lead = await t.member("LEAD", { inTeam: true });
    await expect(
      startAssessment(lead, { teamId: t.teamId, modelId: models.cncf, fromPrevious: true }),
    ).rejects.toMatchObject({ code: "INVALID_INPUT" });
    expect(await db.assessment.count({ where: { teamId: t.teamId } })).toBe(0);

    const first = await startAssessment(lead, { teamId: t.teamId, modelId: models.cncf });
    const definition = (await getAssessment(lead, first.id)).model;
    for (const q of definition.aspects.flatMap((a) => a.questions))
      await saveAnswer(
        lead,
        first.id,
        answer(q.id, q.id === "investment-1" ? "https://wiki.example.com/x" : ""),
      );
    await db.answer.updateMany({
      where: { assessmentId: first.id, questionId: "investment-1" },
      data: { evidenceCheckedOn: new Date("2025-03-01T00:00:00Z") },
    });
    await submitAssessment(lead, first.id);

    const next = await startAssessment(lead, {
      teamId: t.teamId,
      modelId: models.cncf,
      title: "Q2",
      fromPrevious: true,
    });
    const copied = await getAssessment(lead, next.id);
    expect(copied).toMatchObject({ status: "DRAFT", title: "Q2" });
    expect(copied.answers).toHaveLength(definition.aspects.flatMap((a) => a.questions).length);
    const inv = copied.answers.find((a) => a.questionId === "investment-1")!;
    expect(inv).toMatchObject({ level: 2, notes: "why", evidenceUrl: "https://wiki.example.com/x" });
    expect(isoDay(inv.evidenceCheckedOn!)).toBe("2025-03-01");

    // Another team's lead can't copy into this team; another org can't see it.
    const otherLead = await t.member("LEAD");
    await expect(
      startAssessment(otherLead, { teamId: t.teamId, modelId: models.cncf, fromPrevious: true }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    const stranger = await (await createTenant()).member("ADMIN");
    await expect(
      startAssessment(stranger, { teamId: t.teamId, modelId: models.cncf, fromPrevious: true }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
