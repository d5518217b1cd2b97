/**
 * The dashboard summary (team_latest_assessments, team_quarter_assessments) against a full
 * recomputation from the assessments: random submits in random order (plus deletes, un-submits and
 * moved dates, which no app path does but the triggers must survive), concurrent submits, and every
 * submit path of the app. The dashboards read through the summary must equal the raw path.
 */
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import type { OrgContext } from "@/lib/authz";
import { DEFAULT_FILTERS } from "@/lib/dashboard/filters";
import { startAssessment, submitAssessment } from "@/lib/data/assessments";
import { getAspectStats, getHeatmapPage, getTeamFreshness } from "@/lib/data/dashboard/overview";
import {
  resolveDashboard,
  summaryServesLatest,
  summaryServesQuarters,
  type TDashboardScope,
} from "@/lib/data/dashboard/scope";
import { snapshotStats } from "@/lib/data/dashboard/snapshots";
import { findSummaryDrift } from "@/lib/data/dashboard/summary";
import { getTrends } from "@/lib/data/dashboard/trends";
import { runWorkshopCommand } from "@/lib/data/workshops/commands";
import { endWorkshop } from "@/lib/data/workshops/end";
import { castVote } from "@/lib/data/workshops/votes";
import { db } from "@/lib/db";
import { createTenant, ensureModels } from "../fixtures/tenants";
import { workshopFixture } from "./workshop-helpers";

const ASPECTS = ["investment", "adoption", "interfaces", "operations", "measurement"];
const BASE = Date.UTC(2024, 0, 1);
const DAY = 24 * 3600 * 1000;
let models: Awaited<ReturnType<typeof ensureModels>>;

beforeAll(async () => {
  models = await ensureModels();
});

type TOp =
  | { kind: "insert" | "draftThenSubmit"; team: number; model: number; at: number; levels: number[] }
  | { kind: "delete" | "unsubmit"; pick: number }
  | { kind: "move"; pick: number; at: number };

// Times on a coarse grid (whole days, some identical), so ties on submitted_at happen and the id decides.
const at = fc.integer({ min: 0, max: 700 }).map((d) => BASE + d * DAY);
const opArb: fc.Arbitrary<TOp> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constantFrom("insert" as const, "draftThenSubmit" as const),
      team: fc.nat(2),
      model: fc.nat(1),
      at,
      levels: fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 5, maxLength: 5 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constantFrom("delete" as const, "unsubmit" as const), pick: fc.nat(50) }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("move" as const), pick: fc.nat(50), at }) },
);

async function tenantWithTeams() {
  const t = await createTenant();
  const admin = await t.member("ADMIN");
  const third = await db.team.create({ data: { organizationId: t.org.id, name: "Team C", group: "G" } });
  await db.team.update({ where: { id: t.teamId }, data: { group: "G" } });
  return { t, admin, teams: [t.teamId, t.otherTeamId, third.id] };
}

async function apply(orgId: string, teams: string[], by: string, op: TOp) {
  if (op.kind === "insert" || op.kind === "draftThenSubmit") {
    const modelId = op.model === 0 ? models.cncf : models.tiny;
    const submitted = op.kind === "insert";
    const a = await db.assessment.create({
      data: {
        organizationId: orgId,
        teamId: teams[op.team]!,
        modelId,
        title: "p",
        status: submitted ? "SUBMITTED" : "DRAFT",
        createdById: by,
        submittedAt: submitted ? new Date(op.at) : null,
      },
      select: { id: true },
    });
    if (op.model === 0)
      await db.aspectScore.createMany({
        data: ASPECTS.map((aspectId, i) => ({
          assessmentId: a.id,
          aspectId,
          level: op.levels[i]!,
          score: op.levels[i]!,
          answered: 1,
          total: 1,
        })),
      });
    if (!submitted)
      await db.assessment.update({
        where: { id: a.id },
        data: { status: "SUBMITTED", submittedAt: new Date(op.at), submittedById: by },
      });
    return;
  }
  const change = op as Exclude<TOp, { team: number }>;
  const submitted = await db.assessment.findMany({
    where: { organizationId: orgId, status: "SUBMITTED" },
    select: { id: true },
    orderBy: { id: "asc" },
  });
  if (submitted.length === 0) return;
  const id = submitted[change.pick % submitted.length]!.id;
  if (change.kind === "delete") await db.assessment.delete({ where: { id } });
  else if (change.kind === "unsubmit")
    await db.assessment.update({ where: { id }, data: { status: "DRAFT", submittedAt: null } });
  else if (change.kind === "move")
    await db.assessment.update({ where: { id }, data: { submittedAt: new Date(change.at) } });
}

const byKey = (x: { aspectId: string; level?: number | null }, y: typeof x) =>
  x.aspectId.localeCompare(y.aspectId) || (x.level ?? 0) - (y.level ?? 0);

/** The same scope read through the summary and through the raw assessments (an end date far away). */
async function bothPaths(ctx: OrgContext, group: string | null = null) {
  const { scope } = await resolveDashboard(ctx, { ...DEFAULT_FILTERS, group });
  const viaSummary: TDashboardScope = { ...scope!, until: null, from: new Date(BASE) };
  const raw: TDashboardScope = { ...viaSummary, until: new Date(Date.UTC(2900, 0, 2)) };
  expect(summaryServesLatest(viaSummary) && summaryServesQuarters(viaSummary)).toBe(true);
  expect(summaryServesLatest(raw) || summaryServesQuarters(raw)).toBe(false);
  const read = async (s: TDashboardScope) => ({
    freshness: await getTeamFreshness(ctx, s, {
      recentSince: new Date(BASE + 300 * DAY),
      staleCutoff: new Date(BASE + 500 * DAY),
    }),
    byName: await getHeatmapPage(ctx, s, { sort: "name", page: 1 }),
    byLevel: await getHeatmapPage(ctx, s, { sort: "level", page: 1 }),
    stats: await getAspectStats(ctx, s).then((x) => ({
      distribution: [...x.distribution].sort(byKey),
      medians: [...x.medians].sort(byKey),
    })),
    trends: await getTrends(ctx, s),
  });
  return { summary: await read(viaSummary), raw: await read(raw) };
}

describe("dashboard summary", () => {
  it("equals a full recomputation after random submits, deletes and moves in random order", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(opArb, { minLength: 1, maxLength: 20 }), async (ops) => {
        const { t, admin, teams } = await tenantWithTeams();
        for (const op of ops) await apply(t.org.id, teams, admin.userId, op);
        expect(await findSummaryDrift(t.org.id)).toEqual([]);
        const paths = await bothPaths(admin);
        expect(paths.summary).toEqual(paths.raw);
        const grouped = await bothPaths(admin, "G");
        expect(grouped.summary).toEqual(grouped.raw);
      }),
      { numRuns: 12 },
    );
  }, 240_000);

  it("finds drift when the summary is wrong (the check can fail)", async () => {
    const { t, admin, teams } = await tenantWithTeams();
    await apply(t.org.id, teams, admin.userId, {
      kind: "insert",
      team: 0,
      model: 0,
      at: BASE,
      levels: [1, 2, 3, 4, 1],
    });
    expect(await findSummaryDrift(t.org.id)).toEqual([]);
    // A later correction of a frozen score reaches the summary's copy of the levels (trigger on aspect_scores).
    await db.aspectScore.updateMany({
      where: { assessment: { organizationId: t.org.id } },
      data: { level: 2 },
    });
    expect(await findSummaryDrift(t.org.id)).toEqual([]);
    await db.$executeRaw`UPDATE team_latest_assessments SET aspects = '{}' WHERE organization_id = ${t.org.id}`;
    expect((await findSummaryDrift(t.org.id)).map((d) => d.table)).toEqual(["latest", "latest"]);
    await db.$executeRaw`DELETE FROM team_quarter_assessments WHERE organization_id = ${t.org.id}`;
    expect((await findSummaryDrift(t.org.id)).map((d) => d.table)).toEqual(["latest", "latest", "quarter"]);
  });

  it("keeps the true latest when many submits of one team commit concurrently in random order", async () => {
    const { t, admin, teams } = await tenantWithTeams();
    const times = Array.from({ length: 16 }, (_, i) => BASE + ((i * 7) % 16) * DAY);
    await Promise.all(
      times.map((time) =>
        db.$transaction(async (tx) => {
          await tx.assessment.create({
            data: {
              organizationId: t.org.id,
              teamId: teams[0]!,
              modelId: models.cncf,
              title: "c",
              status: "SUBMITTED",
              createdById: admin.userId,
              submittedAt: new Date(time),
            },
          });
          await new Promise((r) => setTimeout(r, Math.random() * 30)); // commit order is random
        }),
      ),
    );
    expect(await findSummaryDrift(t.org.id)).toEqual([]);
    const row = await db.teamLatestAssessment.findUniqueOrThrow({
      where: { teamId_modelId: { teamId: teams[0]!, modelId: models.cncf } },
    });
    expect(row.submittedAt.getTime()).toBe(Math.max(...times));
  });

  it("is updated by concurrent questionnaire submits in their own transactions", async () => {
    const t = await createTenant();
    const lead = await t.member("LEAD", { inTeam: true });
    const ids: string[] = [];
    for (let i = 0; i < 6; i += 1) {
      const { id } =
        i === 0
          ? await startAssessment(lead, { teamId: t.teamId, modelId: models.cncf })
          : await db.assessment.create({
              data: {
                organizationId: t.org.id,
                teamId: t.teamId,
                modelId: models.cncf,
                title: `d${i}`,
                createdById: lead.userId,
              },
              select: { id: true },
            });
      await db.answer.create({
        data: { assessmentId: id, questionId: "investment-1", level: (i % 4) + 1, updatedById: lead.userId },
      });
      ids.push(id);
    }
    await Promise.all(ids.map((id) => submitAssessment(lead, id)));
    expect(await findSummaryDrift(t.org.id)).toEqual([]);
    const latest = await db.assessment.findFirstOrThrow({
      where: { teamId: t.teamId, status: "SUBMITTED" },
      orderBy: [{ submittedAt: "desc" }, { id: "desc" }],
      select: { id: true },
    });
    const row = await db.teamLatestAssessment.findUniqueOrThrow({
      where: { teamId_modelId: { teamId: t.teamId, modelId: models.cncf } },
    });
    expect(row.assessmentId).toBe(latest.id);
  });

  it("is updated when a live workshop ends and submits, in the same transaction", async () => {
    const w = await workshopFixture();
    const ada = await w.guest("Ada");
    await runWorkshopCommand(w.facilitatorAccess, { type: "start" });
    await castVote(ada.access, { questionId: "delivery-1", level: 2, notSure: false });
    await runWorkshopCommand(w.facilitatorAccess, { type: "reveal" });
    await runWorkshopCommand(w.facilitatorAccess, { type: "consensus", level: 2, notSure: false, notes: "" });
    const { assessmentId } = await endWorkshop(w.facilitatorAccess);
    const rows = await db.teamQuarterAssessment.findMany({ where: { teamId: w.t.teamId } });
    expect(rows.map((r) => r.assessmentId)).toEqual([assessmentId]);
    expect(await findSummaryDrift(w.t.org.id)).toEqual([]);
  });
});

describe("cached dashboard aggregates (dashboard_snapshots)", () => {
  const version = async (orgId: string) =>
    (
      await db.$queryRaw<Array<{ v: bigint }>>`
        SELECT COALESCE((SELECT version FROM dashboard_versions WHERE organization_id = ${orgId}), 0) AS v`
    )[0]!.v;

  it("equal the raw path after every single change, and are served from the cache in between", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(opArb, { minLength: 1, maxLength: 8 }), async (ops) => {
        const { t, admin, teams } = await tenantWithTeams();
        for (const op of ops) {
          await apply(t.org.id, teams, admin.userId, op);
          const paths = await bothPaths(admin);
          expect(paths.summary).toEqual(paths.raw);
          const hits = snapshotStats.hits;
          expect((await bothPaths(admin)).summary).toEqual(paths.summary);
          // freshness, aspect stats and trends of the summary path came from snapshots.
          expect(snapshotStats.hits - hits).toBe(3);
        }
      }),
      { numRuns: 6 },
    );
  }, 240_000);

  it("are recomputed after a team is renamed or regrouped and after a journey's targets change", async () => {
    const { t, admin, teams } = await tenantWithTeams();
    const levels = [1, 2, 3, 4, 1];
    for (const team of [0, 1, 2])
      await apply(t.org.id, teams, admin.userId, { kind: "insert", team, model: 0, at: BASE, levels });
    const grouped = async () => (await bothPaths(admin, "G")).summary;
    const before = await grouped();
    expect(before.freshness.summary.teams).toBe(2);

    // Regrouping: the group G loses a team.
    await db.team.update({ where: { id: teams[0]! }, data: { group: "H" } });
    expect((await grouped()).freshness.summary.teams).toBe(1);
    // Renaming: the stale-team list shows the new name.
    await db.team.update({ where: { id: teams[2]! }, data: { name: "Team C renamed" } });
    const after = await grouped();
    expect(after.freshness.stale.teams.map((x) => x.teamName)).toContain("Team C renamed");

    // A journey target moves the median target.
    const journey = await db.journey.create({
      data: {
        organizationId: t.org.id,
        teamId: teams[2]!,
        modelId: models.cncf,
        title: "j",
        goal: "g",
        createdById: admin.userId,
        targets: { create: [{ aspectId: "investment", level: 3 }] },
      },
    });
    const target = async () =>
      (await bothPaths(admin, "G")).summary.stats.medians.find((m) => m.aspectId === "investment")
        ?.medianTarget;
    expect(await target()).toBe(3);
    await db.journeyTarget.update({
      where: { journeyId_aspectId: { journeyId: journey.id, aspectId: "investment" } },
      data: { level: 4 },
    });
    expect(await target()).toBe(4);
    const paths = await bothPaths(admin, "G");
    expect(paths.summary).toEqual(paths.raw);
  }, 60_000);

  it("bump once per transaction, however many statements change the org (a seed refreshes thousands)", async () => {
    const { t, teams } = await tenantWithTeams();
    const before = await version(t.org.id);
    await db.$transaction(async (tx) => {
      for (let i = 0; i < 5; i += 1)
        await tx.team.update({ where: { id: teams[0]! }, data: { name: `Renamed ${i}` } });
    });
    expect(await version(t.org.id)).toBe(before + 1n);
    await db.team.update({ where: { id: teams[0]! }, data: { name: "Renamed again" } });
    expect(await version(t.org.id)).toBe(before + 2n);
  });

  it("bump only the changed organization, and an organization with teams and snapshots can be deleted", async () => {
    const a = await tenantWithTeams();
    const b = await tenantWithTeams();
    await bothPaths(a.admin);
    await bothPaths(b.admin);
    const [va, vb] = [await version(a.t.org.id), await version(b.t.org.id)];
    await apply(a.t.org.id, a.teams, a.admin.userId, {
      kind: "insert",
      team: 1,
      model: 0,
      at: BASE,
      levels: [2, 2, 2, 2, 2],
    });
    expect(await version(a.t.org.id)).toBeGreaterThan(va);
    expect(await version(b.t.org.id)).toBe(vb);
    const hits = snapshotStats.hits;
    await bothPaths(b.admin);
    expect(snapshotStats.hits - hits).toBe(3);

    expect(await db.dashboardSnapshot.count({ where: { organizationId: a.t.org.id } })).toBeGreaterThan(0);
    await db.organization.delete({ where: { id: a.t.org.id } });
    expect(await db.dashboardSnapshot.count({ where: { organizationId: a.t.org.id } })).toBe(0);
    expect(await version(a.t.org.id)).toBe(0n);
  });
});
