import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { DashboardFilterForm, FilterNotes, WidgetSkeleton } from "@/components/dashboard/filter-form";
import { localizeModel } from "@/lib/model/localize";
import { orgPath } from "@/lib/paths";
import { loadDashboard, type TSearchParams } from "../load-dashboard";
import { CampaignRoundsWidget, MedianTrendWidget, MovementWidget, MoversWidget } from "./trends-widgets";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("dashboards");
  return { title: t("trends.title") };
}

export default async function TrendsPage({
  params,
  searchParams,
}: Readonly<{ params: Promise<{ orgSlug: string }>; searchParams: TSearchParams }>) {
  const { orgSlug } = await params;
  const [d, t, locale] = await Promise.all([
    loadDashboard(orgSlug, searchParams),
    getTranslations("dashboards"),
    getLocale(),
  ]);
  const definition = d.definition ? localizeModel(d.definition, locale) : null;
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">{t("trends.title")}</h1>
        <p className="text-slate-700">
          {[
            d.ctx.orgName,
            d.model
              ? t("modelVersion", { title: definition?.title ?? d.model.title, version: d.model.version })
              : null,
            d.filters.group,
          ]
            .filter(Boolean)
            .join(" · ")}
        </p>
      </div>
      <DashboardFilterForm
        action={orgPath(orgSlug, "trends")}
        filters={d.filters}
        showStale={false}
        {...d.filterOptions}
      />
      <FilterNotes notes={d.notes} />
      {d.scope && definition ? (
        <>
          <Suspense fallback={<WidgetSkeleton title={t("trends.medianTitle")} height="h-80" />}>
            <MedianTrendWidget ctx={d.ctx} scope={d.scope} model={definition} />
          </Suspense>
          <div className="grid gap-6 lg:grid-cols-3">
            <div className="min-w-0 lg:col-span-2">
              <Suspense fallback={<WidgetSkeleton title={t("trends.movementTitle")} />}>
                <MovementWidget ctx={d.ctx} scope={d.scope} model={definition} />
              </Suspense>
            </div>
            <Suspense fallback={<WidgetSkeleton title={t("trends.moversTitle")} />}>
              <MoversWidget ctx={d.ctx} scope={d.scope} model={definition} />
            </Suspense>
          </div>
          <Suspense fallback={<WidgetSkeleton title={t("trends.roundsTitle")} />}>
            <CampaignRoundsWidget ctx={d.ctx} scope={d.scope} model={definition} />
          </Suspense>
        </>
      ) : (
        <p className="text-slate-700">{t("noModel")}</p>
      )}
    </div>
  );
}
