import { beforeAll, describe, expect, it } from "vitest";
import type { OrgContext } from "@/lib/authz";
import { countLevels, distributionRows } from "@/lib/dashboard/distribution";
import { DEFAULT_FILTERS, parseDashboardFilters } from "@/lib/dashboard/filters";
import { lowerMedianOf } from "@/lib/dashboard/median";
import { movementByAspect } from "@/lib/dashboard/movement";
import { quarterLabel } from "@/lib/dashboard/quarters";
import { staleCutoff } from "@/lib/dashboard/staleness";
import {
  getAspectStats,
  getHeatmapPage,
  getTeamFreshness,
  resolveDashboard,
} from "@/lib/data/dashboard/overview";
import type { TDashboardScope } from "@/lib/data/dashboard/scope";
import { getTrends } from "@/lib/data/dashboard/trends";
import { listTeamGroups, setTeamGroup } from "@/lib/data/teams";
import { db } from "@/lib/db";
import { createTenant, ensureModels } from "../fixtures/tenants";

const ASPECTS = ["investment", "adoption", "interfaces", "operations", "measurement"];
type TLevels = Array<number | null>;

let models: Awaited<ReturnType<typeof ensureModels>>;
let ctx: OrgContext;
let outsider: OrgContext;
const team: Record<string, string> = {};
const LATEST: Record<string, TLevels> = {
  Alpha: [2, 1, 2, 2, null],
  Beta: [2, 3, 4, 3, 3],
  Gamma: [4, 2, 1, 3, 2],
};
const Q1: Record<string, TLevels> = { Alpha: [1, 1, 1, 1, 1], Beta: [3, 3, 3, 3, 3] };

/** Inserts an assessment with frozen aspect scores (score = level) directly, at a fixed time. */
async function assessment(
  orgId: string,
  teamId: string,
  createdById: string,
  at: string,
  levels: TLevels,
  opts: { status?: "DRAFT" | "SUBMITTED"; modelId?: string; aspects?: string[] } = {},
) {
  const status = opts.status ?? "SUBMITTED";
  const a = await db.assessment.create({
    data: {
      organizationId: orgId,
      teamId,
      modelId: opts.modelId ?? models.cncf,
      title: `${at} ${status}`,
      status,
      createdById,
      submittedAt: status === "SUBMITTED" ? new Date(at) : null,
    },
    select: { id: true },
  });
  await db.aspectScore.createMany({
    data: (opts.aspects ?? ASPECTS).map((aspectId, i) => ({
      assessmentId: a.id,
      aspectId,
      level: levels[i] ?? null,
      score: levels[i] ?? null,
      answered: levels[i] ? 4 : 0,
      total: 4,
    })),
  });
  return a.id;
}

async function journey(
  orgId: string,
  teamId: string,
  createdById: string,
  level: number,
  status: "ACTIVE" | "ARCHIVED" = "ACTIVE",
) {
  const j = await db.journey.create({
    data: { organizationId: orgId, teamId, modelId: models.cncf, title: "J", goal: "G", status, createdById },
    select: { id: true },
  });
  await db.journeyTarget.createMany({
    data: ASPECTS.map((aspectId) => ({ journeyId: j.id, aspectId, level })),
  });
}

beforeAll(async () => {
  models = await ensureModels();
  const a = await createTenant();
  const admin = await a.member("ADMIN");
  ctx = await a.member("VIEWER");
  const orgId = a.org.id;
  await db.team.update({ where: { id: a.teamId }, data: { name: "Alpha", group: "G1" } });
  await db.team.update({ where: { id: a.otherTeamId }, data: { name: "Beta", group: "G1" } });
  team.Alpha = a.teamId;
  team.Beta = a.otherTeamId;
  team.Gamma = (await db.team.create({ data: { organizationId: orgId, name: "Gamma", group: "G2" } })).id;
  team.Delta = (await db.team.create({ data: { organizationId: orgId, name: "Delta" } })).id;
  const by = admin.userId;
  await assessment(orgId, team.Gamma, by, "2024-11-01T10:00:00Z", [1, 1, 1, 1, 1]); // gap: Gamma skips 2025 Q1
  await assessment(orgId, team.Alpha, by, "2025-02-10T10:00:00Z", Q1.Alpha!);
  await assessment(orgId, team.Beta, by, "2025-02-20T10:00:00Z", Q1.Beta!);
  await assessment(orgId, team.Beta, by, "2025-04-05T10:00:00Z", [1, 1, 1, 1, 1]); // superseded within Q2
  await assessment(orgId, team.Alpha, by, "2025-05-10T10:00:00Z", LATEST.Alpha!);
  await assessment(orgId, team.Beta, by, "2025-05-20T10:00:00Z", LATEST.Beta!);
  await assessment(orgId, team.Gamma, by, "2025-06-15T10:00:00Z", LATEST.Gamma!);
  await assessment(orgId, team.Alpha, by, "2025-06-01T10:00:00Z", [4, 4, 4, 4, 4], { status: "DRAFT" }); // drafts never count
  await assessment(orgId, team.Gamma, by, "2025-06-20T10:00:00Z", [3, 3], {
    modelId: models.tiny,
    aspects: ["delivery", "operations"],
  });
  await journey(orgId, team.Alpha, by, 3);
  await journey(orgId, team.Beta, by, 4);
  await journey(orgId, team.Gamma, by, 1, "ARCHIVED");

  // Another organization with maxed-out teams in a same-named group: must never show up.
  const b = await createTenant();
  const adminB = await b.member("ADMIN");
  outsider = adminB;
  await db.team.update({ where: { id: b.teamId }, data: { name: "Intruder", group: "G1" } });
  await assessment(b.org.id, b.teamId, adminB.userId, "2025-05-01T10:00:00Z", [4, 4, 4, 4, 4]);
  await journey(b.org.id, b.teamId, adminB.userId, 4);
});

async function scopeFor(query: Record<string, string> = {}, who: OrgContext = ctx): Promise<TDashboardScope> {
  const { scope } = await resolveDashboard(who, parseDashboardFilters(query).filters);
  return scope!;
}

const NOW = new Date("2025-07-01T00:00:00Z");

describe("org overview queries", () => {
  it("counts teams, assessed, recent, stale and never-assessed", async () => {
    const scope = await scopeFor();
    const { summary, stale } = await getTeamFreshness(ctx, scope, {
      recentSince: new Date("2025-04-01T00:00:00Z"),
      staleCutoff: staleCutoff(NOW, 30),
    });
    expect(summary).toEqual({ teams: 4, assessed: 3, recent: 3, stale: 2, never: 1 });
    expect(stale.teams.map((t) => t.teamName)).toEqual(["Alpha", "Beta", "Delta"]);
    expect(stale.total).toBe(3);
    const fewer = await getTeamFreshness(
      ctx,
      scope,
      { recentSince: NOW, staleCutoff: staleCutoff(NOW, 30) },
      1,
    );
    expect(fewer.stale.teams.map((t) => t.teamName)).toEqual(["Alpha"]);
    expect(fewer.summary.recent).toBe(0);
  });

  it("shows each team's latest submitted levels in the heatmap (drafts and older ones ignored), sorted and paged", async () => {
    const scope = await scopeFor();
    const byName = await getHeatmapPage(ctx, scope, { sort: "name", page: 1 });
    expect(byName.total).toBe(4);
    expect(byName.rows.map((r) => r.teamName)).toEqual(["Alpha", "Beta", "Delta", "Gamma"]);
    for (const row of byName.rows) {
      const expected = LATEST[row.teamName];
      expect(row.assessmentId === null).toBe(!expected);
      if (expected) expect(ASPECTS.map((id) => row.levels[id] ?? null)).toEqual(expected);
    }
    const byLevel = await getHeatmapPage(ctx, scope, { sort: "level", page: 1 });
    expect(byLevel.rows.map((r) => r.teamName)).toEqual(["Alpha", "Gamma", "Beta", "Delta"]);
    expect((await getHeatmapPage(ctx, scope, { sort: "name", page: 2 })).rows).toEqual([]);
  });

  it("computes medians in SQL exactly like lowerMedian, and median targets of active journeys", async () => {
    const { medians } = await getAspectStats(ctx, await scopeFor());
    const byAspect = Object.fromEntries(medians.map((m) => [m.aspectId, m]));
    ASPECTS.forEach((aspectId, i) => {
      const expected = lowerMedianOf(Object.values(LATEST).map((levels) => levels[i]));
      expect(byAspect[aspectId]?.medianLevel, aspectId).toBe(expected);
      expect(byAspect[aspectId]?.medianScore, aspectId).toBe(expected);
      expect(byAspect[aspectId]?.medianTarget, aspectId).toBe(3); // lower median of [3, 4]; archived ignored
    });
    expect(byAspect.measurement).toMatchObject({ medianLevel: 2, teams: 2, targets: 2 }); // [3, 2] → 2, Alpha not assessed
  });

  it("counts the level distribution like countLevels", async () => {
    const counts = (await getAspectStats(ctx, await scopeFor())).distribution;
    const expected = countLevels(
      Object.values(LATEST).flatMap((levels) =>
        ASPECTS.map((aspectId, i) => ({ aspectId, level: levels[i] ?? null })),
      ),
    );
    const aspects = ASPECTS.map((id) => ({ id, name: id }));
    expect(distributionRows(counts, aspects, 4)).toEqual(distributionRows(expected, aspects, 4));
    expect(distributionRows(counts, aspects, 4)[4]).toMatchObject({ l2: 1, l3: 1, none: 1, total: 3 });
  });

  it("filters by group, date range and model", async () => {
    const g1 = await scopeFor({ group: "G1" });
    expect((await getHeatmapPage(ctx, g1, { sort: "name", page: 1 })).rows.map((r) => r.teamName)).toEqual([
      "Alpha",
      "Beta",
    ]);
    const early = await scopeFor({ to: "2025-04-30" });
    const rows = (await getHeatmapPage(ctx, early, { sort: "name", page: 1 })).rows;
    expect(rows.map((r) => [r.teamName, r.levels.investment ?? null])).toEqual([
      ["Alpha", 1],
      ["Beta", 1],
      ["Delta", null],
      ["Gamma", 1],
    ]);
    const window = await scopeFor({ from: "2025-01-01", to: "2025-04-30" });
    expect(
      (await getTeamFreshness(ctx, window, { recentSince: NOW, staleCutoff: NOW })).summary.assessed,
    ).toBe(2);
    const tiny = await scopeFor({ model: "tiny-model:1" });
    const tinyRows = (await getHeatmapPage(ctx, tiny, { sort: "name", page: 1 })).rows.filter(
      (r) => r.assessmentId,
    );
    expect(tinyRows.map((r) => [r.teamName, r.levels])).toEqual([["Gamma", { delivery: 3, operations: 3 }]]);
  });

  it("resolves filters: default CNCF model, unknown group or model ignored with a note", async () => {
    const resolved = await resolveDashboard(ctx, {
      ...DEFAULT_FILTERS,
      group: "Nope",
      model: { key: "nope", version: 1 },
    });
    expect(resolved.model?.key).toBe("cncf-platform-engineering");
    expect(resolved.scope?.group).toBeNull();
    expect(resolved.notes).toHaveLength(2);
    expect(resolved.groups).toEqual([
      { name: "G1", teams: 2 },
      { name: "G2", teams: 1 },
    ]);
  });
});

describe("trends queries", () => {
  it("gives the lower median per aspect and quarter", async () => {
    const rows = (await getTrends(ctx, await scopeFor())).medians;
    const inv = rows
      .filter((r) => r.aspectId === "investment")
      .map((r) => [quarterLabel(r.quarter), r.medianLevel, r.teams]);
    expect(inv).toEqual([
      ["2024 Q4", 1, 1],
      ["2025 Q1", 1, 2],
      ["2025 Q2", 2, 3],
    ]);
  });

  it("counts movement against the directly preceding quarter like movementByAspect", async () => {
    const rows = (await getTrends(ctx, await scopeFor())).movement;
    expect(new Set(rows.map((r) => quarterLabel(r.quarter)))).toEqual(new Set(["2025 Q2"]));
    const toRecord = (m: Record<string, TLevels>) =>
      new Map(
        Object.entries(m).map(([k, v]) => [
          k,
          Object.fromEntries(ASPECTS.map((id, i) => [id, v[i] ?? null])),
        ]),
      );
    const expected = movementByAspect(toRecord(Q1), toRecord(LATEST), ASPECTS);
    for (const r of rows)
      expect({ up: r.up, down: r.down, same: r.same }, r.aspectId).toEqual(expected[r.aspectId]);
    expect(expected.interfaces).toEqual({ up: 2, down: 0, same: 0 });
    const { movers } = await getTrends(ctx, await scopeFor());
    expect(movers.teams.map((t) => [t.teamName, t.up, t.down])).toEqual([
      ["Beta", 1, 1],
      ["Alpha", 3, 0],
    ]);
    expect(quarterLabel(movers.quarter!)).toBe("2025 Q2");
    expect((await getTrends(ctx, await scopeFor(), 1)).movers).toMatchObject({
      total: 2,
      teams: [{ teamName: "Beta" }],
    });
  });
});

describe("tenant isolation", () => {
  it("never shows another organization's teams, groups, journeys or scores", async () => {
    const scope = await scopeFor({ group: "G1" });
    const rows = (await getHeatmapPage(ctx, scope, { sort: "level", page: 1 })).rows;
    expect(rows.map((r) => r.teamName)).not.toContain("Intruder");
    expect((await getAspectStats(ctx, scope)).medians.every((m) => m.medianTarget === 3)).toBe(true);
    const outsiderScope = await scopeFor({}, outsider);
    expect(
      (await getHeatmapPage(outsider, outsiderScope, { sort: "name", page: 1 })).rows.map((r) => r.teamName),
    ).toEqual(["Intruder", "Team B"]);
    // A scope built for one organization cannot be used with another's context.
    await expect(getHeatmapPage(outsider, scope, { sort: "name", page: 1 })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(getTrends(outsider, scope)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("team groups", () => {
  it("lets admins set a group (normalised) and nobody else", async () => {
    const t = await createTenant();
    const admin = await t.member("ADMIN");
    const lead = await t.member("LEAD", { inTeam: true });
    await expect(
      setTeamGroup(admin, { teamId: t.teamId, group: "  Core   Platform " }),
    ).resolves.toMatchObject({ group: "Core Platform" });
    expect(await listTeamGroups(admin)).toEqual(["Core Platform"]);
    await expect(setTeamGroup(lead, { teamId: t.teamId, group: "X" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(setTeamGroup(outsider, { teamId: t.teamId, group: "X" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await setTeamGroup(admin, { teamId: t.teamId, group: "" });
    expect(await listTeamGroups(admin)).toEqual([]);
  });
});
