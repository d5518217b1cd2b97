import { beforeAll, describe, expect, it } from "vitest";
import { createJourney } from "@/lib/data/journeys";
import { createStep, getStep, setStepStatus, updateStep } from "@/lib/data/plans";
import { closeIteration, createIteration } from "@/lib/data/plans/iterations";
import { createTenant, ensureModels } from "../fixtures/tenants";

let models: Awaited<ReturnType<typeof ensureModels>>;
beforeAll(async () => {
  models = await ensureModels();
});

describe("steps in closed iterations (issue 12 #11)", () => {
  it("refuses edits and status moves of a step whose iteration is closed; open ones still change", async () => {
    const t = await createTenant();
    const lead = await t.member("LEAD", { inTeam: true });
    const journey = await createJourney(lead, {
      title: "Closed",
      goal: "Grow.",
      teamId: t.teamId,
      modelId: models.cncf,
      targets: { investment: 3 },
    });
    const q1 = await createIteration(lead, journey.id, {
      name: "Q1",
      startsOn: "2026-01-01",
      endsOn: "2026-03-31",
    });
    const { step } = await createStep(lead, journey.id, {
      title: "Name owners",
      aspectId: "investment",
      level: 2,
      iterationId: q1.id,
    });
    const { step: loose } = await createStep(lead, journey.id, {
      title: "Loose",
      aspectId: "investment",
      level: 2,
    });
    await closeIteration(lead, q1.id, q1.version, {
      carry: "on",
      nextName: "Q2",
      nextStartsOn: "2026-04-01",
      nextEndsOn: "2026-06-30",
    });

    await expect(setStepStatus(lead, step.id, "DONE", step.version)).rejects.toMatchObject({
      code: "INVALID_STATE",
    });
    await expect(
      updateStep(lead, step.id, { ...step, title: "Rewritten history", status: "DONE" }, step.version),
    ).rejects.toMatchObject({ code: "INVALID_STATE" });
    const after = await getStep(lead, step.id);
    expect(after.step).toMatchObject({ title: "Name owners", status: "TODO", version: step.version });

    // A step outside any closed iteration is still editable.
    await expect(setStepStatus(lead, loose.id, "DOING", loose.version)).resolves.toMatchObject({
      step: { status: "DOING" },
    });
  });
});
