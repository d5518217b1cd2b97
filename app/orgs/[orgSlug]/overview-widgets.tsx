import Link from "next/link";
import { cache } from "react";
import { HeatmapTable } from "@/components/charts/heatmap-table";
import { LevelDistributionChart } from "@/components/charts/level-distribution-chart";
import { MedianRadar } from "@/components/charts/median-radar";
import { Card } from "@/components/ui/card";
import type { OrgContext } from "@/lib/authz";
import { distributionRows } from "@/lib/dashboard/distribution";
import { dashboardQuery, HEATMAP_PAGE_SIZE, type TDashboardFilters } from "@/lib/dashboard/filters";
import { meetsConfidence, type TConfidenceFilter } from "@/lib/dashboard/confidence-filter";
import { getConfidenceFilteredStats, getResultConfidence } from "@/lib/data/dashboard/confidence";
import { getAspectStats, getHeatmapPage, type TStaleTeam } from "@/lib/data/dashboard/overview";
import { getPlanProgress } from "@/lib/data/plans/dashboard";
import { assessmentPath, orgPath, planPath, teamPath } from "@/lib/paths";
import type { TDashboardScope } from "@/lib/data/dashboard/scope";
import { formatDate } from "@/lib/format";
import { levelColours } from "@/lib/level-style";
import type { TMaturityModel } from "@/lib/model/schema";

type TWidgetProps = Readonly<{
  ctx: OrgContext;
  scope: TDashboardScope;
  model: TMaturityModel;
  filters: TDashboardFilters;
}>;

// Distribution and medians come from one statement; both widgets get it once per request. With the
// confidence filter on they are computed over the rated results instead (never cached).
const cachedStats = cache(getAspectStats);
const filteredStats = cache(getConfidenceFilteredStats);
const statsFor = (
  ctx: OrgContext,
  scope: TDashboardScope,
  model: TMaturityModel,
  conf: TConfidenceFilter | null,
) => (conf ? filteredStats(ctx, scope, model, conf) : cachedStats(ctx, scope));

const CONF_NOTE: Record<TConfidenceFilter, string> = {
  medium: "Only results with medium or high confidence are counted.",
  high: "Only results with high confidence are counted.",
};

export async function HeatmapWidget({ ctx, scope, model, filters }: TWidgetProps) {
  const { rows, total, pages } = await getHeatmapPage(ctx, scope, { sort: filters.sort, page: filters.page });
  const confidence = await getResultConfidence(
    ctx,
    model,
    rows.flatMap((r) => (r.assessmentId ? [r.assessmentId] : [])),
  );
  const marksOf = (assessmentId: string | null) => {
    const labels = assessmentId ? confidence.get(assessmentId) : undefined;
    if (!labels) return undefined;
    const marks: Record<string, "low" | "hidden"> = {};
    for (const [aspectId, label] of Object.entries(labels)) {
      if (!meetsConfidence(label, filters.conf)) marks[aspectId] = "hidden";
      else if (label === "low") marks[aspectId] = "low";
    }
    return marks;
  };
  const base = orgPath(ctx.orgSlug);
  const page = Math.min(filters.page, pages);
  const sortLink = (sort: TDashboardFilters["sort"], label: string) => (
    <Link
      href={`${base}${dashboardQuery(filters, { sort, page: 1 })}`}
      aria-current={filters.sort === sort ? "true" : undefined}
      className={filters.sort === sort ? "font-semibold text-slate-900" : "text-brand-700 underline"}
    >
      {label}
    </Link>
  );
  return (
    <Card className="min-w-0">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 className="font-semibold">Latest level per team and aspect</h2>
        <p className="text-sm text-slate-700">
          Sort: {sortLink("name", "by name")} · {sortLink("level", "lowest level first")}
        </p>
      </div>
      <p className="mb-2 text-xs text-slate-600">
        Each cell opens the team&apos;s latest submitted results. Drafts are never counted.{" "}
        <b className="font-semibold">?</b> with a dashed outline = low confidence (little fresh evidence, many
        &ldquo;not sure&rdquo; answers, or respondents disagree).
        {filters.conf ? ` ${CONF_NOTE[filters.conf]}` : ""}
      </p>
      {rows.length === 0 ? (
        <p className="text-sm text-slate-700">No teams match these filters.</p>
      ) : (
        <HeatmapTable
          orgSlug={ctx.orgSlug}
          aspects={model.aspects}
          levelNames={model.levels.map((l) => l.name)}
          maxLevel={model.levels.length}
          caption={`Heatmap of teams by aspect, page ${page} of ${pages}`}
          teams={rows.map((r) => ({
            ...r,
            submittedLabel: r.submittedAt ? formatDate(r.submittedAt) : "Never",
            marks: marksOf(r.assessmentId),
          }))}
        />
      )}
      <nav
        aria-label="Heatmap pages"
        className="mt-3 flex flex-wrap items-center justify-between gap-2 text-sm text-slate-700"
      >
        <span>
          {total === 0
            ? "0 teams"
            : `Teams ${(page - 1) * HEATMAP_PAGE_SIZE + 1}–${Math.min(page * HEATMAP_PAGE_SIZE, total)} of ${total}`}
        </span>
        <span className="flex gap-3">
          {page > 1 ? (
            <Link
              className="text-brand-700 underline"
              href={`${base}${dashboardQuery(filters, { page: page - 1 })}`}
            >
              ← Previous
            </Link>
          ) : null}
          <span>
            Page {page} of {pages}
          </span>
          {page < pages ? (
            <Link
              className="text-brand-700 underline"
              href={`${base}${dashboardQuery(filters, { page: page + 1 })}`}
            >
              Next →
            </Link>
          ) : null}
        </span>
      </nav>
    </Card>
  );
}

export async function DistributionWidget({ ctx, scope, model, filters }: TWidgetProps) {
  const rows = distributionRows(
    (await statsFor(ctx, scope, model, filters.conf)).distribution,
    model.aspects,
    model.levels.length,
  );
  const series = [
    ...model.levels.map((l) => ({
      key: `l${l.level}`,
      name: `L${l.level} ${l.name}`,
      colour: levelColours(l.level, model.levels.length).chart,
    })),
    { key: "none", name: "Not assessed", colour: levelColours(null).chart },
  ];
  const label = `Stacked bar chart of teams per level for each aspect: ${rows.map((r) => `${r.aspect}: ${series.map((s) => `${Number(r[s.key] ?? 0)} ${s.name}`).join(", ")}`).join("; ")}.`;
  return (
    <Card className="min-w-0">
      <h2 className="font-semibold">Teams per level, by aspect</h2>
      {filters.conf ? <p className="text-xs text-slate-600">{CONF_NOTE[filters.conf]}</p> : null}
      <LevelDistributionChart data={rows} series={series} label={label} describedBy="distribution-table" />
      <details className="mt-2 text-sm">
        <summary className="cursor-pointer text-slate-700">Show as a table</summary>
        <div className="overflow-x-auto">
          <table id="distribution-table" className="mt-2 min-w-full text-left text-xs">
            <thead>
              <tr>
                <th scope="col" className="py-1 pr-2">
                  Aspect
                </th>
                {series.map((s) => (
                  <th key={s.key} scope="col" className="px-2 py-1">
                    {s.name}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.aspectId}>
                  <th scope="row" className="py-1 pr-2">
                    {r.aspect}
                  </th>
                  {series.map((s) => (
                    <td key={s.key} className="px-2 py-1">
                      {Number(r[s.key] ?? 0)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </Card>
  );
}

export async function MediansWidget({ ctx, scope, model, filters }: TWidgetProps) {
  const medians = new Map(
    (await statsFor(ctx, scope, model, filters.conf)).medians.map((m) => [m.aspectId, m]),
  );
  const name = (level: number | null) =>
    level === null ? "—" : `L${level} ${model.levels[level - 1]?.name ?? ""}`;
  const data = model.aspects.map((a) => ({
    aspect: a.name,
    median: medians.get(a.id)?.medianLevel ?? null,
    target: medians.get(a.id)?.medianTarget ?? null,
  }));
  const label = `Radar chart of the organization's median level against the median target per aspect: ${data.map((d) => `${d.aspect} median ${name(d.median)}, target ${name(d.target)}`).join("; ")}.`;
  return (
    <Card className="min-w-0">
      <h2 className="font-semibold">Org median vs. median target</h2>
      {filters.conf ? <p className="text-xs text-slate-600">{CONF_NOTE[filters.conf]}</p> : null}
      <MedianRadar data={data} maxLevel={model.levels.length} label={label} describedBy="medians-table" />
      <div className="overflow-x-auto">
        <table id="medians-table" className="min-w-full text-left text-sm">
          <thead>
            <tr className="text-slate-700">
              <th scope="col" className="py-1 pr-2 font-medium">
                Aspect
              </th>
              <th scope="col" className="px-2 py-1 font-medium">
                Median level
              </th>
              <th scope="col" className="px-2 py-1 font-medium">
                Median target
              </th>
            </tr>
          </thead>
          <tbody>
            {model.aspects.map((a) => {
              const m = medians.get(a.id);
              return (
                <tr key={a.id} className="border-t border-slate-100">
                  <th scope="row" className="py-1 pr-2 font-medium">
                    {a.name}
                  </th>
                  <td className="px-2 py-1">
                    {name(m?.medianLevel ?? null)}{" "}
                    <span className="text-xs text-slate-600">({m?.teams ?? 0} teams)</span>
                  </td>
                  <td className="px-2 py-1">
                    {name(m?.medianTarget ?? null)}{" "}
                    <span className="text-xs text-slate-600">({m?.targets ?? 0} journeys)</span>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p className="mt-2 text-xs text-slate-600">
        Median = the lower middle value when the count is even, so it is always a level some team has. Targets
        come from active team journeys.
      </p>
    </Card>
  );
}

export function StaleWidget({
  orgSlug,
  staleDays,
  total,
  teams,
}: Readonly<{ orgSlug: string; staleDays: number; total: number; teams: readonly TStaleTeam[] }>) {
  return (
    <Card className="min-w-0">
      <h2 className="font-semibold">Teams not assessed in the last {staleDays} days</h2>
      {teams.length === 0 ? (
        <p className="mt-2 text-sm text-slate-700">None: every team has a recent submitted assessment.</p>
      ) : (
        <ul className="mt-2 divide-y divide-slate-100 text-sm">
          {teams.map((t) => (
            <li key={t.teamId} className="flex justify-between gap-3 py-1.5">
              <Link
                className="text-brand-700 underline-offset-2 hover:underline"
                href={
                  t.assessmentId
                    ? assessmentPath(orgSlug, t.assessmentId, "results")
                    : teamPath(orgSlug, t.teamId)
                }
              >
                {t.teamName}
              </Link>
              <span className="text-slate-700">
                {t.submittedAt ? `last ${formatDate(t.submittedAt)}` : "never assessed"}
              </span>
            </li>
          ))}
        </ul>
      )}
      {total > teams.length ? (
        <p className="mt-2 text-xs text-slate-600">
          Showing the {teams.length} longest-waiting of {total} teams.
        </p>
      ) : null}
    </Card>
  );
}

/** Plan progress per team: done / total in the current iteration and overdue steps (one SQL statement). */
export async function PlanProgressWidget({
  ctx,
  scope,
  today,
}: Readonly<{ ctx: OrgContext; scope: TDashboardScope; today: string }>) {
  const { teams, overdue, rows } = await getPlanProgress(ctx, scope, today);
  return (
    <Card className="min-w-0">
      <h2 className="font-semibold">Plan progress per team</h2>
      <p className="mb-2 text-xs text-slate-600">
        Steps done of the steps in each team&apos;s current iteration (dropped ones excluded), and open steps
        past their due date. Active journeys only.
      </p>
      {rows.length === 0 ? (
        <p className="text-sm text-slate-700">No team has a plan yet.</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="min-w-full text-left text-sm">
            <caption className="sr-only">Plan progress per team</caption>
            <thead>
              <tr className="text-slate-700">
                <th scope="col" className="py-1 pr-2 font-medium">
                  Team
                </th>
                <th scope="col" className="px-2 py-1 font-medium">
                  Current iteration
                </th>
                <th scope="col" className="px-2 py-1 font-medium">
                  Done
                </th>
                <th scope="col" className="px-2 py-1 font-medium">
                  Overdue
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.teamId} className="border-t border-slate-100">
                  <th scope="row" className="py-1 pr-2 font-medium">
                    <Link
                      className="text-brand-700 underline-offset-2 hover:underline"
                      href={planPath(ctx.orgSlug, r.teamId, r.journeyId)}
                    >
                      {r.teamName}
                    </Link>
                  </th>
                  <td className="px-2 py-1">
                    {r.iterationName ?? <span className="text-slate-600">none open</span>}
                    {r.iterationEndsOn ? (
                      <span className="text-xs text-slate-600"> (ends {formatDate(r.iterationEndsOn)})</span>
                    ) : null}
                  </td>
                  <td className="whitespace-nowrap px-2 py-1">
                    {r.iterationName ? `${r.done} of ${r.total}` : "—"}
                  </td>
                  <td className={`px-2 py-1 ${r.overdue > 0 ? "font-semibold text-red-800" : ""}`}>
                    {r.overdue}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {teams > rows.length ? (
        <p className="mt-2 text-xs text-slate-600">
          Showing {rows.length} of {teams} teams with a plan, most overdue first ({overdue} overdue steps in
          all).
        </p>
      ) : null}
    </Card>
  );
}
