import "server-only";
import { parseDashboardFilters, type TDashboardFilters } from "@/lib/dashboard/filters";
import { resolveDashboard } from "@/lib/data/dashboard/overview";
import { pageGuard, requireOrg } from "@/lib/authz";

// Links keep the model only when the URL chose one, so default views have short URLs.
const sameModel = (wanted: TDashboardFilters["model"], got: { key: string; version: number } | null) =>
  wanted && got && wanted.key === got.key && wanted.version === got.version ? wanted : null;

export type TSearchParams = Promise<Record<string, string | string[] | undefined>>;

/** Shared by the dashboard pages: org context (VIEWER and above), URL filters and the resolved scope. */
export async function loadDashboard(orgSlug: string, searchParams: TSearchParams) {
  const ctx = await pageGuard(requireOrg(orgSlug));
  const parsed = parseDashboardFilters(await searchParams);
  const resolved = await resolveDashboard(ctx, parsed.filters);
  const filters: TDashboardFilters = {
    ...parsed.filters,
    group: resolved.scope?.group ?? null,
    model: sameModel(parsed.filters.model, resolved.model),
  };
  return {
    ctx,
    filters,
    ...resolved,
    notes: [...parsed.notes, ...resolved.notes],
    filterOptions: {
      groups: resolved.groups.map((g) => ({ value: g.name, label: `${g.name} (${g.teams})` })),
      models: resolved.models.map((m) => ({
        value: `${m.key}:${m.version}`,
        label: `${m.title} v${m.version}`,
      })),
      currentModel: resolved.model ? `${resolved.model.key}:${resolved.model.version}` : "",
    },
  };
}
