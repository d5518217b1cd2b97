/**
 * Org overview dashboard queries. One SQL statement per widget whatever the number of teams: the
 * latest submitted assessment per team comes from the summary table (see ./scope.ts), and counts and medians are grouped in
 * SQL (median = lower median, `percentile_disc(0.5)`, the same rule as lib/dashboard/median.ts).
 * Callers pass a scope from `resolveDashboard`, which is always bound to ctx.orgId.
 */
import "server-only";
import type { OrgContext } from "@/lib/authz/context";
import type { TLevelCount } from "@/lib/dashboard/distribution";
import { HEATMAP_PAGE_SIZE } from "@/lib/dashboard/filters";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import {
  latestCte,
  num,
  scopeKey,
  scoresOf,
  summaryServesLatest,
  teamFilter,
  utc,
  type TDashboardScope,
} from "./scope";
import { withSnapshot } from "./snapshots";

export { resolveDashboard } from "./scope";

/** A scope from another organization would be a programming error: refuse it rather than leak. */
function own(ctx: OrgContext, scope: TDashboardScope) {
  if (scope.orgId !== ctx.orgId) throw new AppError("NOT_FOUND", "Organization not found.");
  return scope;
}

export type TOverviewSummary = Readonly<{
  teams: number;
  assessed: number;
  recent: number;
  stale: number;
  never: number;
}>;
export type TStaleTeam = Readonly<{
  teamId: string;
  teamName: string;
  assessmentId: string | null;
  submittedAt: Date | null;
}>;

/**
 * Team counts (in scope, with a latest submitted assessment, assessed since `recentSince`, stale =
 * latest at or before `staleCutoff`, never assessed) and the `limit` longest-waiting stale teams, oldest
 * first, then never-assessed ones. One statement: window counts over every team, the list limited.
 */
export async function getTeamFreshness(
  ctx: OrgContext,
  scope: TDashboardScope,
  at: { recentSince: Date; staleCutoff: Date },
  limit = 10,
) {
  const s = own(ctx, scope);
  // Cut-offs to the whole minute, so a snapshot serves every load within that minute.
  const cut = { recentSince: toMinute(at.recentSince), staleCutoff: toMinute(at.staleCutoff) };
  const fingerprint = `${cut.recentSince.toISOString()} ${cut.staleCutoff.toISOString()} ${limit}`;
  if (!summaryServesLatest(s)) return computeTeamFreshness(s, cut, limit);
  return withSnapshot(
    s.orgId,
    `freshness:${scopeKey(s)}`,
    fingerprint,
    () => computeTeamFreshness(s, cut, limit),
    (v) => ({
      ...v,
      stale: {
        ...v.stale,
        teams: v.stale.teams.map((t) => ({
          ...t,
          submittedAt: t.submittedAt ? new Date(t.submittedAt) : null,
        })),
      },
    }),
  );
}

const toMinute = (d: Date) => new Date(Math.floor(d.getTime() / 60_000) * 60_000);

async function computeTeamFreshness(
  s: TDashboardScope,
  at: { recentSince: Date; staleCutoff: Date },
  limit: number,
) {
  const rows = await db.$queryRaw<Array<Record<string, unknown>>>`
    WITH ${latestCte(s)},
    all_teams AS (
      SELECT t.id AS team_id, t.name, l.id AS assessment_id, l.submitted_at,
             count(*) OVER () AS teams,
             count(l.id) OVER () AS assessed,
             count(l.id) FILTER (WHERE l.submitted_at >= ${utc(at.recentSince)}) OVER () AS recent,
             count(l.id) FILTER (WHERE l.submitted_at <= ${utc(at.staleCutoff)}) OVER () AS stale
      FROM teams t LEFT JOIN latest l ON l.team_id = t.id
      WHERE ${teamFilter(s)}
    )
    (SELECT *, 0 AS kind FROM all_teams LIMIT 1)
    UNION ALL
    (SELECT *, 1 AS kind FROM all_teams WHERE assessment_id IS NULL OR submitted_at <= ${utc(at.staleCutoff)}
     ORDER BY submitted_at ASC NULLS LAST, name ASC LIMIT ${limit})`;
  const r = rows[0] ?? {};
  const teams = num(r.teams) ?? 0;
  const assessed = num(r.assessed) ?? 0;
  const summary: TOverviewSummary = {
    teams,
    assessed,
    recent: num(r.recent) ?? 0,
    stale: num(r.stale) ?? 0,
    never: teams - assessed,
  };
  const staleTeams = rows
    .filter((x) => num(x.kind) === 1)
    .map((x): TStaleTeam => ({
      teamId: String(x.team_id),
      teamName: String(x.name),
      assessmentId: x.assessment_id ? String(x.assessment_id) : null,
      submittedAt: x.submitted_at ? new Date(x.submitted_at as Date) : null,
    }));
  return { summary, stale: { total: summary.stale + summary.never, teams: staleTeams } };
}

export type THeatmapRow = Readonly<{
  teamId: string;
  teamName: string;
  group: string;
  assessmentId: string | null;
  submittedAt: Date | null;
  levels: Readonly<Record<string, number | null>>;
}>;

/** One page of the teams × aspects heatmap, sorted by team name or by lowest level first (`pageSize`: reports take every team). */
export async function getHeatmapPage(
  ctx: OrgContext,
  scope: TDashboardScope,
  opts: { sort: "name" | "level"; page: number; pageSize?: number },
) {
  const s = own(ctx, scope);
  const pageSize = opts.pageSize ?? HEATMAP_PAGE_SIZE;
  const offset = (opts.page - 1) * pageSize;
  // By name, the page of teams is chosen first and only its 50 latest assessments are read; by level,
  // every team's levels are needed to sort.
  const rows =
    opts.sort === "name"
      ? await db.$queryRaw<Array<Record<string, unknown>>>`
    WITH ${latestCte(s)},
    pg AS (
      SELECT t.id, t.name, t."group", count(*) OVER () AS total FROM teams t
      WHERE ${teamFilter(s)} ORDER BY t.name ASC, t.id LIMIT ${pageSize} OFFSET ${offset}
    )
    SELECT pg.id AS team_id, pg.name, pg."group", l.id AS assessment_id, l.submitted_at, pg.total,
      (SELECT json_object_agg(s.aspect_id, s.level) FROM ${scoresOf("l")} s) AS levels
    FROM pg LEFT JOIN latest l ON l.team_id = pg.id
    ORDER BY pg.name ASC, pg.id`
      : await db.$queryRaw<Array<Record<string, unknown>>>`
    WITH ${latestCte(s)},
    agg AS (
      SELECT l.id AS assessment_id, min(s.level) AS min_level, avg(s.level) AS avg_level, json_object_agg(s.aspect_id, s.level) AS levels
      FROM latest l CROSS JOIN LATERAL ${scoresOf("l")} s
      GROUP BY l.id
    )
    SELECT t.id AS team_id, t.name, t."group", l.id AS assessment_id, l.submitted_at, agg.levels, count(*) OVER () AS total
    FROM teams t
    LEFT JOIN latest l ON l.team_id = t.id
    LEFT JOIN agg ON agg.assessment_id = l.id
    WHERE ${teamFilter(s)}
    ORDER BY agg.min_level ASC NULLS LAST, agg.avg_level ASC NULLS LAST, t.name ASC, t.id
    LIMIT ${pageSize} OFFSET ${offset}`;
  const total = num(rows[0]?.total) ?? 0;
  return {
    total,
    pages: Math.max(1, Math.ceil(total / pageSize)),
    rows: rows.map((r): THeatmapRow => ({
      teamId: String(r.team_id),
      teamName: String(r.name),
      group: String(r.group),
      assessmentId: r.assessment_id ? String(r.assessment_id) : null,
      submittedAt: r.submitted_at ? new Date(r.submitted_at as Date) : null,
      levels: (typeof r.levels === "string" ? JSON.parse(r.levels) : (r.levels ?? {})) as Record<
        string,
        number | null
      >,
    })),
  };
}

export type TAspectMedian = Readonly<{
  aspectId: string;
  medianLevel: number | null;
  medianScore: number | null;
  teams: number;
  medianTarget: number | null;
  targets: number;
}>;

/**
 * Per aspect over each team's latest submitted assessment: teams per level (level null = not assessed)
 * and the lower median (percentile_disc(0.5)) of levels and scores; plus the lower median of the target
 * levels of ACTIVE team journeys on this model (teams in scope; the date range does not apply).
 * One statement for both widgets, so `latest` is computed once.
 */
export async function getAspectStats(ctx: OrgContext, scope: TDashboardScope): Promise<TAspectStats> {
  const s = own(ctx, scope);
  if (!summaryServesLatest(s)) return computeAspectStats(s);
  return withSnapshot(s.orgId, `aspect-stats:${scopeKey(s)}`, "", () => computeAspectStats(s));
}

type TAspectStats = { distribution: TLevelCount[]; medians: TAspectMedian[] };

async function computeAspectStats(s: TDashboardScope): Promise<TAspectStats> {
  const rows = await db.$queryRaw<Array<Record<string, unknown>>>`
    WITH ${latestCte(s)},
    ls AS MATERIALIZED (SELECT s.aspect_id, s.level, s.score FROM latest l CROSS JOIN LATERAL ${scoresOf("l")} s),
    dist AS (SELECT aspect_id, level, count(*) AS n FROM ls GROUP BY aspect_id, level),
    cur AS (
      SELECT aspect_id, percentile_disc(0.5) WITHIN GROUP (ORDER BY level) AS median_level,
             percentile_disc(0.5) WITHIN GROUP (ORDER BY score) AS median_score, count(*) AS teams
      FROM ls WHERE level IS NOT NULL GROUP BY aspect_id
    ),
    tgt AS (
      SELECT jt.aspect_id, percentile_disc(0.5) WITHIN GROUP (ORDER BY jt.level) AS median_target, count(*) AS targets
      FROM journeys j JOIN teams t ON t.id = j.team_id JOIN journey_targets jt ON jt.journey_id = j.id
      WHERE j.organization_id = ${s.orgId} AND j.status = 'ACTIVE' AND j.model_id = ${s.modelId} AND ${teamFilter(s)}
      GROUP BY jt.aspect_id
    )
    SELECT 'dist' AS kind, aspect_id, level, n, NULL::int AS median_level, NULL::numeric AS median_score, NULL::bigint AS teams, NULL::int AS median_target, NULL::bigint AS targets FROM dist
    UNION ALL
    SELECT 'median', COALESCE(cur.aspect_id, tgt.aspect_id), NULL, NULL, cur.median_level, cur.median_score, cur.teams, tgt.median_target, tgt.targets
    FROM cur FULL OUTER JOIN tgt ON tgt.aspect_id = cur.aspect_id`;
  return {
    distribution: rows
      .filter((r) => r.kind === "dist")
      .map((r) => ({ aspectId: String(r.aspect_id), level: num(r.level), count: num(r.n) ?? 0 })),
    medians: rows
      .filter((r) => r.kind === "median")
      .map((r) => ({
        aspectId: String(r.aspect_id),
        medianLevel: num(r.median_level),
        medianScore: num(r.median_score),
        teams: num(r.teams) ?? 0,
        medianTarget: num(r.median_target),
        targets: num(r.targets) ?? 0,
      })),
  };
}
