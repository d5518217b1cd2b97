import { beforeAll, describe, expect, it } from "vitest";
import type { OrgContext } from "@/lib/authz";
import { db } from "@/lib/db";
import { saveAnswer, startAssessment, submitAssessment } from "@/lib/data/assessments";
import { createJourney } from "@/lib/data/journeys";
import {
  createStep,
  getPlan,
  moveStep,
  setStepStatus,
  StepConflictError,
  updateStep,
} from "@/lib/data/plans";
import { getPlanProgress } from "@/lib/data/plans/dashboard";
import {
  carryUnfinished,
  closeIteration,
  createIteration,
  getIterationReviews,
} from "@/lib/data/plans/iterations";
import { addSuggestedSteps, getPlanSuggestions } from "@/lib/data/plans/suggestions";
import { parsePlanCsv, planCsvRows, toCsv } from "@/lib/plans/csv";
import { createTenant, ensureModels } from "../fixtures/tenants";

let models: Awaited<ReturnType<typeof ensureModels>>;
beforeAll(async () => {
  models = await ensureModels();
});

async function submitWith(
  ctx: OrgContext,
  teamId: string,
  levels: Record<string, number>,
  submittedAt: Date,
) {
  const { id } = await startAssessment(ctx, {
    teamId,
    modelId: models.cncf,
    title: `at ${submittedAt.toISOString()}`,
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

/** A tenant whose team A has a lead, a member and an active journey (targets: investment 3, adoption 2). */
async function setup() {
  const t = await createTenant();
  const lead = await t.member("LEAD", { inTeam: true });
  const member = await t.member("MEMBER", { inTeam: true });
  const journey = await createJourney(lead, {
    title: "Plan me",
    goal: "Grow.",
    teamId: t.teamId,
    modelId: models.cncf,
    targets: { investment: 3, adoption: 2 },
  });
  return { t, lead, member, journeyId: journey.id };
}

const step = (extra: Record<string, unknown> = {}) => ({
  title: "Name an owner for test environments",
  aspectId: "investment",
  level: 2,
  ...extra,
});

describe("plan steps: role checks", () => {
  it("team leads and members, facilitators and admins change the plan; viewers, other teams' people and other orgs cannot", async () => {
    const { t, lead, member, journeyId } = await setup();
    const facilitator = await t.member("FACILITATOR");
    const admin = await t.member("ADMIN");
    const viewerInTeam = await t.member("VIEWER", { inTeam: true });
    const outsideLead = await t.member("LEAD");
    const outsideMember = await t.member("MEMBER");
    const other = await (await createTenant()).member("ADMIN");

    for (const ctx of [lead, member, facilitator, admin])
      await expect(createStep(ctx, journeyId, step({ title: `by ${ctx.role}` }))).resolves.toMatchObject({
        step: { version: 1 },
      });
    for (const ctx of [viewerInTeam, outsideLead, outsideMember])
      await expect(createStep(ctx, journeyId, step())).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(createStep(other, journeyId, step())).rejects.toMatchObject({ code: "NOT_FOUND" });

    const plan = await getPlan(viewerInTeam, journeyId);
    expect(plan.canEdit).toBe(false);
    expect(plan.steps.map((s) => s.title)).toEqual(["by LEAD", "by MEMBER", "by FACILITATOR", "by ADMIN"]);
    expect((await getPlan(member, journeyId)).canEdit).toBe(true);
    await expect(getPlan(other, journeyId)).rejects.toMatchObject({ code: "NOT_FOUND" });

    const first = plan.steps[0]!;
    await expect(updateStep(outsideLead, first.id, step({ title: "hijack" }), 1)).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(setStepStatus(viewerInTeam, first.id, "DONE", 1)).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(moveStep(outsideMember, first.id, "down")).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(updateStep(other, first.id, step(), 1)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      createIteration(viewerInTeam, journeyId, { name: "Q", startsOn: "2026-01-01", endsOn: "2026-03-31" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await getPlan(lead, journeyId)).steps[0]).toMatchObject({ title: "by LEAD", version: 1 });
  });
});

describe("plan steps: input", () => {
  it("refuses empty titles, unknown owners, aspects and iterations with field errors and saves nothing; allows but flags past due dates", async () => {
    const { t, lead, member, journeyId } = await setup();
    const stranger = await (await createTenant()).member("MEMBER", { inTeam: true });
    const viewer = await t.member("VIEWER", { inTeam: true });
    await expect(createStep(lead, journeyId, step({ title: "   " }))).rejects.toMatchObject({
      code: "INVALID_INPUT",
      fieldErrors: { title: ["Give the step a title"] },
    });
    await expect(createStep(lead, journeyId, step({ ownerId: stranger.userId }))).rejects.toMatchObject({
      code: "INVALID_INPUT",
      fieldErrors: { ownerId: [expect.stringContaining("Unknown owner")] },
    });
    await expect(createStep(lead, journeyId, step({ ownerId: viewer.userId }))).rejects.toMatchObject({
      code: "INVALID_INPUT",
    });
    await expect(createStep(lead, journeyId, step({ aspectId: "nope" }))).rejects.toMatchObject({
      code: "INVALID_INPUT",
      fieldErrors: { aspectId: [expect.any(String)] },
    });
    await expect(createStep(lead, journeyId, step({ level: 7 }))).rejects.toMatchObject({
      code: "INVALID_INPUT",
    });
    await expect(
      createStep(lead, journeyId, step({ iterationId: "not-an-iteration" })),
    ).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await expect(createStep(lead, journeyId, step({ dueOn: "2026-13-01" }))).rejects.toMatchObject({
      code: "INVALID_INPUT",
    });
    expect(await db.planStep.count({ where: { journeyId } })).toBe(0);

    const past = await createStep(lead, journeyId, step({ ownerId: member.userId, dueOn: "2001-01-01" }));
    expect(past.pastDue).toBe(true);
    expect(past.step).toMatchObject({
      ownerId: member.userId,
      dueOn: "2001-01-01",
      status: "TODO",
      position: 1,
    });
    await expect(updateStep(lead, past.step.id, step({ title: "" }), 1)).rejects.toMatchObject({
      code: "INVALID_INPUT",
    });
    expect((await getPlan(lead, journeyId)).steps[0]).toMatchObject({
      title: "Name an owner for test environments",
      version: 1,
    });
  });
});

describe("plan steps: concurrent edits", () => {
  it("refuses a stale edit with CONFLICT and the latest values; the other person's edit stays", async () => {
    const { t, lead, member, journeyId } = await setup();
    const facilitator = await t.member("FACILITATOR");
    const { step: s } = await createStep(lead, journeyId, step());
    await updateStep(
      member,
      s.id,
      step({ title: "Member's title", status: "DOING", ownerId: member.userId }),
      1,
    );
    const err = await updateStep(facilitator, s.id, step({ title: "Facilitator's title" }), 1).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(StepConflictError);
    expect(err).toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("Someone else changed this step"),
    });
    expect((err as StepConflictError).latest).toMatchObject({
      title: "Member's title",
      status: "DOING",
      version: 2,
      ownerName: expect.stringMatching(/^member /),
    });
    await expect(setStepStatus(facilitator, s.id, "DONE", 1)).rejects.toMatchObject({ code: "CONFLICT" });
    expect((await getPlan(lead, journeyId)).steps[0]).toMatchObject({
      title: "Member's title",
      status: "DOING",
      version: 2,
    });
  });

  it("lets only one of two simultaneous edits of the same version win", async () => {
    const { lead, member, journeyId } = await setup();
    const { step: s } = await createStep(lead, journeyId, step());
    const results = await Promise.allSettled([
      updateStep(lead, s.id, step({ title: "One" }), 1),
      updateStep(member, s.id, step({ title: "Two" }), 1),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(
      results.filter((r) => r.status === "rejected").map((r) => (r as PromiseRejectedResult).reason.code),
    ).toEqual(["CONFLICT"]);
  });

  it("status moves set and clear completedAt; reordering swaps priorities", async () => {
    const { lead, journeyId } = await setup();
    const a = (await createStep(lead, journeyId, step({ title: "A" }))).step;
    await createStep(lead, journeyId, step({ title: "B" }));
    const done = await setStepStatus(lead, a.id, "DONE", 1);
    expect(done.step).toMatchObject({ status: "DONE", version: 2, completedAt: expect.any(String) });
    expect((await setStepStatus(lead, a.id, "DOING", 2)).step.completedAt).toBeNull();
    await moveStep(lead, a.id, "down");
    expect((await getPlan(lead, journeyId)).steps.map((s) => s.title)).toEqual(["B", "A"]);
    expect(await moveStep(lead, a.id, "down")).toEqual({ moved: false });
  });
});

describe("suggestions, iterations and review", () => {
  it("generates steps from the gap, closes an iteration, carries unfinished steps and shows what moved", async () => {
    const { t, lead, member, journeyId } = await setup();
    await submitWith(lead, t.teamId, { investment: 1, adoption: 2 }, new Date("2026-01-05T00:00:00Z"));
    const { suggestions } = await getPlanSuggestions(member, journeyId);
    // adoption is at its target (2): only investment's level 2 cell is suggested
    expect(new Set(suggestions.map((s) => `${s.aspectId}:${s.level}`))).toEqual(new Set(["investment:2"]));

    const q1 = await createIteration(lead, journeyId, {
      name: "Q1",
      startsOn: "2026-01-01",
      endsOn: "2026-03-31",
    });
    expect(q1.baselineAssessmentId).not.toBeNull();
    const keys = suggestions.slice(0, 3).map((s) => s.key);
    expect(await addSuggestedSteps(lead, journeyId, [...keys, "made:up:key"], q1.id)).toEqual({
      added: 3,
      skipped: 1,
    });
    expect(await addSuggestedSteps(lead, journeyId, keys, q1.id)).toEqual({ added: 0, skipped: 3 });
    expect((await getPlanSuggestions(lead, journeyId)).suggestions.map((s) => s.key)).not.toContain(keys[0]);

    const plan = await getPlan(lead, journeyId);
    const [s1, s2] = plan.steps;
    await updateStep(
      lead,
      s1!.id,
      { ...s1!, ownerId: member.userId, dueOn: "2026-02-01", status: "DONE" },
      s1!.version,
    );
    await updateStep(lead, s2!.id, { ...s2!, ownerId: lead.userId, status: "DOING" }, s2!.version);

    const closed = await closeIteration(lead, q1.id, q1.version, {
      carry: "on",
      nextName: "Q2",
      nextStartsOn: "2026-04-01",
      nextEndsOn: "2026-06-30",
    });
    expect(closed.carried).toBe(2);
    await expect(closeIteration(lead, q1.id, q1.version)).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(carryUnfinished(lead, q1.id, closed.next!.id)).resolves.toMatchObject({ carried: 0 });

    await submitWith(lead, t.teamId, { investment: 2, adoption: 2 }, new Date(Date.now() + 1000));
    const after = await getPlan(lead, journeyId);
    const q2Steps = after.steps.filter((s) => s.iterationId === closed.next!.id);
    expect(q2Steps.map((s) => s.carriedFromId).sort()).toEqual([s2!.id, plan.steps[2]!.id].sort());
    expect(q2Steps.find((s) => s.carriedFromId === s2!.id)).toMatchObject({
      status: "DOING",
      ownerId: lead.userId,
    });

    const [review] = await getIterationReviews(lead, { ...after, modelKey: "cncf-platform-engineering" });
    expect(review!.done.map((s) => s.id)).toEqual([s1!.id]);
    expect(review!.unfinished).toBe(0);
    expect(review!.after).not.toBeNull();
    expect(review!.movement.find((m) => m.aspectId === "investment")).toMatchObject({
      before: 1,
      after: 2,
      change: 1,
    });
    expect(review!.movement.find((m) => m.aspectId === "adoption")).toMatchObject({ change: 0 });
  });

  it("refuses bad iterations and carrying into closed ones", async () => {
    const { lead, journeyId } = await setup();
    await expect(
      createIteration(lead, journeyId, { name: "", startsOn: "2026-01-01", endsOn: "2026-03-31" }),
    ).rejects.toMatchObject({ code: "INVALID_INPUT", fieldErrors: { name: [expect.any(String)] } });
    await expect(
      createIteration(lead, journeyId, { name: "Q", startsOn: "2026-04-01", endsOn: "2026-03-31" }),
    ).rejects.toMatchObject({ code: "INVALID_INPUT", fieldErrors: { endsOn: [expect.any(String)] } });
    const q1 = await createIteration(lead, journeyId, {
      name: "Q1",
      startsOn: "2026-01-01",
      endsOn: "2026-03-31",
    });
    await createStep(lead, journeyId, step({ iterationId: q1.id }));
    await expect(closeIteration(lead, q1.id, 1, { carry: "on" })).rejects.toMatchObject({
      code: "INVALID_INPUT",
    });
    await closeIteration(lead, q1.id, 1);
    await expect(createStep(lead, journeyId, step({ iterationId: q1.id }))).rejects.toMatchObject({
      code: "INVALID_INPUT",
      fieldErrors: { iterationId: [expect.stringContaining("closed")] },
    });
    await expect(carryUnfinished(lead, q1.id, q1.id)).rejects.toMatchObject({ code: "INVALID_INPUT" });
  });
});

describe("exports and dashboard", () => {
  it("CSV export round-trips: parsing it back gives the plan's steps", async () => {
    const { lead, member, journeyId } = await setup();
    const q1 = await createIteration(lead, journeyId, {
      name: 'Q1, "first"',
      startsOn: "2026-01-01",
      endsOn: "2026-03-31",
    });
    await createStep(
      lead,
      journeyId,
      step({
        title: 'Commas, "quotes" and\nnewlines',
        notes: "=SUM(A1)",
        ownerId: member.userId,
        dueOn: "2026-02-01",
        iterationId: q1.id,
      }),
    );
    await createStep(
      lead,
      journeyId,
      step({ title: "Zweiter Schritt: Übersicht", aspectId: "adoption", level: 3, status: "DONE" }),
    );
    const plan = await getPlan(lead, journeyId);
    const names = {
      aspects: Object.fromEntries(plan.definition.aspects.map((a) => [a.id, a.name])),
      levels: Object.fromEntries(plan.definition.levels.map((l) => [l.level, l.name])),
    };
    const { rows, errors } = parsePlanCsv(toCsv(planCsvRows(plan.steps, plan.iterations, names)));
    expect(errors).toEqual([]);
    expect(rows).toHaveLength(2);
    expect(
      rows.map((r) => ({
        id: r["Step ID"],
        title: r.Title,
        notes: r.Notes,
        owner: r["Owner email"],
        due: r["Due date"],
        status: r.Status,
        iteration: r.Iteration,
        aspect: r.Aspect,
      })),
    ).toEqual(
      plan.steps.map((s) => ({
        id: s.id,
        title: s.title,
        notes: s.notes,
        owner: s.ownerEmail ?? "",
        due: s.dueOn ?? "",
        status: s.status === "DONE" ? "Done" : "To do",
        iteration: s.iterationId ? 'Q1, "first"' : "",
        aspect: names.aspects[s.aspectId],
      })),
    );
  });

  it("plan progress per team: done/total in the current iteration and overdue steps, one statement", async () => {
    const { t, lead, journeyId } = await setup();
    const today = new Date().toISOString().slice(0, 10);
    const it = await createIteration(lead, journeyId, {
      name: "Now",
      startsOn: "2020-01-01",
      endsOn: "2099-12-31",
    });
    const a = await createStep(lead, journeyId, step({ iterationId: it.id, dueOn: "2001-01-01" }));
    const b = await createStep(lead, journeyId, step({ iterationId: it.id }));
    await createStep(lead, journeyId, step({ iterationId: it.id, status: "DROPPED", dueOn: "2001-01-01" }));
    await createStep(lead, journeyId, step({ dueOn: "2001-01-02" }));
    await setStepStatus(lead, b.step.id, "DONE", 1);
    const scope = { orgId: t.org.id, modelId: models.cncf, group: null, from: null, until: null };
    const progress = await getPlanProgress(lead, scope, today);
    expect(progress).toMatchObject({ teams: 1, overdue: 2 });
    expect(progress.rows).toEqual([
      {
        teamId: t.teamId,
        teamName: "Team A",
        journeyId,
        iterationName: "Now",
        iterationEndsOn: "2099-12-31",
        done: 1,
        total: 2,
        overdue: 2,
      },
    ]);
    expect(a.pastDue).toBe(true);
    const other = await (await createTenant()).member("ADMIN");
    await expect(getPlanProgress(other, scope, today)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
