import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { startAssessment } from "@/lib/data/assessments";
import { getConsensus, recordConsensus } from "@/lib/data/respondents/consensus";
import { addRespondent, closeAnswering, openToRespondents, removeRespondent } from "@/lib/data/respondents";
import { saveResponse } from "@/lib/data/respondents/responses";
import { createTenant, ensureModels } from "../fixtures/tenants";

let models: Awaited<ReturnType<typeof ensureModels>>;
beforeAll(async () => {
  models = await ensureModels();
});

const vote = (questionId: string, level: number | null) => ({
  questionId,
  level,
  notSure: false,
  notes: "",
  evidenceUrl: "",
});

async function openAssessment() {
  const t = await createTenant();
  const lead = await t.member("LEAD", { inTeam: true });
  const alice = await t.member("MEMBER", { inTeam: true });
  const { id } = await startAssessment(lead, { teamId: t.teamId, modelId: models.tiny });
  await openToRespondents(lead, id);
  return { t, lead, alice, id };
}

describe("removed respondents (issue 12 #6)", () => {
  it("a removed respondent's next autosave is refused and does not re-add them; the lead can re-add", async () => {
    const { lead, alice, id } = await openAssessment();
    await saveResponse(alice, id, vote("delivery-1", 2));
    await removeRespondent(lead, id, alice.userId);

    await expect(saveResponse(alice, id, vote("delivery-2", 3))).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await db.assessmentRespondent.count({ where: { assessmentId: id, userId: alice.userId } })).toBe(
      0,
    );
    expect(await db.response.count({ where: { assessmentId: id, userId: alice.userId } })).toBe(0);

    await addRespondent(lead, id, alice.userId);
    await expect(saveResponse(alice, id, vote("delivery-2", 3))).resolves.toMatchObject({ level: 3 });
  });
});

describe("consensus last-writer-wins (issue 12 #13)", () => {
  it("a second lead saving over an agreed answer they did not see gets a conflict", async () => {
    const { t, lead, alice, id } = await openAssessment();
    const facilitator = await t.member("FACILITATOR");
    await saveResponse(alice, id, vote("delivery-1", 2));
    await closeAnswering(lead, id);
    const seen = (await getConsensus(lead, id)).report!.aspects[0]!.questions[0]!.consensus!;
    expect(seen.updatedAt).toEqual(expect.any(String));

    // Both loaded the same agreed answer; the facilitator saves first.
    await recordConsensus(facilitator, id, {
      questionId: "delivery-1",
      level: 3,
      notSure: false,
      note: "raised after the discussion",
      expectedUpdatedAt: seen.updatedAt,
    });
    await expect(
      recordConsensus(lead, id, {
        questionId: "delivery-1",
        level: 1,
        notSure: false,
        note: "lowered",
        expectedUpdatedAt: seen.updatedAt,
      }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    const answer = await db.answer.findFirstOrThrow({
      where: { assessmentId: id, questionId: "delivery-1" },
    });
    expect(answer).toMatchObject({ level: 3, notes: "raised after the discussion" });

    // With the version they now see, the lead's save goes through.
    const fresh = (await getConsensus(lead, id)).report!.aspects[0]!.questions[0]!.consensus!;
    await expect(
      recordConsensus(lead, id, {
        questionId: "delivery-1",
        level: 1,
        notSure: false,
        note: "lowered",
        expectedUpdatedAt: fresh.updatedAt,
      }),
    ).resolves.toMatchObject({ level: 1 });
  });
});
