import type { Metadata } from "next";
import { Suspense } from "react";
import { DashboardFilterForm, FilterNotes, WidgetSkeleton } from "@/components/dashboard/filter-form";
import { orgPath } from "@/lib/paths";
import { loadDashboard, type TSearchParams } from "../load-dashboard";
import { CampaignRoundsWidget, MedianTrendWidget, MovementWidget, MoversWidget } from "./trends-widgets";

export const metadata: Metadata = { title: "Trends" };

export default async function TrendsPage({
  params,
  searchParams,
}: Readonly<{ params: Promise<{ orgSlug: string }>; searchParams: TSearchParams }>) {
  const { orgSlug } = await params;
  const d = await loadDashboard(orgSlug, searchParams);
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">Trends</h1>
        <p className="text-slate-700">
          {d.ctx.orgName}
          {d.model ? ` · ${d.model.title} v${d.model.version}` : ""}
          {d.filters.group ? ` · ${d.filters.group}` : ""}
        </p>
      </div>
      <DashboardFilterForm
        action={orgPath(orgSlug, "trends")}
        filters={d.filters}
        showStale={false}
        {...d.filterOptions}
      />
      <FilterNotes notes={d.notes} />
      {d.scope && d.definition ? (
        <>
          <Suspense
            fallback={<WidgetSkeleton title="Org median score per aspect, by quarter" height="h-80" />}
          >
            <MedianTrendWidget ctx={d.ctx} scope={d.scope} model={d.definition} />
          </Suspense>
          <div className="grid gap-6 lg:grid-cols-3">
            <div className="min-w-0 lg:col-span-2">
              <Suspense fallback={<WidgetSkeleton title="Movement since the previous quarter" />}>
                <MovementWidget ctx={d.ctx} scope={d.scope} model={d.definition} />
              </Suspense>
            </div>
            <Suspense fallback={<WidgetSkeleton title="Teams that moved" />}>
              <MoversWidget ctx={d.ctx} scope={d.scope} model={d.definition} />
            </Suspense>
          </div>
          <Suspense fallback={<WidgetSkeleton title="Campaign rounds" />}>
            <CampaignRoundsWidget ctx={d.ctx} scope={d.scope} model={d.definition} />
          </Suspense>
        </>
      ) : (
        <p className="text-slate-700">No maturity model is available to this organization yet.</p>
      )}
    </div>
  );
}
