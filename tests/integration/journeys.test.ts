import { beforeAll, describe, expect, it } from "vitest";
import type { OrgContext } from "@/lib/authz";
import { db } from "@/lib/db";
import { saveAnswer, startAssessment, submitAssessment } from "@/lib/data/assessments";
import { getJourneyProgress } from "@/lib/data/journey-progress";
import {
  createJourney,
  findActiveJourney,
  getJourney,
  listJourneys,
  setJourneyStatus,
  updateJourney,
} from "@/lib/data/journeys";
import { seedDemoJourneys } from "../../prisma/seed-journeys";
import { createTenant, ensureModels } from "../fixtures/tenants";

let models: Awaited<ReturnType<typeof ensureModels>>;
beforeAll(async () => {
  models = await ensureModels();
});

const input = (extra: Record<string, unknown> = {}) => ({
  title: "Scale the CoE",
  goal: "Onboard 20 teams within 20 months.",
  constraints: "Centrally funded team\nEnforce 8 security regulations",
  startsOn: "2026-01-01",
  endsOn: "2027-08-31",
  targets: { investment: 3, adoption: 2 },
  ...extra,
});

/** Submits an assessment answering every question of the given aspects at the given level. */
async function submitWith(
  ctx: OrgContext,
  teamId: string,
  levels: Record<string, number>,
  submittedAt: Date,
) {
  const { id } = await startAssessment(ctx, {
    teamId,
    modelId: models.cncf,
    title: `at ${submittedAt.toISOString().slice(0, 10)}`,
  });
  const definition = (
    await db.maturityModel.findUniqueOrThrow({ where: { id: models.cncf }, select: { definition: true } })
  ).definition as { aspects: Array<{ id: string; questions: Array<{ id: string }> }> };
  for (const aspect of definition.aspects) {
    const level = levels[aspect.id];
    if (level === undefined) continue;
    for (const q of aspect.questions)
      await saveAnswer(ctx, id, { questionId: q.id, level, notSure: false, notes: "", evidenceUrl: "" });
  }
  await submitAssessment(ctx, id);
  await db.assessment.update({ where: { id }, data: { submittedAt } });
  return id;
}

describe("journey lifecycle", () => {
  it("creates revision 1, then every edit bumps the version and adds a revision", async () => {
    const t = await createTenant();
    const lead = await t.member("LEAD", { inTeam: true });
    const created = await createJourney(lead, { ...input(), teamId: t.teamId, modelId: models.cncf });
    expect(created.version).toBe(1);

    const updated = await updateJourney(
      lead,
      created.id,
      input({ goal: "Onboard 25 teams.", targets: { investment: 4, operations: 2 } }),
      1,
    );
    expect(updated.version).toBe(2);

    const journey = await getJourney(lead, created.id);
    expect(journey).toMatchObject({
      version: 2,
      status: "ACTIVE",
      goal: "Onboard 25 teams.",
      constraints: ["Centrally funded team", "Enforce 8 security regulations"],
      startsOn: "2026-01-01",
      endsOn: "2027-08-31",
      targets: { investment: 4, operations: 2 },
      team: { id: t.teamId },
      canEdit: true,
    });
    expect(journey.definition.id).toBe("cncf-platform-engineering");
    expect(journey.revisions.map((r) => r.version)).toEqual([2, 1]);
    expect(journey.revisions[1]!.snapshot).toMatchObject({
      goal: "Onboard 20 teams within 20 months.",
      targets: { investment: 3, adoption: 2 },
    });
    expect(journey.revisions[0]!.editedByName).toMatch(/^lead /);
  });

  it("refuses a stale version with CONFLICT and keeps the other person's edit", async () => {
    const t = await createTenant();
    const lead = await t.member("LEAD", { inTeam: true });
    const facilitator = await t.member("FACILITATOR");
    const { id } = await createJourney(lead, { ...input(), teamId: t.teamId, modelId: models.cncf });
    await updateJourney(facilitator, id, input({ title: "Facilitator's title" }), 1);

    await expect(updateJourney(lead, id, input({ title: "Lead's title" }), 1)).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("Someone else changed this journey"),
    });
    const journey = await getJourney(lead, id);
    expect(journey).toMatchObject({ title: "Facilitator's title", version: 2 });
    expect(journey.revisions).toHaveLength(2);
  });

  it("lets only one of two concurrent edits of the same version win", async () => {
    const t = await createTenant();
    const lead = await t.member("LEAD", { inTeam: true });
    const { id } = await createJourney(lead, { ...input(), teamId: t.teamId, modelId: models.cncf });
    const results = await Promise.allSettled([
      updateJourney(lead, id, input({ title: "One" }), 1),
      updateJourney(lead, id, input({ title: "Two" }), 1),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await db.journeyRevision.count({ where: { journeyId: id } })).toBe(2);
  });

  it("keeps one ACTIVE journey per team: a new one archives the previous, activating swaps back", async () => {
    const t = await createTenant();
    const lead = await t.member("LEAD", { inTeam: true });
    const first = await createJourney(lead, {
      ...input({ title: "2026 journey" }),
      teamId: t.teamId,
      modelId: models.cncf,
    });
    const otherTeam = await createJourney(await t.member("ADMIN"), {
      ...input(),
      teamId: t.otherTeamId,
      modelId: models.cncf,
    });
    const second = await createJourney(lead, {
      ...input({ title: "2027 journey" }),
      teamId: t.teamId,
      modelId: models.cncf,
    });

    const listed = await listJourneys(lead, t.teamId);
    expect(listed.map((j) => [j.title, j.status])).toEqual([
      ["2027 journey", "ACTIVE"],
      ["2026 journey", "ARCHIVED"],
    ]);
    expect((await findActiveJourney(lead, t.teamId))?.id).toBe(second.id);
    expect((await getJourney(lead, otherTeam.id)).status).toBe("ACTIVE");

    await setJourneyStatus(lead, first.id, "ACTIVE");
    expect((await listJourneys(lead, t.teamId)).map((j) => [j.id, j.status])).toEqual([
      [first.id, "ACTIVE"],
      [second.id, "ARCHIVED"],
    ]);
    await setJourneyStatus(lead, first.id, "ARCHIVED");
    expect(await findActiveJourney(lead, t.teamId)).toBeNull();
  });

  it("rejects invalid input with INVALID_INPUT and saves nothing", async () => {
    const t = await createTenant();
    const lead = await t.member("LEAD", { inTeam: true });
    const base = { teamId: t.teamId, modelId: models.cncf };
    await expect(
      createJourney(lead, { ...base, ...input({ title: "x", endsOn: "2025-01-01" }) }),
    ).rejects.toMatchObject({
      code: "INVALID_INPUT",
      fieldErrors: { title: expect.any(Array) },
    });
    await expect(
      createJourney(lead, { ...base, ...input({ targets: { investment: 5 } }) }),
    ).rejects.toMatchObject({
      code: "INVALID_INPUT",
      fieldErrors: { targets: [expect.stringContaining("level 5")] },
    });
    await expect(
      createJourney(lead, { ...base, ...input({ targets: { delivery: 2 } }) }),
    ).rejects.toMatchObject({ code: "INVALID_INPUT" });
    expect(await db.journey.count({ where: { organizationId: t.org.id } })).toBe(0);

    const { id } = await createJourney(lead, { ...base, ...input() });
    await expect(
      updateJourney(lead, id, input({ constraints: Array.from({ length: 21 }, (_, i) => `c${i}`) }), 1),
    ).rejects.toMatchObject({ code: "INVALID_INPUT" });
    expect(await getJourney(lead, id)).toMatchObject({
      version: 1,
      title: "Scale the CoE",
      revisions: [expect.anything()],
    });
  });
});

describe("who may change journeys", () => {
  it("lets the team's lead, facilitators and admins edit; not members, viewers or other teams' leads", async () => {
    const t = await createTenant();
    const lead = await t.member("LEAD", { inTeam: true });
    const { id } = await createJourney(lead, { ...input(), teamId: t.teamId, modelId: models.cncf });
    let version = 1;
    for (const role of ["FACILITATOR", "ADMIN"] as const) {
      version = (await updateJourney(await t.member(role), id, input({ title: `by ${role}` }), version))
        .version;
    }
    const denied = [
      await t.member("MEMBER", { inTeam: true }),
      await t.member("VIEWER"),
      await t.member("LEAD"),
    ];
    for (const ctx of denied) {
      await expect(
        createJourney(ctx, { ...input(), teamId: t.teamId, modelId: models.cncf }),
      ).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(updateJourney(ctx, id, input({ title: "Hijacked" }), version)).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
      await expect(setJourneyStatus(ctx, id, "ARCHIVED")).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(getJourney(ctx, id)).resolves.toMatchObject({ canEdit: false, title: "by ADMIN" });
    }
    expect(await db.journey.count({ where: { organizationId: t.org.id } })).toBe(1);
  });

  it("limits organization-wide journeys to facilitators and admins", async () => {
    const t = await createTenant();
    const lead = await t.member("LEAD", { inTeam: true });
    await expect(
      createJourney(lead, { ...input(), teamId: null, modelId: models.cncf }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    const facilitator = await t.member("FACILITATOR");
    const { id } = await createJourney(facilitator, { ...input(), teamId: null, modelId: models.cncf });
    await expect(updateJourney(lead, id, input(), 1)).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await listJourneys(lead, null)).map((j) => j.id)).toEqual([id]);
    expect(await listJourneys(lead, t.teamId)).toEqual([]);
  });

  it("hides other organizations' journeys and teams as NOT_FOUND", async () => {
    const a = await createTenant();
    const b = await createTenant();
    const adminA = await a.member("ADMIN");
    const adminB = await b.member("ADMIN");
    const { id } = await createJourney(adminA, { ...input(), teamId: a.teamId, modelId: models.cncf });
    await expect(getJourney(adminB, id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(updateJourney(adminB, id, input(), 1)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(setJourneyStatus(adminB, id, "ARCHIVED")).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(listJourneys(adminB, a.teamId)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      createJourney(adminB, { ...input(), teamId: a.teamId, modelId: models.cncf }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await listJourneys(adminB, null)).toEqual([]);
    expect(await findActiveJourney(adminB, a.teamId)).toBeNull();
    expect(await getJourney(adminA, id)).toMatchObject({ version: 1 });
  });
});

describe("journey progress", () => {
  it("compares the targets with the team's latest submitted assessment and builds the timeline", async () => {
    const t = await createTenant();
    const lead = await t.member("LEAD", { inTeam: true });
    await submitWith(
      lead,
      t.teamId,
      { investment: 1, adoption: 1, operations: 2 },
      new Date("2026-01-10T00:00:00Z"),
    );
    const latest = await submitWith(
      lead,
      t.teamId,
      { investment: 2, adoption: 3 },
      new Date("2026-04-10T00:00:00Z"),
    );
    await startAssessment(lead, { teamId: t.teamId, modelId: models.cncf }); // a draft never counts
    await submitWith(
      await t.member("ADMIN"),
      t.otherTeamId,
      { investment: 4 },
      new Date("2026-05-01T00:00:00Z"),
    ); // another team's: never counts
    const { id } = await createJourney(lead, {
      ...input({ targets: { investment: 3, adoption: 2, operations: 4 } }),
      teamId: t.teamId,
      modelId: models.cncf,
    });

    const journey = await getJourney(lead, id);
    const progress = await getJourneyProgress(lead, journey);
    expect(progress.timeline.milestones.map((m) => m.date.slice(0, 10))).toEqual([
      "2026-01-10",
      "2026-04-10",
    ]);
    expect(progress.timeline.milestones[1]!.id).toBe(latest);
    expect(progress.current).toMatchObject({
      investment: 2,
      adoption: 3,
      operations: null,
      interfaces: null,
    });
    const byAspect = Object.fromEntries(progress.gaps.map((g) => [g.aspectId, g]));
    expect(byAspect.investment).toMatchObject({
      current: 2,
      target: 3,
      gap: 1,
      status: "below",
      next: { level: 3 },
    });
    expect(byAspect.adoption).toMatchObject({ status: "above", next: null });
    expect(byAspect.operations).toMatchObject({ status: "not-assessed", next: { level: 1 } });
    expect(byAspect.interfaces).toMatchObject({ status: "no-target" });
    const investment = progress.timeline.series.find((s) => s.aspectId === "investment")!;
    expect(investment).toMatchObject({
      target: 3,
      points: [
        { score: 1, level: 1 },
        { score: 2, level: 2 },
      ],
    });
  });

  it("uses the median of each team's latest assessment for an organization-wide journey", async () => {
    const t = await createTenant();
    const admin = await t.member("ADMIN");
    await submitWith(admin, t.teamId, { investment: 1 }, new Date("2026-01-01T00:00:00Z"));
    await submitWith(admin, t.otherTeamId, { investment: 3 }, new Date("2026-02-01T00:00:00Z"));
    await submitWith(admin, t.teamId, { investment: 4 }, new Date("2026-03-01T00:00:00Z"));
    const { id } = await createJourney(admin, {
      ...input({ targets: { investment: 4 } }),
      teamId: null,
      modelId: models.cncf,
    });
    const progress = await getJourneyProgress(admin, await getJourney(admin, id));
    expect(progress.timeline.milestones.map((m) => m.teamName)).toEqual(["Team A", "Team B", "Team A"]);
    expect(progress.timeline.series[0]!.points.map((p) => p.score)).toEqual([1, 2, 3.5]);
    expect(progress.current.investment).toBe(3);
    expect(progress.gaps[0]).toMatchObject({ aspectId: "investment", current: 3, target: 4, gap: 1 });
  });
});

describe("demo journeys seed", () => {
  it("creates an active Checkout journey with targets for every aspect and three revisions, once", async () => {
    const t = await createTenant();
    const admin = await t.member("ADMIN");
    const checkout = await db.team.create({
      data: { organizationId: t.org.id, name: "Checkout" },
      select: { id: true },
    });
    const lines: string[] = [];
    await seedDemoJourneys(t.org.slug, (l) => lines.push(l));
    await seedDemoJourneys(t.org.slug, (l) => lines.push(l));
    const [journey, ...others] = await listJourneys(admin, checkout.id);
    expect(others).toEqual([]);
    expect(journey).toMatchObject({ status: "ACTIVE", version: 3, revisionCount: 3 });
    expect(Object.keys(journey!.targets).sort()).toEqual([
      "adoption",
      "interfaces",
      "investment",
      "measurement",
      "operations",
    ]);
    expect(lines[1]).toContain("left unchanged");
  });
});
