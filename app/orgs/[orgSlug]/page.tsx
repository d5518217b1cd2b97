import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { CreateShareLinkForm } from "@/components/share/share-forms";
import { DashboardFilterForm, FilterNotes, WidgetSkeleton } from "@/components/dashboard/filter-form";
import { buttonClass } from "@/components/ui/button";
import { dashboardQuery } from "@/lib/dashboard/filters";
import { monthsBefore } from "@/lib/dashboard/quarters";
import { staleCutoff } from "@/lib/dashboard/staleness";
import { getTeamFreshness } from "@/lib/data/dashboard/overview";
import { isoDay } from "@/lib/dates";
import { orgPath } from "@/lib/paths";
import { hasRole } from "@/lib/authz";
import { localizeModel } from "@/lib/model/localize";
import { loadDashboard, type TSearchParams } from "./load-dashboard";
import { createShareLinkAction } from "./share-links/actions";
import {
  DistributionWidget,
  HeatmapWidget,
  MediansWidget,
  PlanProgressWidget,
  StaleWidget,
} from "./overview-widgets";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("dashboards");
  return { title: t("overview.title") };
}

export default async function OrgOverviewPage({
  params,
  searchParams,
}: Readonly<{ params: Promise<{ orgSlug: string }>; searchParams: TSearchParams }>) {
  const { orgSlug } = await params;
  const [d, t, format, locale] = await Promise.all([
    loadDashboard(orgSlug, searchParams),
    getTranslations("dashboards"),
    getFormatter(),
    getLocale(),
  ]);
  const definition = d.definition ? localizeModel(d.definition, locale) : null;
  const now = new Date();
  const at = { recentSince: monthsBefore(now, 3), staleCutoff: staleCutoff(now, d.filters.stale) };
  const freshness = d.scope ? await getTeamFreshness(d.ctx, d.scope, at) : null;
  const summary = freshness?.summary;
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold">{d.ctx.orgName}</h1>
          <p className="text-slate-700">
            {[
              t("overview.title"),
              d.model
                ? t("modelVersion", { title: definition?.title ?? d.model.title, version: d.model.version })
                : null,
              d.filters.group,
            ]
              .filter(Boolean)
              .join(" · ")}
          </p>
        </div>
        {hasRole(d.ctx.role, "ADMIN") ? (
          <Link href={orgPath(orgSlug, "teams")} className={buttonClass("secondary")}>
            {t("overview.manageTeams")}
          </Link>
        ) : null}
      </div>
      {hasRole(d.ctx.role, "ADMIN") ? (
        <details className="rounded-lg border border-slate-200 bg-white p-4">
          <summary className="cursor-pointer font-semibold">{t("overview.shareTitle")}</summary>
          <p className="mt-2 text-sm text-slate-700">
            {t.rich("overview.shareIntro", {
              link: (chunks) => (
                <Link className="text-brand-700 underline" href={orgPath(orgSlug, "share-links")}>
                  {chunks}
                </Link>
              ),
            })}
          </p>
          <div className="mt-3 max-w-md">
            <CreateShareLinkForm
              action={createShareLinkAction}
              orgSlug={orgSlug}
              kind="ORG_OVERVIEW"
              filters={dashboardQuery(d.filters, { page: 1 })}
            />
          </div>
        </details>
      ) : null}
      {d.scope ? (
        <p className="flex flex-wrap items-center gap-3 text-sm">
          <span className="font-semibold">{t("overview.downloadPdf")}</span>
          {(["A4", "Letter"] as const).map((size) => (
            <a
              key={size}
              className="text-brand-700 underline"
              href={`${orgPath(orgSlug, "overview", "pdf")}${pdfQuery(d.filters, size)}`}
            >
              {size}
            </a>
          ))}
        </p>
      ) : null}
      <DashboardFilterForm
        action={orgPath(orgSlug)}
        filters={d.filters}
        showStale
        showConfidence
        {...d.filterOptions}
      />
      <FilterNotes notes={d.notes} />
      {summary ? (
        <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-5">
          <Stat label={t("stats.teams")} value={summary.teams} />
          <Stat label={t("stats.assessed")} value={summary.assessed} />
          <Stat
            label={t("stats.recent")}
            value={summary.recent}
            hint={t("stats.since", { date: format.dateTime(at.recentSince, { dateStyle: "medium" }) })}
          />
          <Stat label={t("stats.stale", { days: d.filters.stale })} value={summary.stale} />
          <Stat label={t("stats.never")} value={summary.never} />
        </dl>
      ) : null}
      {d.scope && definition ? (
        <>
          <Suspense fallback={<WidgetSkeleton title={t("heatmap.title")} height="h-96" />}>
            <HeatmapWidget ctx={d.ctx} scope={d.scope} model={definition} filters={d.filters} />
          </Suspense>
          <div className="grid gap-6 lg:grid-cols-2">
            <Suspense fallback={<WidgetSkeleton title={t("distribution.title")} />}>
              <DistributionWidget ctx={d.ctx} scope={d.scope} model={definition} filters={d.filters} />
            </Suspense>
            <Suspense fallback={<WidgetSkeleton title={t("medians.title")} />}>
              <MediansWidget ctx={d.ctx} scope={d.scope} model={definition} filters={d.filters} />
            </Suspense>
          </div>
          <div className="grid gap-6 lg:grid-cols-2">
            {freshness ? (
              <StaleWidget orgSlug={orgSlug} staleDays={d.filters.stale} {...freshness.stale} />
            ) : null}
            <Suspense fallback={<WidgetSkeleton title={t("plans.title")} />}>
              <PlanProgressWidget ctx={d.ctx} scope={d.scope} today={isoDay(now)} />
            </Suspense>
          </div>
        </>
      ) : (
        <p className="text-slate-700">{t("noModel")}</p>
      )}
    </div>
  );
}

/** The overview's filters (not page or sort: the report has every team) plus the paper size. */
function pdfQuery(filters: Parameters<typeof dashboardQuery>[0], size: string) {
  const query = dashboardQuery(filters, { page: 1, sort: "name" });
  return `${query ? `${query}&` : "?"}size=${size}`;
}

function Stat({ label, value, hint }: Readonly<{ label: string; value: number; hint?: string }>) {
  return (
    <div className="min-w-0 rounded-lg border border-slate-200 bg-white p-4">
      <dt className="text-sm text-slate-700">{label}</dt>
      <dd className="mt-1 text-2xl font-semibold">{value}</dd>
      {hint ? <dd className="text-xs text-slate-600">{hint}</dd> : null}
    </div>
  );
}
