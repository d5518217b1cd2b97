import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { cache, type ReactNode } from "react";
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

export async function HeatmapWidget({ ctx, scope, model, filters }: TWidgetProps) {
  const [{ rows, total, pages }, t, format] = await Promise.all([
    getHeatmapPage(ctx, scope, { sort: filters.sort, page: filters.page }),
    getTranslations("dashboards"),
    getFormatter(),
  ]);
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
  const sortLink = (sort: TDashboardFilters["sort"], label: ReactNode) => (
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
        <h2 className="font-semibold">{t("heatmap.title")}</h2>
        <p className="text-sm text-slate-700">
          {t.rich("heatmap.sort", {
            byName: (chunks) => sortLink("name", chunks),
            byLevel: (chunks) => sortLink("level", chunks),
          })}
        </p>
      </div>
      <p className="mb-2 text-xs text-slate-600">
        {t.rich("heatmap.hint", { b: (chunks) => <b className="font-semibold">{chunks}</b> })}
        {filters.conf ? ` ${t(`confNote.${filters.conf}`)}` : ""}
      </p>
      {rows.length === 0 ? (
        <p className="text-sm text-slate-700">{t("noTeams")}</p>
      ) : (
        <HeatmapTable
          orgSlug={ctx.orgSlug}
          aspects={model.aspects}
          levelNames={model.levels.map((l) => l.name)}
          maxLevel={model.levels.length}
          caption={t("heatmap.caption", { page, pages })}
          teams={rows.map((r) => ({
            ...r,
            submittedLabel: r.submittedAt
              ? format.dateTime(r.submittedAt, { dateStyle: "medium" })
              : t("heatmap.never"),
            marks: marksOf(r.assessmentId),
          }))}
        />
      )}
      <nav
        aria-label={t("heatmap.pages")}
        className="mt-3 flex flex-wrap items-center justify-between gap-2 text-sm text-slate-700"
      >
        <span>
          {total === 0
            ? t("heatmap.noTeamsCount")
            : t("heatmap.range", {
                from: (page - 1) * HEATMAP_PAGE_SIZE + 1,
                to: Math.min(page * HEATMAP_PAGE_SIZE, total),
                total,
              })}
        </span>
        <span className="flex gap-3">
          {page > 1 ? (
            <Link
              className="text-brand-700 underline"
              href={`${base}${dashboardQuery(filters, { page: page - 1 })}`}
            >
              {t("heatmap.previous")}
            </Link>
          ) : null}
          <span>{t("heatmap.pageOf", { page, pages })}</span>
          {page < pages ? (
            <Link
              className="text-brand-700 underline"
              href={`${base}${dashboardQuery(filters, { page: page + 1 })}`}
            >
              {t("heatmap.next")}
            </Link>
          ) : null}
        </span>
      </nav>
    </Card>
  );
}

export async function DistributionWidget({ ctx, scope, model, filters }: TWidgetProps) {
  const t = await getTranslations("dashboards");
  const rows = distributionRows(
    (await statsFor(ctx, scope, model, filters.conf)).distribution,
    model.aspects,
    model.levels.length,
  );
  const series = [
    ...model.levels.map((l) => ({
      key: `l${l.level}`,
      name: t("levelName", { level: l.level, name: l.name }),
      colour: levelColours(l.level, model.levels.length).chart,
    })),
    { key: "none", name: t("notAssessed"), colour: levelColours(null).chart },
  ];
  const label = t("distribution.chartLabel", {
    items: rows
      .map((r) =>
        t("distribution.chartItem", {
          aspect: r.aspect,
          counts: series
            .map((s) => t("distribution.chartCount", { count: Number(r[s.key] ?? 0), level: s.name }))
            .join(", "),
        }),
      )
      .join("; "),
  });
  return (
    <Card className="min-w-0">
      <h2 className="font-semibold">{t("distribution.title")}</h2>
      {filters.conf ? <p className="text-xs text-slate-600">{t(`confNote.${filters.conf}`)}</p> : null}
      <LevelDistributionChart data={rows} series={series} label={label} describedBy="distribution-table" />
      <details className="mt-2 text-sm">
        <summary className="cursor-pointer text-slate-700">{t("distribution.showTable")}</summary>
        <div className="overflow-x-auto">
          <table id="distribution-table" className="mt-2 min-w-full text-left text-xs">
            <thead>
              <tr>
                <th scope="col" className="py-1 pr-2">
                  {t("aspect")}
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
  const t = await getTranslations("dashboards");
  const medians = new Map(
    (await statsFor(ctx, scope, model, filters.conf)).medians.map((m) => [m.aspectId, m]),
  );
  const name = (level: number | null) =>
    level === null ? "—" : t("levelName", { level, name: model.levels[level - 1]?.name ?? "" });
  const data = model.aspects.map((a) => ({
    aspect: a.name,
    median: medians.get(a.id)?.medianLevel ?? null,
    target: medians.get(a.id)?.medianTarget ?? null,
  }));
  const label = t("medians.chartLabel", {
    items: data
      .map((d) =>
        t("medians.chartItem", { aspect: d.aspect, median: name(d.median), target: name(d.target) }),
      )
      .join("; "),
  });
  return (
    <Card className="min-w-0">
      <h2 className="font-semibold">{t("medians.title")}</h2>
      {filters.conf ? <p className="text-xs text-slate-600">{t(`confNote.${filters.conf}`)}</p> : null}
      <MedianRadar data={data} maxLevel={model.levels.length} label={label} describedBy="medians-table" />
      <div className="overflow-x-auto">
        <table id="medians-table" className="min-w-full text-left text-sm">
          <thead>
            <tr className="text-slate-700">
              <th scope="col" className="py-1 pr-2 font-medium">
                {t("aspect")}
              </th>
              <th scope="col" className="px-2 py-1 font-medium">
                {t("medians.medianLevel")}
              </th>
              <th scope="col" className="px-2 py-1 font-medium">
                {t("medians.medianTarget")}
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
                    <span className="text-xs text-slate-600">
                      {t("medians.teams", { count: m?.teams ?? 0 })}
                    </span>
                  </td>
                  <td className="px-2 py-1">
                    {name(m?.medianTarget ?? null)}{" "}
                    <span className="text-xs text-slate-600">
                      {t("medians.journeys", { count: m?.targets ?? 0 })}
                    </span>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p className="mt-2 text-xs text-slate-600">{t("medians.hint")}</p>
    </Card>
  );
}

export async function StaleWidget({
  orgSlug,
  staleDays,
  total,
  teams,
}: Readonly<{ orgSlug: string; staleDays: number; total: number; teams: readonly TStaleTeam[] }>) {
  const [t, format] = await Promise.all([getTranslations("dashboards"), getFormatter()]);
  return (
    <Card className="min-w-0">
      <h2 className="font-semibold">{t("stale.title", { days: staleDays })}</h2>
      {teams.length === 0 ? (
        <p className="mt-2 text-sm text-slate-700">{t("stale.none")}</p>
      ) : (
        <ul className="mt-2 divide-y divide-slate-100 text-sm">
          {teams.map((team) => (
            <li key={team.teamId} className="flex justify-between gap-3 py-1.5">
              <Link
                className="text-brand-700 underline-offset-2 hover:underline"
                href={
                  team.assessmentId
                    ? assessmentPath(orgSlug, team.assessmentId, "results")
                    : teamPath(orgSlug, team.teamId)
                }
              >
                {team.teamName}
              </Link>
              <span className="text-slate-700">
                {team.submittedAt
                  ? t("stale.last", { date: format.dateTime(team.submittedAt, { dateStyle: "medium" }) })
                  : t("stale.neverAssessed")}
              </span>
            </li>
          ))}
        </ul>
      )}
      {total > teams.length ? (
        <p className="mt-2 text-xs text-slate-600">{t("stale.showing", { shown: teams.length, total })}</p>
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
  const [{ teams, overdue, rows }, t, format] = await Promise.all([
    getPlanProgress(ctx, scope, today),
    getTranslations("dashboards"),
    getFormatter(),
  ]);
  return (
    <Card className="min-w-0">
      <h2 className="font-semibold">{t("plans.title")}</h2>
      <p className="mb-2 text-xs text-slate-600">{t("plans.hint")}</p>
      {rows.length === 0 ? (
        <p className="text-sm text-slate-700">{t("plans.none")}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="min-w-full text-left text-sm">
            <caption className="sr-only">{t("plans.title")}</caption>
            <thead>
              <tr className="text-slate-700">
                <th scope="col" className="py-1 pr-2 font-medium">
                  {t("plans.team")}
                </th>
                <th scope="col" className="px-2 py-1 font-medium">
                  {t("plans.iteration")}
                </th>
                <th scope="col" className="px-2 py-1 font-medium">
                  {t("plans.done")}
                </th>
                <th scope="col" className="px-2 py-1 font-medium">
                  {t("plans.overdue")}
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
                    {r.iterationName ?? <span className="text-slate-600">{t("plans.noneOpen")}</span>}
                    {r.iterationEndsOn ? (
                      <span className="text-xs text-slate-600">
                        {" "}
                        {t("plans.ends", {
                          date: format.dateTime(new Date(r.iterationEndsOn), { dateStyle: "medium" }),
                        })}
                      </span>
                    ) : null}
                  </td>
                  <td className="whitespace-nowrap px-2 py-1">
                    {r.iterationName ? t("plans.doneOf", { done: r.done, total: r.total }) : "—"}
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
          {t("plans.showing", { shown: rows.length, total: teams, overdue })}
        </p>
      ) : null}
    </Card>
  );
}
