/**
 * Trends dashboard queries. A team's level in a quarter is its latest submitted assessment within that
 * calendar quarter (UTC); quarters without an assessment are gaps, not carried forward. Movement
 * compares a team's level with the directly preceding quarter only (lib/dashboard/movement.ts is the
 * reference). One statement for the whole page, independent of the number of teams.
 */
import "server-only";
import type { OrgContext } from "@/lib/authz/context";
import type { TMovementCounts } from "@/lib/dashboard/movement";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { num, perQuarterCte, scopeKey, scoresOf, summaryServesQuarters, type TDashboardScope } from "./scope";
import { withSnapshot } from "./snapshots";

function own(ctx: OrgContext, scope: TDashboardScope) {
  if (scope.orgId !== ctx.orgId) throw new AppError("NOT_FOUND", "Organization not found.");
  return scope;
}

export type TQuarterMedian = Readonly<{
  quarter: Date;
  aspectId: string;
  medianScore: number | null;
  medianLevel: number | null;
  teams: number;
}>;
export type TQuarterMovement = Readonly<{ quarter: Date; aspectId: string } & TMovementCounts>;
export type TMover = Readonly<{
  teamId: string;
  teamName: string;
  assessmentId: string;
  up: number;
  down: number;
}>;

type TRow = Record<string, unknown>;
const date = (v: unknown) => new Date(v as Date);

/**
 * Everything the trends page shows, in ONE statement so the per-quarter scores (teams × quarters ×
 * aspects rows) are read once, from the summary rows' `aspects` (aspect_scores is not read on the summary
 * path: joining it made PostgreSQL hash a scan of every organization's scores):
 * - medians: lower median (percentile_disc(0.5)) of scores and levels per quarter and aspect;
 * - movement: per quarter and aspect, teams whose level went up / down / stayed against the directly
 *   preceding quarter (lag() over each team and aspect by quarter, counted only when the previous row is
 *   q − 3 months; a gap quarter means no movement);
 * - movers: the `limit` teams that changed in the latest quarter with data, most falls first.
 */
export async function getTrends(ctx: OrgContext, scope: TDashboardScope, limit = 20) {
  const s = own(ctx, scope);
  if (!summaryServesQuarters(s)) return computeTrends(s, limit);
  return withSnapshot(
    s.orgId,
    `trends:${scopeKey(s)}`,
    String(limit),
    () => computeTrends(s, limit),
    reviveTrends,
  );
}

type TTrends = Awaited<ReturnType<typeof computeTrends>>;

/** Dates back from their JSON strings (a snapshot's payload). */
function reviveTrends(v: TTrends): TTrends {
  return {
    medians: v.medians.map((m) => ({ ...m, quarter: date(m.quarter) })),
    movement: v.movement.map((m) => ({ ...m, quarter: date(m.quarter) })),
    movers: { ...v.movers, quarter: v.movers.quarter ? date(v.movers.quarter) : null },
  };
}

async function computeTrends(s: TDashboardScope, limit: number) {
  const rows = await db.$queryRaw<TRow[]>`
    WITH ${perQuarterCte(s)},
    ps AS (SELECT p.team_id, p.id, p.q, s.aspect_id, s.level, s.score FROM per_q p CROSS JOIN LATERAL ${scoresOf("p")} s),
    w AS MATERIALIZED (
      SELECT ps.*, lag(level) OVER tw AS prev_level, lag(q) OVER tw AS prev_q FROM ps
      WINDOW tw AS (PARTITION BY team_id, aspect_id ORDER BY q)
    ),
    mv AS (
      SELECT team_id, id, q, aspect_id, sign(level - prev_level) AS d FROM w
      WHERE level IS NOT NULL AND prev_level IS NOT NULL AND prev_q = q - interval '3 months'
    ),
    last_q AS (SELECT max(q) AS q FROM per_q),
    movers AS (
      SELECT mv.team_id, mv.id, count(*) FILTER (WHERE d > 0) AS up, count(*) FILTER (WHERE d < 0) AS down
      FROM mv JOIN last_q ON mv.q = last_q.q GROUP BY mv.team_id, mv.id
    )
    SELECT 'median' AS kind, q, aspect_id, percentile_disc(0.5) WITHIN GROUP (ORDER BY score) AS a, percentile_disc(0.5) WITHIN GROUP (ORDER BY level) AS b, count(*) AS c, NULL AS team, NULL AS name
    FROM w WHERE level IS NOT NULL GROUP BY q, aspect_id
    UNION ALL
    SELECT 'move', q, aspect_id, count(*) FILTER (WHERE d > 0), count(*) FILTER (WHERE d < 0), count(*) FILTER (WHERE d = 0), NULL, NULL
    FROM mv GROUP BY q, aspect_id
    UNION ALL
    (SELECT 'mover', (SELECT q FROM last_q), m.id, m.up, m.down, count(*) OVER (), m.team_id, t.name
     FROM movers m JOIN teams t ON t.id = m.team_id WHERE m.up > 0 OR m.down > 0
     ORDER BY m.down DESC, m.up DESC, t.name ASC LIMIT ${limit})`;
  const of = (kind: string) => rows.filter((r) => r.kind === kind);
  const byTime = (x: { quarter: Date; aspectId: string }, y: { quarter: Date; aspectId: string }) =>
    x.quarter.getTime() - y.quarter.getTime() || x.aspectId.localeCompare(y.aspectId);
  const medians = of("median")
    .map((r): TQuarterMedian => ({
      quarter: date(r.q),
      aspectId: String(r.aspect_id),
      medianScore: num(r.a),
      medianLevel: num(r.b),
      teams: num(r.c) ?? 0,
    }))
    .sort(byTime);
  const movement = of("move")
    .map((r): TQuarterMovement => ({
      quarter: date(r.q),
      aspectId: String(r.aspect_id),
      up: num(r.a) ?? 0,
      down: num(r.b) ?? 0,
      same: num(r.c) ?? 0,
    }))
    .sort(byTime);
  const moverRows = of("mover");
  return {
    medians,
    movement,
    movers: {
      total: num(moverRows[0]?.c) ?? 0,
      quarter: moverRows[0]?.q ? date(moverRows[0].q) : null,
      teams: moverRows.map((r): TMover => ({
        teamId: String(r.team),
        teamName: String(r.name),
        assessmentId: String(r.aspect_id),
        up: num(r.a) ?? 0,
        down: num(r.b) ?? 0,
      })),
    },
  };
}
