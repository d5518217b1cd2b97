import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { OutcomeChart } from "@/components/charts/outcome-chart";
import { Card } from "@/components/ui/card";
import type { TFormAction } from "@/lib/action";
import type { TOutcomeDetail } from "@/lib/data/journey-outcomes";
import { AT_RISK_GRACE, plannedValue } from "@/lib/journeys/outcome-status";
import { journeysPath, teamPath } from "@/lib/paths";
import { OutcomeCheckIns } from "./outcome-check-ins";
import { outcomeFormat } from "./outcome-format";
import { OutcomeRequirements, OutcomeTeamMatrix } from "./outcome-requirements";
import { OutcomeStatusBadge } from "./outcomes";
import { SpecForm } from "./spec-form";

export type TOutcomeActions = Readonly<{
  deleteOutcome: TFormAction<{ message: string }>;
  addCheckIn: TFormAction<{ message: string }>;
  addRequirement: TFormAction<{ message: string }>;
  updateRequirement: TFormAction<{ message: string }>;
  setTeamRequirement: TFormAction<{ message: string }>;
}>;

type TProps = Readonly<{ orgSlug: string; detail: TOutcomeDetail; actions: TOutcomeActions; today: string }>;

/** Now, planned, forecast and deadline, the status with its reason, and how the status is decided. */
async function WhereItStands({ detail }: Readonly<{ detail: TOutcomeDetail }>) {
  const { outcome: o } = detail;
  const a = o.assessment;
  const t = await getTranslations("outcomes.detail");
  const tStatus = await getTranslations("outcomes");
  const fmt = await outcomeFormat();
  const withUnit = (v: number) => t("valueUnit", { value: fmt.value(v), unit: fmt.unit(o.unit) });
  return (
    <Card>
      <h2 className="font-semibold">{t("standsTitle")}</h2>
      <dl className="mt-2 grid gap-3 text-sm sm:grid-cols-4">
        <div>
          <dt className="text-slate-600">{t("now")}</dt>
          <dd className="text-lg font-semibold">{withUnit(a.current)}</dd>
          <dd className="text-slate-600">{t("asOf", { date: fmt.date(a.currentOn) })}</dd>
        </div>
        <div>
          <dt className="text-slate-600">{t("planExpects")}</dt>
          <dd className="text-lg font-semibold">{withUnit(plannedValue(o, a.currentOn))}</dd>
        </div>
        <div>
          <dt className="text-slate-600">{t("forecast")}</dt>
          <dd className="text-lg font-semibold" data-testid="outcome-forecast">
            {a.reached ? t("reachedShort") : a.forecastOn ? fmt.date(a.forecastOn) : t("noForecast")}
          </dd>
          {a.pacePerDay !== null ? (
            <dd className="text-slate-600">
              {t("perMonth", { value: fmt.value(a.pacePerDay * 30), unit: fmt.unit(o.unit) })}
            </dd>
          ) : null}
        </div>
        <div>
          <dt className="text-slate-600">{t("deadline")}</dt>
          <dd className="text-lg font-semibold">{fmt.date(o.deadline)}</dd>
        </div>
      </dl>
      <p className="mt-3 text-sm text-slate-800">
        <strong>{a.reached ? tStatus("reached") : tStatus(`status.${a.status}`)}:</strong> {a.reason}
      </p>
      <details className="mt-2 text-sm text-slate-700">
        <summary className="cursor-pointer">{t("howTitle")}</summary>
        <p className="mt-1">{t("how", { grace: AT_RISK_GRACE * 100 })}</p>
      </details>
    </Card>
  );
}

/** An outcome goal's page: status and forecast, chart against the plan, check-ins or the checklist. */
export async function OutcomeDetail({ orgSlug, detail, actions, today }: TProps) {
  const { journey, outcome: o, canEdit } = detail;
  const t = await getTranslations("outcomes.detail");
  const fmt = await outcomeFormat();
  const journeyPath = `${journeysPath(orgSlug, journey.teamId)}/${journey.id}`;
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
          <Link className="underline" href={journeyPath}>
            {journey.title}
          </Link>
        </nav>
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="text-2xl font-semibold">{o.name}</h1>
          <OutcomeStatusBadge status={o.assessment.status} reached={o.assessment.reached} />
        </div>
        <p className="text-sm text-slate-700">
          {t("headline", {
            kind: o.kind,
            baseline: fmt.value(o.baseline),
            baselineOn: fmt.date(o.baselineOn),
            target: fmt.value(o.target),
            unit: fmt.unit(o.unit),
            deadline: fmt.date(o.deadline),
          })}
        </p>
      </header>

      <WhereItStands detail={detail} />

      <Card className="min-w-0">
        <h2 className="mb-2 font-semibold">{t("chartTitle")}</h2>
        <OutcomeChart
          label={t("chartLabel", {
            name: o.name,
            summary: fmt.summary(o),
            count: o.points.length,
            baseline: fmt.value(o.baseline),
            target: fmt.value(o.target),
            unit: fmt.unit(o.unit),
          })}
          baseline={o.baseline}
          baselineOn={o.baselineOn}
          target={o.target}
          deadline={o.deadline}
          points={o.points}
          forecastOn={o.assessment.forecastOn}
          unit={o.unit}
        />
      </Card>

      {o.kind === "METRIC" ? (
        <OutcomeCheckIns orgSlug={orgSlug} detail={detail} actions={actions} today={today} />
      ) : (
        <OutcomeRequirements orgSlug={orgSlug} detail={detail} actions={actions} today={today} />
      )}

      <OutcomeTeamMatrix orgSlug={orgSlug} detail={detail} actions={actions} />

      {canEdit ? (
        <details className="text-sm">
          <summary className="cursor-pointer text-slate-700">{t("delete")}</summary>
          <div className="mt-2">
            <SpecForm
              action={actions.deleteOutcome}
              idPrefix="delete-outcome"
              hidden={{ orgSlug, outcomeId: o.id }}
              fields={[]}
              variant="danger"
              submitLabel={t("deleteSubmit", { name: o.name })}
            />
          </div>
        </details>
      ) : null}
    </div>
  );
}
