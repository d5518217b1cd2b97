import clsx from "clsx";
import Link from "next/link";
import type { TFormAction } from "@/lib/action";
import type { TOutcomeView } from "@/lib/data/journey-outcomes";
import { formatDate } from "@/lib/format";
import { OUTCOME_STATUS_LABEL, type TOutcomeStatus } from "@/lib/journeys/outcome-status";
import { SpecForm } from "./spec-form";

const STATUS_CLASS: Record<TOutcomeStatus, string> = {
  on_track: "bg-green-100 text-green-900",
  at_risk: "bg-amber-100 text-amber-900",
  off_track: "bg-red-100 text-red-900",
};

export function OutcomeStatusBadge({
  status,
  reached,
}: Readonly<{ status: TOutcomeStatus; reached: boolean }>) {
  return (
    <span className={clsx("rounded px-2 py-0.5 text-xs font-semibold", STATUS_CLASS[status])}>
      {reached ? "Target reached" : OUTCOME_STATUS_LABEL[status]}
    </span>
  );
}

export const fmtValue = (v: number) => (Number.isInteger(v) ? String(v) : v.toFixed(1));

/** "12 of 20 teams, forecast 2027-05-02" — one line summary of where an outcome stands. */
export function outcomeSummary(o: TOutcomeView): string {
  const unit = o.unit ? ` ${o.unit}` : "";
  const now = `${fmtValue(o.assessment.current)} of ${fmtValue(o.target)}${unit}`;
  const forecast = o.assessment.reached
    ? "target reached"
    : o.assessment.forecastOn
      ? `forecast ${formatDate(o.assessment.forecastOn)} (deadline ${formatDate(o.deadline)})`
      : `no forecast at the current pace (deadline ${formatDate(o.deadline)})`;
  return `${now}; ${forecast}`;
}

/** The journey page's outcome goals: one line per outcome with status and forecast, and the add form. */
export function JourneyOutcomes({
  orgSlug,
  journeyId,
  basePath,
  outcomes,
  canEdit,
  createAction,
}: Readonly<{
  orgSlug: string;
  journeyId: string;
  /** The journey page's path; outcome pages live under it. */
  basePath: string;
  outcomes: readonly TOutcomeView[];
  canEdit: boolean;
  createAction: TFormAction<{ message: string }>;
}>) {
  return (
    <div className="space-y-4">
      {outcomes.length === 0 ? (
        <p className="text-sm text-slate-700">
          No outcome goals yet. Outcomes are key results next to the maturity targets, e.g. “Teams onboarded:
          0 → 20 by a date” or a checklist of regulations.
        </p>
      ) : (
        <ul className="divide-y divide-slate-200" aria-label="Outcome goals">
          {outcomes.map((o) => (
            <li key={o.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
              <div className="min-w-0">
                <Link className="font-medium text-brand-700 underline" href={`${basePath}/outcomes/${o.id}`}>
                  {o.name}
                </Link>
                <p className="text-sm text-slate-700">{outcomeSummary(o)}</p>
              </div>
              <OutcomeStatusBadge status={o.assessment.status} reached={o.assessment.reached} />
            </li>
          ))}
        </ul>
      )}
      {canEdit ? (
        <details className="rounded-md border border-slate-200 p-3">
          <summary className="cursor-pointer text-sm font-medium">Add an outcome goal</summary>
          <div className="mt-3">
            <SpecForm
              action={createAction}
              idPrefix="new-outcome"
              hidden={{ orgSlug, journeyId }}
              columns={2}
              submitLabel="Add outcome"
              fields={[
                { name: "name", label: "Name", type: "text", hint: "e.g. Teams onboarded" },
                {
                  name: "kind",
                  label: "Kind",
                  type: "select",
                  options: [
                    { value: "METRIC", label: "A number, tracked by check-ins" },
                    { value: "CHECKLIST", label: "A checklist of requirements (value = items done)" },
                  ],
                },
                { name: "unit", label: "Unit", type: "text", hint: "e.g. teams, regulations, %" },
                { name: "baseline", label: "Baseline", type: "number", defaultValue: "0" },
                { name: "baselineOn", label: "Baseline date", type: "date" },
                { name: "target", label: "Target", type: "number" },
                { name: "deadline", label: "Deadline", type: "date" },
              ]}
            />
          </div>
        </details>
      ) : null}
    </div>
  );
}
