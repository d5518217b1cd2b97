import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { TFormAction } from "@/lib/action";
import { JourneyTimeline, type TTimelineChartSeries } from "@/components/charts/journey-timeline";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import type { TOutcomeView } from "@/lib/data/journey-outcomes";
import type { TJourneyProgress } from "@/lib/data/journey-progress";
import type { TJourneyDetail } from "@/lib/data/journeys";
import { summarizeHistory } from "@/lib/journeys/revisions";
import { journeysPath, planPath, teamPath } from "@/lib/paths";
import { levelAxis } from "@/lib/journeys/timeline";
import { levelName, type TMaturityModel } from "@/lib/model/schema";
import { GapTable } from "./gap-table";
import { JourneyOverview } from "./journey-overview";
import { Milestones } from "./milestones";
import { JourneyOutcomes } from "./outcomes";
import { RevisionHistory } from "./revision-history";
import { JourneyStatusButton } from "./status-button";

async function chartSeries(
  model: TMaturityModel,
  progress: TJourneyProgress,
): Promise<TTimelineChartSeries[]> {
  const tc = await getTranslations("journeys.chart");
  const format = await getFormatter();
  const formatDate = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "medium" });
  return progress.timeline.series.map((s) => ({
    aspectId: s.aspectId,
    aspectName: s.aspectName,
    description: tc("description", {
      aspect: s.aspectName,
      count: s.points.length,
      values:
        s.points
          .map((p) =>
            tc("point", {
              date: formatDate(p.date),
              value: p.score === null ? tc("notAssessed") : p.score.toFixed(2),
            }),
          )
          .join(", ") || tc("noData"),
      target: s.target === null ? tc("noTarget") : tc("target", { level: s.target }),
    }),
    target: s.target,
    targetLabel: s.target === null ? null : `L${s.target} ${levelName(model, s.target)}`,
    points: s.points.map((p) => ({
      label: formatDate(p.date),
      score: p.score,
      levelName: levelName(model, p.level) ?? tc("notAssessed"),
    })),
  }));
}

/** The journey page: goal and constraints, gap per aspect, timeline, edit history. Team and org-wide alike. */
export async function JourneyDetail({
  statusAction,
  orgSlug,
  journey,
  progress,
  outcomes,
  createOutcomeAction,
}: Readonly<{
  /** Archives the journey or makes it active again. */
  statusAction: TFormAction<{ message: string; teamId: string }>;
  orgSlug: string;
  journey: TJourneyDetail;
  progress: TJourneyProgress;
  outcomes: readonly TOutcomeView[];
  createOutcomeAction: TFormAction<{ message: string }>;
}>) {
  const model = journey.definition;
  const base = journeysPath(orgSlug, journey.teamId);
  const isOrg = journey.teamId === null;
  const t = await getTranslations("journeys.detail");
  const format = await getFormatter();
  const currentLabel = isOrg ? t("currentOrg") : t("currentTeam");
  return (
    <div className="space-y-6">
      <header className="space-y-1">
        <nav aria-label={t("breadcrumb")} className="text-sm text-slate-600">
          {journey.team ? (
            <>
              <Link className="underline" href={teamPath(orgSlug, journey.team.id)}>
                {journey.team.name}
              </Link>{" "}
              /{" "}
            </>
          ) : null}
          <Link className="underline" href={base}>
            {t("journeys")}
          </Link>
        </nav>
        <div className="flex flex-wrap items-start justify-between gap-3">
          <h1 className="text-2xl font-semibold">{journey.title}</h1>
          <div className="flex flex-wrap items-start gap-2">
            {journey.teamId ? (
              <Link
                className={buttonClass("secondary", "sm")}
                href={planPath(orgSlug, journey.teamId, journey.id)}
              >
                {t("plan")}
              </Link>
            ) : null}
            {journey.canEdit ? (
              <>
                <Link className={buttonClass("primary", "sm")} href={`${base}/${journey.id}/edit`}>
                  {t("edit")}
                </Link>
                <JourneyStatusButton
                  action={statusAction}
                  orgSlug={orgSlug}
                  teamId={journey.teamId}
                  journeyId={journey.id}
                  status={journey.status}
                  title={journey.title}
                />
              </>
            ) : null}
          </div>
        </div>
        <p className="text-sm text-slate-700">
          {t("meta", {
            status: journey.status,
            scope: isOrg ? t("wholeOrg") : (journey.team?.name ?? ""),
            model: journey.model.title,
            version: journey.model.version,
          })}
        </p>
      </header>
      <Card>
        <JourneyOverview
          goal={journey.goal}
          constraints={journey.constraints}
          startsOn={journey.startsOn}
          endsOn={journey.endsOn}
        />
      </Card>
      <Card className="min-w-0">
        <h2 className="mb-2 font-semibold">{t("outcomes")}</h2>
        <JourneyOutcomes
          orgSlug={orgSlug}
          journeyId={journey.id}
          basePath={`${base}/${journey.id}`}
          outcomes={outcomes}
          canEdit={journey.canEdit}
          createAction={createOutcomeAction}
        />
      </Card>
      <Card className="min-w-0">
        <h2 className="font-semibold">{t("gapTitle")}</h2>
        <p className="mb-3 text-sm text-slate-700">
          {progress.latestAt
            ? t("current", {
                current: currentLabel,
                date: format.dateTime(new Date(progress.latestAt), { dateStyle: "medium" }),
              })
            : t("currentNone", { current: currentLabel })}
        </p>
        <GapTable
          orgSlug={orgSlug}
          model={model}
          modelRef={journey.model}
          gaps={progress.gaps}
          currentLabel={currentLabel}
        />
        {journey.teamId ? (
          <p className="mt-3 text-sm">
            <Link
              className="font-medium text-brand-700 underline"
              href={planPath(orgSlug, journey.teamId, journey.id, "suggestions")}
            >
              {t("planLink")}
            </Link>
            <span className="text-slate-700">{t("planLinkAfter")}</span>
          </p>
        ) : null}
      </Card>
      <Card className="min-w-0">
        <h2 className="mb-3 font-semibold">{t("timeline")}</h2>
        <div className="grid gap-6 lg:grid-cols-4">
          <div className="min-w-0">
            <h3 className="mb-2 text-sm font-semibold text-slate-700">{t("milestones")}</h3>
            <Milestones orgSlug={orgSlug} milestones={progress.timeline.milestones} />
          </div>
          <div className="min-w-0 lg:col-span-3">
            {progress.timeline.milestones.length > 0 ? (
              <>
                <JourneyTimeline
                  series={await chartSeries(model, progress)}
                  axis={levelAxis(model.levels.length)}
                />
                <p className="mt-2 text-xs text-slate-600">
                  {t(isOrg ? "chartNoteOrg" : "chartNote", { max: model.levels.length })}
                </p>
              </>
            ) : null}
          </div>
        </div>
      </Card>
      <Card>
        <h2 className="mb-3 font-semibold">{t("history")}</h2>
        <RevisionHistory rows={summarizeHistory(model, journey.revisions)} />
      </Card>
    </div>
  );
}
