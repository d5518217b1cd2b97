/**
 * Plan progress per team for the org overview: each team's ACTIVE journey, its current iteration
 * (OPEN; the latest started, else the next to start: the rule of lib/plans/review.ts currentIteration),
 * steps done / total in it (dropped excluded) and the plan's overdue steps. One statement, whatever
 * the number of teams; the list is limited, the totals come from window counts.
 */
import "server-only";
import type { OrgContext } from "@/lib/authz/context";
import { isoDay } from "@/lib/dates";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { num, teamFilter, type TDashboardScope } from "../dashboard/scope";

export type TTeamPlanProgress = Readonly<{
  teamId: string;
  teamName: string;
  journeyId: string;
  iterationName: string | null;
  iterationEndsOn: string | null;
  done: number;
  total: number;
  overdue: number;
}>;

/** Teams with a plan (steps or iterations on their active journey), most overdue first, then by name. */
export async function getPlanProgress(ctx: OrgContext, scope: TDashboardScope, today: string, limit = 10) {
  if (scope.orgId !== ctx.orgId) throw new AppError("NOT_FOUND", "Organization not found.");
  const rows = await db.$queryRaw<Array<Record<string, unknown>>>`
    WITH plans AS (
      SELECT t.id AS team_id, t.name, j.id AS journey_id, it.id AS iteration_id, it.name AS iteration_name, it.ends_on,
             (SELECT count(*) FROM plan_steps o WHERE o.organization_id = ${scope.orgId} AND o.journey_id = j.id AND o.status IN ('TODO', 'DOING') AND o.due_on < ${today}::date) AS overdue
      FROM teams t
      JOIN journeys j ON j.team_id = t.id AND j.organization_id = ${scope.orgId} AND j.status = 'ACTIVE'
      LEFT JOIN LATERAL (
        SELECT i.id, i.name, i.ends_on FROM plan_iterations i
        WHERE i.organization_id = ${scope.orgId} AND i.journey_id = j.id AND i.status = 'OPEN'
        ORDER BY (i.starts_on <= ${today}::date) DESC, CASE WHEN i.starts_on <= ${today}::date THEN i.starts_on END DESC NULLS LAST, i.starts_on ASC, i.id ASC
        LIMIT 1
      ) it ON true
      WHERE ${teamFilter(scope)}
        AND (EXISTS (SELECT 1 FROM plan_steps ps WHERE ps.organization_id = ${scope.orgId} AND ps.journey_id = j.id) OR EXISTS (SELECT 1 FROM plan_iterations pi WHERE pi.organization_id = ${scope.orgId} AND pi.journey_id = j.id))
    ),
    counted AS (
      SELECT p.*, count(s.id) FILTER (WHERE s.status <> 'DROPPED') AS total, count(s.id) FILTER (WHERE s.status = 'DONE') AS done
      FROM plans p LEFT JOIN plan_steps s ON s.iteration_id = p.iteration_id
      GROUP BY p.team_id, p.name, p.journey_id, p.iteration_id, p.iteration_name, p.ends_on, p.overdue
    )
    SELECT *, count(*) OVER () AS teams, sum(overdue) OVER () AS all_overdue FROM counted
    ORDER BY overdue DESC, name ASC, team_id ASC
    LIMIT ${limit}`;
  const first = rows[0];
  return {
    teams: num(first?.teams) ?? 0,
    overdue: num(first?.all_overdue) ?? 0,
    rows: rows.map((r): TTeamPlanProgress => ({
      teamId: String(r.team_id),
      teamName: String(r.name),
      journeyId: String(r.journey_id),
      iterationName: r.iteration_name ? String(r.iteration_name) : null,
      iterationEndsOn: r.ends_on ? isoDay(new Date(r.ends_on as Date)) : null,
      done: num(r.done) ?? 0,
      total: num(r.total) ?? 0,
      overdue: num(r.overdue) ?? 0,
    })),
  };
}
