import Link from "next/link";
import type { TFormAction } from "@/lib/action";
import { JourneyTimeline, type TTimelineChartSeries } from "@/components/charts/journey-timeline";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import type { TOutcomeView } from "@/lib/data/journey-outcomes";
import type { TJourneyProgress } from "@/lib/data/journey-progress";
import type { TJourneyDetail } from "@/lib/data/journeys";
import { formatDate } from "@/lib/format";
import { summarizeHistory } from "@/lib/journeys/revisions";
import { journeysPath, planPath, teamPath } from "@/lib/paths";
import { describeSeries, levelAxis } from "@/lib/journeys/timeline";
import { levelName, type TMaturityModel } from "@/lib/model/schema";
import { GapTable } from "./gap-table";
import { JourneyOverview } from "./journey-overview";
import { Milestones } from "./milestones";
import { JourneyOutcomes } from "./outcomes";
import { RevisionHistory } from "./revision-history";
import { JourneyStatusButton } from "./status-button";

function chartSeries(model: TMaturityModel, progress: TJourneyProgress): TTimelineChartSeries[] {
  return progress.timeline.series.map((s) => ({
    aspectId: s.aspectId,
    aspectName: s.aspectName,
    description: `Line chart. ${describeSeries(s, formatDate)}`,
    target: s.target,
    targetLabel: s.target === null ? null : `L${s.target} ${levelName(model, s.target)}`,
    points: s.points.map((p) => ({
      label: formatDate(p.date),
      score: p.score,
      levelName: levelName(model, p.level) ?? "not assessed",
    })),
  }));
}

/** The journey page: goal and constraints, gap per aspect, timeline, edit history. Team and org-wide alike. */
export function JourneyDetail({
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
  const currentLabel = isOrg
    ? "the median of each team's latest assessment"
    : "the latest submitted assessment";
  return (
    <div className="space-y-6">
      <header className="space-y-1">
        <nav aria-label="Breadcrumb" className="text-sm text-slate-600">
          {journey.team ? (
            <>
              <Link className="underline" href={teamPath(orgSlug, journey.team.id)}>
                {journey.team.name}
              </Link>{" "}
              /{" "}
            </>
          ) : null}
          <Link className="underline" href={base}>
            Journeys
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
                Plan
              </Link>
            ) : null}
            {journey.canEdit ? (
              <>
                <Link className={buttonClass("primary", "sm")} href={`${base}/${journey.id}/edit`}>
                  Edit journey
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
          {journey.status === "ACTIVE" ? "Active journey" : "Archived journey"} ·{" "}
          {isOrg ? "whole organization" : journey.team?.name} · {journey.model.title} v{journey.model.version}
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
        <h2 className="mb-2 font-semibold">Outcome goals</h2>
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
        <h2 className="font-semibold">Where we are vs. where we want to be</h2>
        <p className="mb-3 text-sm text-slate-700">
          Current = {currentLabel}
          {progress.latestAt ? ` (${formatDate(progress.latestAt)})` : " (none submitted yet)"}.
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
              Plan baby steps for this gap
            </Link>
            <span className="text-slate-700">
              : the plan suggests steps from the next level of each aspect.
            </span>
          </p>
        ) : null}
      </Card>
      <Card className="min-w-0">
        <h2 className="mb-3 font-semibold">Timeline</h2>
        <div className="grid gap-6 lg:grid-cols-4">
          <div className="min-w-0">
            <h3 className="mb-2 text-sm font-semibold text-slate-700">Milestones</h3>
            <Milestones orgSlug={orgSlug} milestones={progress.timeline.milestones} />
          </div>
          <div className="min-w-0 lg:col-span-3">
            {progress.timeline.milestones.length > 0 ? (
              <>
                <JourneyTimeline
                  series={chartSeries(model, progress)}
                  axis={levelAxis(model.levels.length)}
                />
                <p className="mt-2 text-xs text-slate-600">
                  Score per aspect (1–{model.levels.length}) at each milestone
                  {isOrg ? ": median over teams' latest assessments" : ""}; dashed line = target. The table
                  above gives the same information as text.
                </p>
              </>
            ) : null}
          </div>
        </div>
      </Card>
      <Card>
        <h2 className="mb-3 font-semibold">Edit history</h2>
        <RevisionHistory rows={summarizeHistory(model, journey.revisions)} />
      </Card>
    </div>
  );
}
