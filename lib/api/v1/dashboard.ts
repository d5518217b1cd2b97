import { z } from "zod";
import { parseDashboardFilters } from "@/lib/dashboard/filters";
import { getAspectStats, getHeatmapPage, resolveDashboard } from "@/lib/data/dashboard/overview";
import { getTrends } from "@/lib/data/dashboard/trends";
import { assertOrgWide } from "../caller";
import type { TApiCaller } from "@/lib/data/api-tokens";
import { defineEndpoint } from "../handler";
import { decodeCursor, encodeCursor } from "../pagination";
import { ZDateTime, ZId, ZModelRef } from "./schemas";

/** The dashboard pages' URL filters; invalid values are ignored and explained in `notes`, as on the pages. */
const ZFilterQuery = z.object({
  model: z.string().max(120).optional().describe("`key:version`; default: the newest CNCF model version."),
  group: z.string().max(60).optional().describe("Team group."),
  from: z.string().max(20).optional().describe("Submitted on or after (YYYY-MM-DD)."),
  to: z.string().max(20).optional().describe("Submitted on or before (YYYY-MM-DD)."),
});

const ZScopeBody = {
  model: ZModelRef.nullable(),
  group: z.string().nullable(),
  notes: z.array(z.string()).describe("Filters that were ignored, and why."),
};

async function resolve(caller: TApiCaller, query: z.output<typeof ZFilterQuery>) {
  assertOrgWide(caller);
  const parsed = parseDashboardFilters(query);
  const resolved = await resolveDashboard(caller.ctx, parsed.filters);
  return { parsed, resolved, notes: [...parsed.notes, ...resolved.notes] };
}

export const overviewEndpoint = defineEndpoint(
  {
    operationId: "getOverview",
    method: "GET",
    path: "/orgs/{org}/dashboard/overview",
    tag: "Dashboard",
    summary: "Overview: latest levels per team and org medians",
    description:
      "Only each team's latest submitted assessment counts. `teams` is paged (50 per page, by name); medians are lower medians over all teams in scope, with the median journey target.",
    query: ZFilterQuery.extend({ cursor: z.string().max(200).optional() }),
    response: z.object({
      ...ZScopeBody,
      teams: z.array(
        z.object({
          teamId: ZId,
          teamName: z.string(),
          group: z.string(),
          assessmentId: ZId.nullable(),
          submittedAt: ZDateTime.nullable(),
          levels: z.record(z.string(), z.number().int().nullable()),
        }),
      ),
      nextCursor: z.string().nullable(),
      medians: z.array(
        z.object({
          aspectId: z.string(),
          medianLevel: z.number().nullable(),
          medianScore: z.number().nullable(),
          teams: z.number().int(),
          medianTarget: z.number().nullable(),
          targets: z.number().int(),
        }),
      ),
    }),
    errors: [400, 403],
  },
  async ({ caller, query }) => {
    const { resolved, notes } = await resolve(caller, query);
    const page = decodeCursor(query.cursor, z.object({ page: z.number().int().min(1) }))?.page ?? 1;
    const model = resolved.model
      ? { key: resolved.model.key, version: resolved.model.version, title: resolved.model.title }
      : null;
    if (!resolved.scope)
      return { body: { model, group: null, notes, teams: [], nextCursor: null, medians: [] } };
    const [heatmap, stats] = await Promise.all([
      getHeatmapPage(caller.ctx, resolved.scope, { sort: "name", page }),
      getAspectStats(caller.ctx, resolved.scope),
    ]);
    return {
      body: {
        model,
        group: resolved.scope.group,
        notes,
        teams: heatmap.rows,
        nextCursor: page < heatmap.pages ? encodeCursor({ page: page + 1 }) : null,
        medians: stats.medians,
      },
    };
  },
);

export const trendsEndpoint = defineEndpoint(
  {
    operationId: "getTrends",
    method: "GET",
    path: "/orgs/{org}/dashboard/trends",
    tag: "Dashboard",
    summary: "Trends per quarter",
    description:
      "Per calendar quarter (UTC) and aspect: the lower median over each team's latest assessment in that quarter, and how many teams moved up, down or stayed against the preceding quarter.",
    query: ZFilterQuery,
    response: z.object({
      ...ZScopeBody,
      quarters: z.array(
        z.object({
          quarter: z.string().describe("e.g. 2026-Q1"),
          start: ZDateTime,
          aspectId: z.string(),
          medianScore: z.number().nullable(),
          medianLevel: z.number().nullable(),
          teams: z.number().int(),
          up: z.number().int(),
          down: z.number().int(),
          same: z.number().int(),
        }),
      ),
    }),
    errors: [400, 403],
  },
  async ({ caller, query }) => {
    const { resolved, notes } = await resolve(caller, query);
    const model = resolved.model
      ? { key: resolved.model.key, version: resolved.model.version, title: resolved.model.title }
      : null;
    if (!resolved.scope) return { body: { model, group: null, notes, quarters: [] } };
    const trends = await getTrends(caller.ctx, resolved.scope);
    const key = (q: Date, aspectId: string) => `${q.toISOString()}|${aspectId}`;
    const moves = new Map(trends.movement.map((m) => [key(m.quarter, m.aspectId), m]));
    return {
      body: {
        model,
        group: resolved.scope.group,
        notes,
        quarters: trends.medians.map((m) => {
          const move = moves.get(key(m.quarter, m.aspectId));
          return {
            quarter: `${m.quarter.getUTCFullYear()}-Q${Math.floor(m.quarter.getUTCMonth() / 3) + 1}`,
            start: m.quarter,
            aspectId: m.aspectId,
            medianScore: m.medianScore,
            medianLevel: m.medianLevel,
            teams: m.teams,
            up: move?.up ?? 0,
            down: move?.down ?? 0,
            same: move?.same ?? 0,
          };
        }),
      },
    };
  },
);
