import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getAssessment, saveAnswer, startAssessment, submitAssessment } from "@/lib/data/assessments";
import { getConsensus, recordConsensus } from "@/lib/data/respondents/consensus";
import {
  addRespondent,
  closeAnswering,
  getRespondentStatus,
  openToRespondents,
  removeRespondent,
} from "@/lib/data/respondents";
import { getMyResponses, saveResponse, setFinished } from "@/lib/data/respondents/responses";
import { createTenant, ensureModels } from "../fixtures/tenants";

let models: Awaited<ReturnType<typeof ensureModels>>;
beforeAll(async () => {
  models = await ensureModels();
});

const vote = (
  questionId: string,
  level: number | null,
  extra: Partial<{ notSure: boolean; notes: string }> = {},
) => ({
  questionId,
  level,
  notSure: false,
  notes: "",
  evidenceUrl: "",
  ...extra,
});

/** A tenant with a lead and two members in team A, and a tiny-model assessment opened to respondents. */
async function openAssessment() {
  const t = await createTenant();
  const lead = await t.member("LEAD", { inTeam: true });
  const alice = await t.member("MEMBER", { inTeam: true });
  const bob = await t.member("MEMBER", { inTeam: true });
  const { id } = await startAssessment(lead, { teamId: t.teamId, modelId: models.tiny });
  await openToRespondents(lead, id);
  return { t, lead, alice, bob, id };
}

describe("collaborative assessments: respondents", () => {
  it("opening moves answers already given into their author's private responses", async () => {
    const t = await createTenant();
    const lead = await t.member("LEAD", { inTeam: true });
    const { id } = await startAssessment(lead, { teamId: t.teamId, modelId: models.tiny });
    await saveAnswer(lead, id, vote("delivery-1", 2, { notes: "keep me" }));
    await openToRespondents(lead, id);
    await openToRespondents(lead, id); // idempotent
    expect(await db.answer.count({ where: { assessmentId: id } })).toBe(0);
    expect((await getMyResponses(lead, id)).responses).toEqual([
      expect.objectContaining({ questionId: "delivery-1", level: 2, notes: "keep me" }),
    ]);
    expect(await db.assessment.findUnique({ where: { id }, select: { mode: true } })).toEqual({
      mode: "COLLABORATIVE",
    });
  });

  it("keeps every respondent's answers private before closing", async () => {
    const { lead, alice, bob, id } = await openAssessment();
    await saveResponse(alice, id, vote("delivery-1", 1, { notes: "alice's secret" }));
    await saveResponse(bob, id, vote("delivery-1", 3));
    await saveResponse(bob, id, vote("delivery-1", 3)); // a retried save

    const mine = await getMyResponses(bob, id);
    expect(mine.responses).toHaveLength(1);
    expect(mine.responses[0]).toMatchObject({ level: 3 });
    expect(JSON.stringify(mine)).not.toContain("alice's secret");

    // Nobody, not even the lead, gets the distribution before closing; the team's answers stay empty.
    for (const ctx of [lead, alice, bob]) expect((await getConsensus(ctx, id)).report).toBeNull();
    expect((await getAssessment(bob, id)).answers).toEqual([]);

    const status = await getRespondentStatus(lead, id);
    expect(status.respondents.map((r) => [r.userId, r.answered]).sort()).toEqual(
      [
        [alice.userId, 1],
        [bob.userId, 1],
        [lead.userId, 0],
      ].sort(),
    );
    expect(JSON.stringify(status)).not.toContain("alice's secret");
    await expect(getRespondentStatus(alice, id)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("only team members with a writing role can become respondents", async () => {
    const { t, lead, id } = await openAssessment();
    const outsider = await t.member("MEMBER"); // in the org, not in the team
    const viewer = await t.member("VIEWER", { inTeam: true });
    await expect(saveResponse(outsider, id, vote("delivery-1", 2))).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(saveResponse(viewer, id, vote("delivery-1", 2))).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(addRespondent(lead, id, outsider.userId)).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await expect(addRespondent(lead, id, viewer.userId)).rejects.toMatchObject({ code: "INVALID_INPUT" });
    expect(await db.response.count({ where: { assessmentId: id } })).toBe(0);
    expect((await getRespondentStatus(lead, id)).addable.map((m) => m.userId)).not.toContain(viewer.userId);
  });

  it("is a 404 for another organization on every function", async () => {
    const { id, alice } = await openAssessment();
    const other = await createTenant();
    const stranger = await other.member("ADMIN", { inTeam: true });
    const calls = [
      () => saveResponse(stranger, id, vote("delivery-1", 2)),
      () => getMyResponses(stranger, id),
      () => setFinished(stranger, id, true),
      () => openToRespondents(stranger, id),
      () => addRespondent(stranger, id, alice.userId),
      () => removeRespondent(stranger, id, alice.userId),
      () => closeAnswering(stranger, id),
      () => getRespondentStatus(stranger, id),
      () => getConsensus(stranger, id),
      () => recordConsensus(stranger, id, { questionId: "delivery-1", level: 1, notSure: false, note: "x" }),
    ];
    for (const call of calls) await expect(call()).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("lets the lead add and remove respondents; removing drops their responses", async () => {
    const { lead, alice, bob, id } = await openAssessment();
    await addRespondent(lead, id, alice.userId);
    await addRespondent(lead, id, alice.userId); // idempotent
    await saveResponse(bob, id, vote("delivery-1", 2));
    await expect(removeRespondent(alice, id, bob.userId)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await removeRespondent(lead, id, bob.userId);
    expect(await db.response.count({ where: { assessmentId: id, userId: bob.userId } })).toBe(0);
    expect((await getRespondentStatus(lead, id)).respondents.map((r) => r.userId)).not.toContain(bob.userId);
  });

  it("serialises concurrent saves of one question by one respondent into a single row", async () => {
    const { alice, id } = await openAssessment();
    await Promise.all(
      [1, 2, 3, 1, 2, 3, 1, 2].map((level) => saveResponse(alice, id, vote("delivery-1", level))),
    );
    expect(await db.response.count({ where: { assessmentId: id, userId: alice.userId } })).toBe(1);
    expect(await db.assessmentRespondent.count({ where: { assessmentId: id, userId: alice.userId } })).toBe(
      1,
    );
  });
});

describe("collaborative assessments: closing, consensus and submit", () => {
  it("closing prefills medians, keeps a recorded answer, and refuses later saves with 409 without losing anything", async () => {
    const { lead, alice, bob, id } = await openAssessment();
    await saveResponse(lead, id, vote("delivery-1", 1));
    await saveResponse(alice, id, vote("delivery-1", 3));
    await saveResponse(bob, id, vote("delivery-1", 3));
    await saveResponse(alice, id, vote("delivery-2", 1));
    await saveResponse(bob, id, vote("delivery-2", 2, { notes: "bob's note" }));
    await saveResponse(alice, id, vote("feedback-1", null, { notSure: true }));
    await setFinished(alice, id, true);

    await expect(closeAnswering(alice, id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      recordConsensus(lead, id, { questionId: "delivery-1", level: 2, notSure: false, note: "n" }),
    ).rejects.toMatchObject({ code: "INVALID_STATE" });
    expect(await closeAnswering(lead, id)).toMatchObject({ prefilled: 3 });

    const answers = await db.answer.findMany({
      where: { assessmentId: id },
      orderBy: { questionId: "asc" },
      select: { questionId: true, level: true, notSure: true },
    });
    expect(answers).toEqual([
      { questionId: "delivery-1", level: 3, notSure: false },
      { questionId: "delivery-2", level: 1, notSure: false }, // lower median of 1 and 2
      { questionId: "feedback-1", level: null, notSure: true },
    ]);

    const late = saveResponse(bob, id, vote("delivery-2", 3));
    await expect(late).rejects.toMatchObject({
      code: "INVALID_STATE",
      status: 409,
      message: expect.stringContaining("closed answering"),
    });
    await expect(setFinished(bob, id, true)).rejects.toMatchObject({ code: "INVALID_STATE" });
    await expect(closeAnswering(lead, id)).rejects.toMatchObject({ code: "INVALID_STATE" });
    expect(
      await db.response.findUnique({
        where: {
          assessmentId_userId_questionId: { assessmentId: id, userId: bob.userId, questionId: "delivery-2" },
        },
      }),
    ).toMatchObject({ level: 2, notes: "bob's note" });
  });

  it("shows the team the distribution after closing, and only the lead records consensus", async () => {
    const { t, lead, alice, bob, id } = await openAssessment();
    await saveResponse(alice, id, vote("delivery-1", 1));
    await saveResponse(bob, id, vote("delivery-1", 3));
    await closeAnswering(lead, id);

    const seen = await getConsensus(alice, id);
    expect(seen.report?.topics.map((q) => q.questionId)).toEqual(["delivery-1"]);
    expect(seen.report?.aspects[0]?.questions[0]?.summary).toMatchObject({
      median: 1,
      spread: 2,
      answered: 2,
    });
    expect(seen.canRecord).toBe(false);
    const outsider = await t.member("MEMBER");
    await expect(getConsensus(outsider, id)).rejects.toMatchObject({ code: "FORBIDDEN" });

    const consensus = { questionId: "delivery-1", level: 2, notSure: false, note: "" };
    await expect(recordConsensus(alice, id, { ...consensus, note: "members cannot" })).rejects.toMatchObject({
      code: "FORBIDDEN",
      status: 403,
    });
    await expect(recordConsensus(lead, id, consensus)).rejects.toMatchObject({
      code: "INVALID_INPUT",
      fieldErrors: { note: [expect.any(String)] },
    });
    await expect(recordConsensus(lead, id, { ...consensus, level: 7, note: "x" })).rejects.toMatchObject({
      code: "INVALID_INPUT",
    });
    await recordConsensus(lead, id, { ...consensus, note: "  Scripts exist for most services  " });
    await recordConsensus(lead, id, { questionId: "delivery-2", level: null, notSure: true, note: "" }); // nobody answered: no median to differ from... not sure is fine

    const after = await getConsensus(lead, id);
    const q1 = after.report?.aspects[0]?.questions[0];
    expect(q1).toMatchObject({
      differsFromMedian: true,
      consensus: { level: 2, notes: "Scripts exist for most services" },
    });
    expect(after.canRecord).toBe(true);
  });

  it("submits only after closing, keeps the responses and freezes the consensus scores", async () => {
    const { t, lead, alice, bob, id } = await openAssessment();
    await saveResponse(alice, id, vote("delivery-1", 1));
    await saveResponse(bob, id, vote("delivery-1", 3));
    await saveResponse(bob, id, vote("delivery-2", 3));
    await expect(submitAssessment(lead, id)).rejects.toMatchObject({
      code: "INVALID_STATE",
      message: expect.stringContaining("Close answering"),
    });
    await closeAnswering(lead, id);
    await recordConsensus(lead, id, {
      questionId: "delivery-1",
      level: 2,
      notSure: false,
      note: "Agreed after discussion",
    });
    await submitAssessment(lead, id);

    const delivery = await db.aspectScore.findFirst({ where: { assessmentId: id, aspectId: "delivery" } });
    expect(Number(delivery?.score)).toBe(2.5); // consensus 2 and median 3 → 2.5
    expect(delivery).toMatchObject({ level: 2, answered: 2 });
    expect(await db.response.count({ where: { assessmentId: id } })).toBe(3);
    await expect(
      recordConsensus(lead, id, { questionId: "delivery-1", level: 3, notSure: false, note: "" }),
    ).rejects.toMatchObject({ code: "INVALID_STATE" });

    // After submitting, everyone in the organization sees the distribution and the consensus.
    const viewer = await t.member("VIEWER");
    const report = (await getConsensus(viewer, id)).report;
    expect(report?.respondents).toBe(2);
    expect(report?.aspects[0]?.questions[0]?.consensus).toMatchObject({
      level: 2,
      notes: "Agreed after discussion",
    });
  });
});
