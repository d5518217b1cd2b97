import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import {
  addCheckIn,
  addRequirement,
  createOutcome,
  deleteOutcome,
  getOutcome,
  listOutcomes,
  setTeamRequirementStatus,
  updateRequirement,
} from "@/lib/data/journey-outcomes";
import { createJourney } from "@/lib/data/journeys";
import { createTenant, createUser, ensureModels } from "../fixtures/tenants";

let models: Awaited<ReturnType<typeof ensureModels>>;
beforeAll(async () => {
  models = await ensureModels();
});

const journeyInput = { title: "CoE", goal: "Onboard 20 teams", constraints: "", targets: { investment: 3 } };
const teams20 = {
  name: "Teams onboarded",
  unit: "teams",
  baseline: "0",
  baselineOn: "2026-01-01",
  target: "20",
  deadline: "2027-08-24",
};
const NOW = new Date("2026-11-01T12:00:00Z");

async function orgJourneySetup() {
  const t = await createTenant();
  const facilitator = await t.member("FACILITATOR");
  const journey = await createJourney(facilitator, { ...journeyInput, teamId: null, modelId: models.cncf });
  return { t, facilitator, journey };
}

describe("outcome goals and check-ins", () => {
  it("records check-ins and forecasts the outcome from them", async () => {
    const { facilitator, journey } = await orgJourneySetup();
    const outcome = await createOutcome(facilitator, journey.id, teams20);
    await addCheckIn(
      facilitator,
      outcome.id,
      { value: "5", checkedOn: "2026-04-01", note: "first wave" },
      NOW,
    );
    await addCheckIn(facilitator, outcome.id, { value: "12", checkedOn: "2026-10-28" }, NOW);
    const [listed] = await listOutcomes(facilitator, journey.id, NOW);
    expect(listed).toMatchObject({ name: "Teams onboarded", baseline: 0, target: 20 });
    expect(listed!.checkIns.map((c) => [c.date, c.value])).toEqual([
      ["2026-04-01", 5],
      ["2026-10-28", 12],
    ]);
    expect(listed!.assessment).toMatchObject({ status: "on_track", current: 12 });
    expect(listed!.assessment.forecastOn! <= "2027-08-24").toBe(true);
  });

  it("refuses bad input with INVALID_INPUT and saves nothing", async () => {
    const { facilitator, journey } = await orgJourneySetup();
    await expect(
      createOutcome(facilitator, journey.id, { ...teams20, deadline: "2025-01-01" }),
    ).rejects.toMatchObject({ code: "INVALID_INPUT", fieldErrors: { deadline: [expect.any(String)] } });
    await expect(createOutcome(facilitator, journey.id, { ...teams20, target: "0" })).rejects.toMatchObject({
      code: "INVALID_INPUT",
    });
    await expect(
      createOutcome(facilitator, journey.id, { ...teams20, baseline: "1e400" }),
    ).rejects.toMatchObject({ code: "INVALID_INPUT" });
    expect(await db.journeyOutcome.count({ where: { journeyId: journey.id } })).toBe(0);

    const outcome = await createOutcome(facilitator, journey.id, teams20);
    await expect(
      addCheckIn(facilitator, outcome.id, { value: "3", checkedOn: "2025-12-31" }, NOW),
    ).rejects.toMatchObject({ code: "INVALID_INPUT", fieldErrors: { checkedOn: [expect.any(String)] } });
    await expect(
      addCheckIn(facilitator, outcome.id, { value: "3", checkedOn: "2026-11-02" }, NOW),
    ).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await expect(
      addCheckIn(facilitator, outcome.id, { value: "NaN", checkedOn: "2026-05-01" }, NOW),
    ).rejects.toMatchObject({ code: "INVALID_INPUT" });
    expect(await db.outcomeCheckIn.count({ where: { outcomeId: outcome.id } })).toBe(0);
  });

  it("is scoped: other orgs get NOT_FOUND, members and viewers can't change, team leads edit their team's", async () => {
    const { t, facilitator, journey } = await orgJourneySetup();
    const outcome = await createOutcome(facilitator, journey.id, teams20);
    const other = await (await createTenant()).member("ADMIN");
    await expect(getOutcome(other, journey.id, outcome.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      addCheckIn(other, outcome.id, { value: "1", checkedOn: "2026-02-01" }, NOW),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(createOutcome(other, journey.id, teams20)).rejects.toMatchObject({ code: "NOT_FOUND" });

    const lead = await t.member("LEAD", { inTeam: true });
    const viewer = await t.member("VIEWER");
    // org journeys: facilitators and admins only
    await expect(
      addCheckIn(lead, outcome.id, { value: "1", checkedOn: "2026-02-01" }, NOW),
    ).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect((await getOutcome(viewer, journey.id, outcome.id)).canEdit).toBe(false);
    await expect(deleteOutcome(viewer, outcome.id)).rejects.toMatchObject({ code: "FORBIDDEN" });

    const teamJourney = await createJourney(lead, {
      ...journeyInput,
      teamId: t.teamId,
      modelId: models.cncf,
    });
    const teamOutcome = await createOutcome(lead, teamJourney.id, teams20);
    await addCheckIn(lead, teamOutcome.id, { value: "2", checkedOn: "2026-02-01" }, NOW);
    const otherLead = await t.member("LEAD");
    await expect(
      addCheckIn(otherLead, teamOutcome.id, { value: "3", checkedOn: "2026-02-02" }, NOW),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await deleteOutcome(lead, teamOutcome.id)).toMatchObject({ teamId: t.teamId });
    expect(await db.outcomeCheckIn.count({ where: { outcomeId: teamOutcome.id } })).toBe(0);
  });
});

describe("requirements checklist and the teams × requirements matrix", () => {
  it("counts done requirements as the checklist's value; per-team ones need every team", async () => {
    const { t, facilitator, journey } = await orgJourneySetup();
    const checklist = await createOutcome(facilitator, journey.id, {
      ...teams20,
      kind: "CHECKLIST",
      name: "Security regulations enforced",
      unit: "regulations",
      target: "3",
    });
    await expect(
      addCheckIn(facilitator, checklist.id, { value: "1", checkedOn: "2026-02-01" }, NOW),
    ).rejects.toMatchObject({
      code: "INVALID_INPUT",
    });
    const a = await addRequirement(facilitator, checklist.id, {
      name: "Secrets in a vault",
      ownerId: facilitator.userId,
      dueOn: "2026-06-30",
      status: "DONE",
      evidence: "https://example.test/audit/1",
    });
    const b = await addRequirement(facilitator, checklist.id, { name: "Signed images", perTeam: "on" });
    await addRequirement(facilitator, checklist.id, { name: "SBOM", status: "IN_PROGRESS" });
    const outsider = (await createUser("outsider")).id;
    await expect(
      addRequirement(facilitator, checklist.id, { name: "Owned by outsider", ownerId: outsider }),
    ).rejects.toMatchObject({ code: "INVALID_INPUT" });

    let detail = await getOutcome(facilitator, journey.id, checklist.id, NOW);
    expect(detail.outcome.doneCount).toBe(1);
    expect(detail.teams.map((x) => x.id).sort()).toEqual([t.teamId, t.otherTeamId].sort());
    expect(detail.outcome.assessment.current).toBe(1);

    await setTeamRequirementStatus(facilitator, b.id, t.teamId, { status: "DONE", evidence: "policy on" });
    detail = await getOutcome(facilitator, journey.id, checklist.id, NOW);
    expect(detail.outcome.requirements[1]).toMatchObject({ teamsDone: 1, done: false });

    // a lead sets only their own team's row
    const lead = await t.member("LEAD", { inTeam: true });
    await expect(
      setTeamRequirementStatus(lead, b.id, t.otherTeamId, { status: "DONE" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await setTeamRequirementStatus(facilitator, b.id, t.otherTeamId, { status: "DONE" });
    await expect(setTeamRequirementStatus(lead, a.id, t.teamId, { status: "DONE" })).rejects.toMatchObject({
      code: "INVALID_INPUT",
    });
    await expect(
      setTeamRequirementStatus(lead, b.id, t.teamId, { status: "FINISHED" }),
    ).rejects.toMatchObject({
      code: "INVALID_INPUT",
    });
    detail = await getOutcome(facilitator, journey.id, checklist.id, NOW);
    expect(detail.outcome.doneCount).toBe(2);
    expect((await getOutcome(lead, journey.id, checklist.id, NOW)).editableTeamIds).toEqual([t.teamId]);

    await updateRequirement(facilitator, a.id, { name: "Secrets in a vault", status: "IN_PROGRESS" });
    detail = await getOutcome(facilitator, journey.id, checklist.id, NOW);
    expect(detail.outcome.requirements[0]).toMatchObject({
      status: "IN_PROGRESS",
      ownerId: null,
      done: false,
    });
    expect(detail.outcome.doneCount).toBe(1);
  });

  it("refuses per-team requirements on a team journey", async () => {
    const t = await createTenant();
    const lead = await t.member("LEAD", { inTeam: true });
    const journey = await createJourney(lead, { ...journeyInput, teamId: t.teamId, modelId: models.cncf });
    const checklist = await createOutcome(lead, journey.id, { ...teams20, kind: "CHECKLIST", target: "8" });
    await expect(
      addRequirement(lead, checklist.id, { name: "Per team", perTeam: "on" }),
    ).rejects.toMatchObject({
      code: "INVALID_INPUT",
    });
  });
});

describe("demo seed", () => {
  it("creates the COE org journey with the 20-team outcome, a year of check-ins and 8 regulations", async () => {
    const t = await createTenant();
    const admin = await t.member("ADMIN");
    const { seedDemoOutcomes } = await import("../../prisma/seed-outcomes");
    await seedDemoOutcomes(admin.orgSlug, () => undefined, NOW);
    await seedDemoOutcomes(admin.orgSlug, () => undefined, NOW); // idempotent
    const journeys = await db.journey.findMany({ where: { organizationId: admin.orgId, teamId: null } });
    expect(journeys).toHaveLength(1);
    const [teams, regulations] = await listOutcomes(admin, journeys[0]!.id, NOW);
    expect(teams).toMatchObject({ name: "Teams onboarded", target: 20 });
    expect(teams!.checkIns).toHaveLength(12);
    expect(teams!.assessment.status).toBe("on_track");
    expect(teams!.assessment.forecastOn).not.toBeNull();
    expect(regulations!.requirements).toHaveLength(8);
    expect(new Set(regulations!.requirements.map((r) => r.status))).toEqual(
      new Set(["DONE", "IN_PROGRESS", "NOT_STARTED"]),
    );
    expect(regulations!.doneCount).toBe(3);
  });
});
