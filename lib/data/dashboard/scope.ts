/**
 * What a dashboard looks at (organization, one model version, optional team group and date range) and
 * the SQL fragments every dashboard query shares. All values go in as bound parameters
 * (Prisma.sql tagged templates); only fixed SQL text is ever concatenated.
 */
import "server-only";
import { Prisma } from "@prisma/client";
import type { OrgContext } from "@/lib/authz/context";
import { dateBounds, type TDashboardFilters } from "@/lib/dashboard/filters";
import { db } from "@/lib/db";
import { getModelDefinition } from "@/lib/data/models";
import type { TMaturityModel } from "@/lib/model/schema";

export type TDashboardScope = Readonly<{
  orgId: string;
  modelId: string;
  group: string | null;
  from: Date | null;
  until: Date | null;
}>;

export type TModelOption = Readonly<{ id: string; key: string; version: number; title: string }>;

export const DEFAULT_MODEL_KEY = "cncf-platform-engineering";

/** The default model: the latest CNCF version visible to the org, else the newest of any model. */
export function pickModel(models: readonly TModelOption[], wanted: TDashboardFilters["model"]) {
  const match = wanted ? models.find((m) => m.key === wanted.key && m.version === wanted.version) : undefined;
  const newest = (key?: string) =>
    models.filter((m) => !key || m.key === key).sort((a, b) => b.version - a.version)[0];
  return { model: match ?? newest(DEFAULT_MODEL_KEY) ?? newest(), matched: !wanted || Boolean(match) };
}

/**
 * Resolves the filters against the organization: visible models, team groups and the chosen model.
 * Two queries (models, groups); the model definition is cached per process.
 */
export async function resolveDashboard(ctx: OrgContext, filters: TDashboardFilters) {
  const [models, groupRows] = await Promise.all([
    db.maturityModel.findMany({
      where: { OR: [{ organizationId: null }, { organizationId: ctx.orgId }] },
      select: { id: true, key: true, version: true, title: true },
      orderBy: [{ key: "asc" }, { version: "desc" }],
    }),
    db.team.groupBy({
      by: ["group"],
      where: { organizationId: ctx.orgId },
      _count: { _all: true },
      orderBy: { group: "asc" },
    }),
  ]);
  const groups = groupRows
    .filter((g) => g.group !== "")
    .map((g) => ({ name: g.group, teams: g._count._all }));
  const notes: string[] = [];
  const { model, matched } = pickModel(models, filters.model);
  if (!matched)
    notes.push("That model version is not available to this organization; showing the default model.");
  let group = filters.group;
  if (group && !groups.some((g) => g.name === group)) {
    notes.push(`There is no team group called "${group}"; showing all teams.`);
    group = null;
  }
  const definition: TMaturityModel | null = model ? await getModelDefinition(model.id) : null;
  const { from, until } = dateBounds(filters);
  const scope: TDashboardScope | null = model
    ? { orgId: ctx.orgId, modelId: model.id, group, from, until }
    : null;
  return { models, groups, model: model ?? null, definition, scope, notes };
}

/** The scope as a cache key part (the org is the snapshot row's own column). */
export const scopeKey = (scope: TDashboardScope) =>
  JSON.stringify([
    scope.modelId,
    scope.group,
    scope.from?.toISOString() ?? null,
    scope.until?.toISOString() ?? null,
  ]);

/** A JS instant as a UTC `timestamp` (the columns are timestamp(3) holding UTC), independent of the session TimeZone. */
export const utc = (date: Date) => Prisma.sql`(${date.toISOString()}::timestamptz AT TIME ZONE 'UTC')`;

/** Teams (alias t) of the organization, optionally of one group. */
export function teamFilter(scope: TDashboardScope) {
  return Prisma.sql`t.organization_id = ${scope.orgId}${scope.group === null ? Prisma.empty : Prisma.sql` AND t."group" = ${scope.group}`}`;
}

/** Submitted assessments (alias a) of the organization and model within the date range. Drafts never count. */
export function submittedFilter(scope: TDashboardScope) {
  return Prisma.sql`a.organization_id = ${scope.orgId} AND a.status = 'SUBMITTED' AND a.model_id = ${scope.modelId}${
    scope.from ? Prisma.sql` AND a.submitted_at >= ${utc(scope.from)}` : Prisma.empty
  }${scope.until ? Prisma.sql` AND a.submitted_at < ${utc(scope.until)}` : Prisma.empty}`;
}

/**
 * Whether the summary tables (team_latest_assessments, team_quarter_assessments; kept by triggers in the
 * same transaction as every submit) answer this scope exactly:
 * - latest: yes unless the range has an end. A `from` alone keeps the latest overall if it is on or
 *   after `from` (else the team has nothing in range); an `until` can hide the latest and make an
 *   older assessment the answer, which only the assessments themselves know.
 * - per quarter: yes when both bounds are quarter starts (a `to` date on a quarter's last day), since
 *   then every quarter is wholly in or out of the range. Other ranges cut a quarter and need the raw path.
 */
export const summaryServesLatest = (scope: TDashboardScope) => scope.until === null;
export const isQuarterStart = (d: Date) =>
  d.getUTCDate() === 1 &&
  d.getUTCMonth() % 3 === 0 &&
  d.getUTCHours() === 0 &&
  d.getUTCMinutes() === 0 &&
  d.getUTCSeconds() === 0 &&
  d.getUTCMilliseconds() === 0;
export const summaryServesQuarters = (scope: TDashboardScope) =>
  (scope.from === null || isQuarterStart(scope.from)) &&
  (scope.until === null || isQuarterStart(scope.until));

/** The summary's own rows of the scope's teams: a join to `teams` only when a group is chosen. */
function summaryTeams(alias: "sl" | "sq", scope: TDashboardScope) {
  const table = Prisma.raw(alias === "sl" ? "team_latest_assessments sl" : "team_quarter_assessments sq");
  const col = (name: string) => Prisma.raw(`${alias}.${name}`);
  return scope.group === null
    ? Prisma.sql`${table} WHERE ${col("organization_id")} = ${scope.orgId} AND ${col("model_id")} = ${scope.modelId}`
    : Prisma.sql`${table} JOIN teams t ON t.id = ${col("team_id")}
    WHERE ${col("organization_id")} = ${scope.orgId} AND ${col("model_id")} = ${scope.modelId} AND ${teamFilter(scope)}`;
}

/**
 * CTE `latest(id, team_id, submitted_at, aspects)`: each team's latest submitted assessment in scope, with
 * its aspect levels and scores as `{aspectId: [level, score]}` (see `scoresOf`). From the summary when it
 * is exact for the scope (one index range over the org's rows, no aspect_scores read); otherwise a
 * LATERAL top-1 per team over the (organization_id, model_id, status, team_id, submitted_at DESC) index.
 */
export function latestCte(scope: TDashboardScope) {
  if (summaryServesLatest(scope))
    return Prisma.sql`latest AS (
    SELECT sl.assessment_id AS id, sl.team_id, sl.submitted_at, sl.aspects
    FROM ${summaryTeams("sl", scope)}${scope.from ? Prisma.sql` AND sl.submitted_at >= ${utc(scope.from)}` : Prisma.empty}
  )`;
  return Prisma.sql`latest AS (
    SELECT la.id, t.id AS team_id, la.submitted_at, assessment_aspects_json(la.id) AS aspects
    FROM teams t CROSS JOIN LATERAL (
      SELECT a.id, a.submitted_at FROM assessments a
      WHERE a.team_id = t.id AND ${submittedFilter(scope)}
      ORDER BY a.submitted_at DESC, a.id DESC
      LIMIT 1
    ) la
    WHERE ${teamFilter(scope)}
  )`;
}

/**
 * Rows (aspect_id, level, score) of a CTE row's `aspects` ({aspectId: [level, score]}, the same values as
 * its aspect_scores rows): `FROM latest l CROSS JOIN LATERAL ${scoresOf("l")} s`.
 */
export function scoresOf(alias: "l" | "p") {
  const a = Prisma.raw(alias);
  return Prisma.sql`(SELECT e.key AS aspect_id, (e.value->>0)::int AS level, (e.value->>1)::numeric(4, 2) AS score
    FROM jsonb_each(${a}.aspects) e)`;
}

/**
 * CTE `per_q(id, team_id, q, aspects)`: each team's latest submitted assessment per calendar quarter (UTC). From
 * the summary when the range is quarter-aligned; otherwise per team via LATERAL over the assessments.
 */
export function perQuarterCte(scope: TDashboardScope) {
  if (summaryServesQuarters(scope))
    return Prisma.sql`per_q AS (
    SELECT sq.assessment_id AS id, sq.team_id, sq.quarter AS q, sq.aspects
    FROM ${summaryTeams("sq", scope)}${
      scope.from ? Prisma.sql` AND sq.quarter >= ${utc(scope.from)}` : Prisma.empty
    }${scope.until ? Prisma.sql` AND sq.quarter < ${utc(scope.until)}` : Prisma.empty}
  )`;
  return Prisma.sql`per_q AS (
    SELECT x.id, t.id AS team_id, x.q, assessment_aspects_json(x.id) AS aspects
    FROM teams t CROSS JOIN LATERAL (
      SELECT DISTINCT ON (date_trunc('quarter', a.submitted_at)) a.id, date_trunc('quarter', a.submitted_at) AS q
      FROM assessments a
      WHERE a.team_id = t.id AND ${submittedFilter(scope)}
      ORDER BY date_trunc('quarter', a.submitted_at), a.submitted_at DESC, a.id DESC
    ) x
    WHERE ${teamFilter(scope)}
  )`;
}

/** numeric/bigint/Decimal from raw SQL to a JS number (null stays null). */
export const num = (value: unknown): number | null =>
  value === null || value === undefined ? null : Number(String(value));
