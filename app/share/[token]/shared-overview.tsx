import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { HeatmapTable } from "@/components/charts/heatmap-table";
import { MedianRadar } from "@/components/charts/median-radar";
import { Card } from "@/components/ui/card";
import { distributionRows } from "@/lib/dashboard/distribution";
import { parseDashboardFilters } from "@/lib/dashboard/filters";
import { monthsBefore } from "@/lib/dashboard/quarters";
import { staleCutoff } from "@/lib/dashboard/staleness";
import {
  getAspectStats,
  getHeatmapPage,
  getTeamFreshness,
  resolveDashboard,
} from "@/lib/data/dashboard/overview";
import { shareViewContext, type TResolvedShareLink } from "@/lib/data/share-links";
import { localizeModel } from "@/lib/model/localize";
import { sharePath } from "@/lib/paths";

/**
 * The org overview as the link's creator filtered it (group, model, dates, staleness), read-only: the
 * same queries as the overview page, heatmap pages through `?page=` on the share URL, no links into the app.
 */
export async function SharedOverview({
  link,
  token,
  searchParams,
}: Readonly<{
  link: TResolvedShareLink;
  token: string;
  searchParams: Record<string, string | string[] | undefined>;
}>) {
  const ctx = shareViewContext(link);
  const stored = Object.fromEntries(new URLSearchParams(link.filters.replace(/^\?/, "")));
  const page = parseDashboardFilters({ page: searchParams.page }).filters.page;
  const filters = { ...parseDashboardFilters(stored).filters, page };
  const [{ scope, definition, model: ref }, t, format, locale] = await Promise.all([
    resolveDashboard(ctx, filters),
    getTranslations("share"),
    getFormatter(),
    getLocale(),
  ]);
  if (!scope || !definition) return <p className="text-slate-700">{t("overview.noModel")}</p>;
  const model = localizeModel(definition, locale);
  const date = (d: Date) => format.dateTime(d, { dateStyle: "medium" });
  const now = new Date();
  const [freshness, heatmap, stats] = await Promise.all([
    getTeamFreshness(ctx, scope, {
      recentSince: monthsBefore(now, 3),
      staleCutoff: staleCutoff(now, filters.stale),
    }),
    getHeatmapPage(ctx, scope, { sort: "name", page }),
    getAspectStats(ctx, scope),
  ]);
  const { summary } = freshness;
  const shownPage = Math.min(page, heatmap.pages);
  const pageHref = (p: number) => `${sharePath(token)}${p > 1 ? `?page=${p}` : ""}`;
  const medians = new Map(stats.medians.map((m) => [m.aspectId, m]));
  const levelName = (level: number | null) =>
    level === null ? "—" : t("overview.levelName", { level, name: model.levels[level - 1]?.name ?? "" });
  const dist = distributionRows(stats.distribution, model.aspects, model.levels.length);
  return (
    <>
      <div>
        <h1 className="text-2xl font-semibold">{link.orgName}</h1>
        <p className="text-slate-700">
          {[
            t("kindOverview"),
            ref ? t("overview.modelVersion", { title: model.title, version: ref.version }) : null,
            scope.group,
            filters.from || filters.to
              ? t("overview.dateRange", { from: filters.from ?? "…", to: filters.to ?? "…" })
              : null,
          ]
            .filter(Boolean)
            .join(" · ")}
        </p>
      </div>
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-5">
        {(
          [
            [t("overview.teams"), summary.teams],
            [t("overview.assessed"), summary.assessed],
            [t("overview.recent"), summary.recent],
            [t("overview.stale", { days: filters.stale }), summary.stale],
            [t("overview.never"), summary.never],
          ] as const
        ).map(([label, value]) => (
          <div key={label} className="min-w-0 rounded-lg border border-slate-200 bg-white p-4">
            <dt className="text-sm text-slate-700">{label}</dt>
            <dd className="mt-1 text-2xl font-semibold">{value}</dd>
          </div>
        ))}
      </dl>
      <Card className="min-w-0">
        <h2 className="font-semibold">{t("overview.heatmapTitle")}</h2>
        {heatmap.rows.length === 0 ? (
          <p className="text-sm text-slate-700">{t("overview.noTeams")}</p>
        ) : (
          <HeatmapTable
            orgSlug={null}
            aspects={model.aspects}
            levelNames={model.levels.map((l) => l.name)}
            maxLevel={model.levels.length}
            caption={t("overview.heatmapCaption", { page: shownPage, pages: heatmap.pages })}
            teams={heatmap.rows.map((r) => ({
              ...r,
              submittedLabel: r.submittedAt ? date(r.submittedAt) : t("overview.neverShort"),
            }))}
          />
        )}
        {heatmap.pages > 1 ? (
          <nav aria-label={t("overview.heatmapPages")} className="mt-3 flex gap-3 text-sm text-slate-700">
            {shownPage > 1 ? (
              <Link className="text-brand-700 underline" href={pageHref(shownPage - 1)}>
                {t("overview.previous")}
              </Link>
            ) : null}
            <span>{t("overview.pageOf", { page: shownPage, pages: heatmap.pages })}</span>
            {shownPage < heatmap.pages ? (
              <Link className="text-brand-700 underline" href={pageHref(shownPage + 1)}>
                {t("overview.next")}
              </Link>
            ) : null}
          </nav>
        ) : null}
      </Card>
      <div className="grid gap-6 lg:grid-cols-2">
        <Card className="min-w-0">
          <h2 className="font-semibold">{t("overview.distributionTitle")}</h2>
          <div className="overflow-x-auto">
            <table className="mt-2 min-w-full text-left text-sm">
              <thead>
                <tr className="text-slate-700">
                  <th scope="col" className="py-1 pr-2 font-medium">
                    {t("overview.aspect")}
                  </th>
                  {model.levels.map((l) => (
                    <th key={l.level} scope="col" className="px-2 py-1 font-medium">
                      {t("overview.levelName", { level: l.level, name: l.name })}
                    </th>
                  ))}
                  <th scope="col" className="px-2 py-1 font-medium">
                    {t("overview.notAssessed")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {dist.map((r) => (
                  <tr key={r.aspectId} className="border-t border-slate-100">
                    <th scope="row" className="py-1 pr-2 font-medium">
                      {r.aspect}
                    </th>
                    {model.levels.map((l) => (
                      <td key={l.level} className="px-2 py-1">
                        {Number(r[`l${l.level}`] ?? 0)}
                      </td>
                    ))}
                    <td className="px-2 py-1">{Number(r.none ?? 0)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </Card>
        <Card className="min-w-0">
          <h2 className="font-semibold">{t("overview.mediansTitle")}</h2>
          <MedianRadar
            maxLevel={model.levels.length}
            label={t("overview.radarLabel", {
              items: model.aspects
                .map((a) =>
                  t("overview.radarItem", {
                    aspect: a.name,
                    median: levelName(medians.get(a.id)?.medianLevel ?? null),
                    target: levelName(medians.get(a.id)?.medianTarget ?? null),
                  }),
                )
                .join("; "),
            })}
            data={model.aspects.map((a) => ({
              aspect: a.name,
              median: medians.get(a.id)?.medianLevel ?? null,
              target: medians.get(a.id)?.medianTarget ?? null,
            }))}
          />
        </Card>
      </div>
      <Card className="min-w-0">
        <h2 className="font-semibold">{t("overview.staleTitle", { days: filters.stale })}</h2>
        {freshness.stale.teams.length === 0 ? (
          <p className="mt-2 text-sm text-slate-700">{t("overview.staleNone")}</p>
        ) : (
          <ul className="mt-2 divide-y divide-slate-100 text-sm">
            {freshness.stale.teams.map((s) => (
              <li key={s.teamId} className="flex justify-between gap-3 py-1.5">
                <span>{s.teamName}</span>
                <span className="text-slate-700">
                  {s.submittedAt
                    ? t("overview.lastDate", { date: date(s.submittedAt) })
                    : t("overview.neverAssessed")}
                </span>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </>
  );
}
