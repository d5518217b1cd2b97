import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import {
  getAssessment,
  listTeamAssessments,
  saveAnswer,
  startAssessment,
  submitAssessment,
} from "@/lib/data/assessments";
import { createTenant, ensureModels } from "../fixtures/tenants";

let models: Awaited<ReturnType<typeof ensureModels>>;
beforeAll(async () => {
  models = await ensureModels();
});

const answer = (
  questionId: string,
  level: number | null,
  extra: Partial<{ notSure: boolean; notes: string; evidenceUrl: string }> = {},
) => ({
  questionId,
  level,
  notSure: false,
  notes: "",
  evidenceUrl: "",
  ...extra,
});

describe("assessment lifecycle", () => {
  it("starts, autosaves idempotently, submits and freezes scores", async () => {
    const t = await createTenant();
    const lead = await t.member("LEAD", { inTeam: true });
    const { id } = await startAssessment(lead, { teamId: t.teamId, modelId: models.cncf });

    await saveAnswer(lead, id, answer("investment-1", 2));
    await saveAnswer(lead, id, answer("investment-1", 2)); // a retried save
    await saveAnswer(
      lead,
      id,
      answer("investment-2", 3, {
        notes: "Funded via the platform budget",
        evidenceUrl: "https://wiki.example.com/budget",
      }),
    );
    await saveAnswer(lead, id, answer("investment-3", null, { notSure: true }));
    expect(await db.answer.count({ where: { assessmentId: id } })).toBe(3);

    const draft = await getAssessment(lead, id);
    expect(draft.status).toBe("DRAFT");
    expect(draft.answers.find((a) => a.questionId === "investment-2")).toMatchObject({
      level: 3,
      notes: "Funded via the platform budget",
    });

    await submitAssessment(lead, id);
    const scores = await db.aspectScore.findMany({
      where: { assessmentId: id },
      orderBy: { aspectId: "asc" },
    });
    expect(scores).toHaveLength(5);
    const investment = scores.find((s) => s.aspectId === "investment");
    expect(Number(investment?.score)).toBe(2.5);
    expect(investment).toMatchObject({ level: 2, answered: 2 });
    expect(scores.find((s) => s.aspectId === "adoption")).toMatchObject({
      score: null,
      level: null,
      answered: 0,
    });

    const [listed] = await listTeamAssessments(lead, t.teamId);
    expect(listed).toMatchObject({ id, status: "SUBMITTED" });
  });

  it("rejects invalid answers without touching saved ones", async () => {
    const t = await createTenant();
    const lead = await t.member("LEAD", { inTeam: true });
    const { id } = await startAssessment(lead, { teamId: t.teamId, modelId: models.cncf });
    await saveAnswer(lead, id, answer("investment-1", 3, { notes: "keep me" }));

    await expect(saveAnswer(lead, id, answer("no-such-question", 1))).rejects.toMatchObject({
      code: "INVALID_INPUT",
    });
    await expect(saveAnswer(lead, id, answer("investment-1", 7))).rejects.toMatchObject({
      code: "INVALID_INPUT",
      message: expect.stringContaining("Level 7"),
    });

    const saved = await db.answer.findMany({ where: { assessmentId: id } });
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatchObject({ level: 3, notes: "keep me" });
  });

  it("keeps a submitted assessment read-only", async () => {
    const t = await createTenant();
    const lead = await t.member("LEAD", { inTeam: true });
    const { id } = await startAssessment(lead, { teamId: t.teamId, modelId: models.cncf });
    await saveAnswer(lead, id, answer("adoption-1", 4));
    await submitAssessment(lead, id);

    await expect(saveAnswer(lead, id, answer("adoption-1", 1))).rejects.toMatchObject({
      code: "INVALID_STATE",
    });
    await expect(submitAssessment(lead, id)).rejects.toMatchObject({ code: "INVALID_STATE" });
    expect(await db.answer.findFirst({ where: { assessmentId: id } })).toMatchObject({ level: 4 });
    expect(await db.aspectScore.count({ where: { assessmentId: id } })).toBe(5);
  });

  it("refuses to submit an empty assessment", async () => {
    const t = await createTenant();
    const lead = await t.member("LEAD", { inTeam: true });
    const { id } = await startAssessment(lead, { teamId: t.teamId, modelId: models.cncf });
    await expect(submitAssessment(lead, id)).rejects.toMatchObject({ code: "INVALID_STATE" });
  });

  it("serialises concurrent saves of one question into a single row", async () => {
    const t = await createTenant();
    const lead = await t.member("LEAD", { inTeam: true });
    const { id } = await startAssessment(lead, { teamId: t.teamId, modelId: models.cncf });
    await Promise.all([1, 2, 3, 4, 1, 2].map((level) => saveAnswer(lead, id, answer("operations-1", level))));
    expect(await db.answer.count({ where: { assessmentId: id, questionId: "operations-1" } })).toBe(1);
  });
});

describe("autosave under load", () => {
  it("completes more concurrent saves than the pool has connections (no transaction waits on a second connection)", async () => {
    const t = await createTenant();
    const lead = await t.member("LEAD", { inTeam: true });
    const ids = await Promise.all(
      [1, 2, 3].map(() => startAssessment(lead, { teamId: t.teamId, modelId: models.cncf })),
    );
    const questions = [
      "investment-1",
      "investment-2",
      "investment-3",
      "investment-4",
      "adoption-1",
      "adoption-2",
      "adoption-3",
      "adoption-4",
      "interfaces-1",
      "interfaces-2",
    ];
    const saves = ids.flatMap(({ id }) => questions.map((q) => saveAnswer(lead, id, answer(q, 2))));
    expect(saves.length).toBeGreaterThan(Number(process.env.DATABASE_POOL_MAX ?? 10));
    await expect(Promise.all(saves)).resolves.toHaveLength(30);
    expect(await db.answer.count({ where: { assessmentId: { in: ids.map((i) => i.id) } } })).toBe(30);
  });
});

describe("who may change a team's assessment", () => {
  it("lets leads of the team, facilitators and admins edit; not members, viewers or other teams' leads", async () => {
    const t = await createTenant();
    const lead = await t.member("LEAD", { inTeam: true });
    const { id } = await startAssessment(lead, { teamId: t.teamId, modelId: models.cncf });

    for (const role of ["FACILITATOR", "ADMIN"] as const) {
      const ctx = await t.member(role);
      await expect(saveAnswer(ctx, id, answer("investment-1", 1))).resolves.toMatchObject({ level: 1 });
    }
    const otherLead = await t.member("LEAD");
    const member = await t.member("MEMBER", { inTeam: true });
    const viewer = await t.member("VIEWER");
    for (const ctx of [otherLead, member, viewer]) {
      await expect(saveAnswer(ctx, id, answer("investment-1", 4))).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
      await expect(submitAssessment(ctx, id)).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(getAssessment(ctx, id)).resolves.toMatchObject({ id, canEdit: false });
    }
    await expect(startAssessment(member, { teamId: t.teamId, modelId: models.cncf })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(
      startAssessment(lead, { teamId: t.otherTeamId, modelId: models.cncf }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await db.answer.findFirst({ where: { assessmentId: id } })).toMatchObject({ level: 1 });
  });
});

describe("a second model needs no code", () => {
  it("scores an assessment on the tiny fixture model", async () => {
    const t = await createTenant();
    const lead = await t.member("LEAD", { inTeam: true });
    const { id } = await startAssessment(lead, { teamId: t.teamId, modelId: models.tiny });
    await saveAnswer(lead, id, answer("delivery-1", 3));
    await saveAnswer(lead, id, answer("delivery-2", 2));
    await expect(saveAnswer(lead, id, answer("delivery-1", 4))).rejects.toMatchObject({
      code: "INVALID_INPUT",
    });
    await submitAssessment(lead, id);
    const scores = await db.aspectScore.findMany({
      where: { assessmentId: id },
      orderBy: { aspectId: "asc" },
    });
    expect(scores.map((s) => [s.aspectId, s.score === null ? null : Number(s.score), s.level])).toEqual([
      ["delivery", 2.5, 2],
      ["feedback", null, null],
    ]);
    const view = await getAssessment(lead, id);
    expect(view.model.title).toBe("Tiny Test Model");
  });
});
