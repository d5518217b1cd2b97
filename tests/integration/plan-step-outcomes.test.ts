/**
 * Baby steps linked to an outcome of their journey (plan_steps.outcome_id) on real PostgreSQL: saved and
 * read back with the outcome's name, refused for another journey's or organization's outcome, cleared
 * with the form's empty choice, kept when a step is carried into the next iteration, and unlinked
 * (the step stays) when the outcome is deleted.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createOutcome, deleteOutcome } from "@/lib/data/journey-outcomes";
import { createJourney } from "@/lib/data/journeys";
import { createStep, getPlan, updateStep } from "@/lib/data/plans";
import { carryUnfinished, createIteration } from "@/lib/data/plans/iterations";
import { createTenant, ensureModels } from "../fixtures/tenants";

let models: Awaited<ReturnType<typeof ensureModels>>;
beforeAll(async () => {
  models = await ensureModels();
});

const journeyInput = {
  title: "Platform",
  goal: "Onboard teams",
  constraints: "",
  targets: { investment: 3 },
};
const outcomeInput = {
  name: "Teams onboarded",
  unit: "teams",
  baseline: "0",
  baselineOn: "2026-01-01",
  target: "20",
  deadline: "2027-08-24",
};
const step = (over: Record<string, unknown> = {}) => ({
  title: "Publish the golden path",
  aspectId: "investment",
  level: "2",
  characteristic: "",
  ownerId: "",
  dueOn: "",
  status: "TODO" as const,
  notes: "",
  ...over,
});

describe("plan steps linked to an outcome", () => {
  it("saves the link, shows the outcome's name, and refuses outcomes of other journeys", async () => {
    const t = await createTenant();
    const lead = await t.member("LEAD", { inTeam: true });
    const journey = await createJourney(lead, { ...journeyInput, teamId: t.teamId, modelId: models.cncf });
    const other = await createJourney(lead, {
      ...journeyInput,
      title: "Other",
      teamId: t.teamId,
      modelId: models.cncf,
    });
    const outcome = await createOutcome(lead, journey.id, outcomeInput);
    const foreignOutcome = await createOutcome(lead, other.id, outcomeInput);

    const { step: created } = await createStep(lead, journey.id, step({ outcomeId: outcome.id }));
    expect(created).toMatchObject({
      outcomeId: outcome.id,
      outcomeName: "Teams onboarded",
      aspectId: "investment",
    });
    const plan = await getPlan(lead, journey.id);
    expect(plan.outcomes).toEqual([{ id: outcome.id, name: "Teams onboarded" }]);
    expect(plan.steps[0]).toMatchObject({ outcomeName: "Teams onboarded" });

    // Another journey's outcome (same org) and an unknown id: refused on the field, nothing saved.
    for (const outcomeId of [foreignOutcome.id, "no-such-outcome"])
      await expect(createStep(lead, journey.id, step({ outcomeId }))).rejects.toMatchObject({
        code: "INVALID_INPUT",
        fieldErrors: { outcomeId: [expect.stringContaining("Unknown outcome")] },
      });
    expect(await db.planStep.count({ where: { journeyId: journey.id } })).toBe(1);

    // The empty choice clears it; carrying keeps it; deleting the outcome unlinks the step.
    const { step: cleared } = await updateStep(lead, created.id, step({ outcomeId: "" }), created.version);
    expect(cleared).toMatchObject({ outcomeId: null, outcomeName: null });
    const { step: relinked } = await updateStep(
      lead,
      created.id,
      step({ outcomeId: outcome.id }),
      cleared.version,
    );
    const first = await createIteration(lead, journey.id, {
      name: "I1",
      startsOn: "2026-01-01",
      endsOn: "2026-01-31",
    });
    await updateStep(
      lead,
      created.id,
      step({ outcomeId: outcome.id, iterationId: first.id }),
      relinked.version,
    );
    const second = await createIteration(lead, journey.id, {
      name: "I2",
      startsOn: "2026-02-01",
      endsOn: "2026-02-28",
    });
    await carryUnfinished(lead, first.id, second.id);
    const carried = await db.planStep.findFirstOrThrow({ where: { carriedFromId: created.id } });
    expect(carried.outcomeId).toBe(outcome.id);
    await deleteOutcome(lead, outcome.id);
    expect(await db.planStep.count({ where: { journeyId: journey.id, outcomeId: { not: null } } })).toBe(0);
    expect(await db.planStep.count({ where: { journeyId: journey.id } })).toBe(2);
  });
});
