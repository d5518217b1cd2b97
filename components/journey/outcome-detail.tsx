import Link from "next/link";
import { OutcomeChart } from "@/components/charts/outcome-chart";
import { Card } from "@/components/ui/card";
import type { TFormAction } from "@/lib/action";
import type { TOutcomeDetail } from "@/lib/data/journey-outcomes";
import { formatDate } from "@/lib/format";
import { REQUIREMENT_STATUSES, REQUIREMENT_STATUS_LABEL } from "@/lib/journeys/outcome-schemas";
import { AT_RISK_GRACE, plannedValue } from "@/lib/journeys/outcome-status";
import { journeysPath, teamPath } from "@/lib/paths";
import { fmtValue, OutcomeStatusBadge, outcomeSummary } from "./outcomes";
import { SpecForm, type TFieldSpec } from "./spec-form";

export type TOutcomeActions = Readonly<{
  deleteOutcome: TFormAction<{ message: string }>;
  addCheckIn: TFormAction<{ message: string }>;
  addRequirement: TFormAction<{ message: string }>;
  updateRequirement: TFormAction<{ message: string }>;
  setTeamRequirement: TFormAction<{ message: string }>;
}>;

const STATUS_OPTIONS = REQUIREMENT_STATUSES.map((s) => ({ value: s, label: REQUIREMENT_STATUS_LABEL[s] }));

function requirementFields(
  detail: TOutcomeDetail,
  initial?: TOutcomeDetail["outcome"]["requirements"][number],
): TFieldSpec[] {
  return [
    { name: "name", label: "Requirement", type: "text", defaultValue: initial?.name },
    {
      name: "ownerId",
      label: "Owner",
      type: "select",
      defaultValue: initial?.ownerId ?? "",
      options: [
        { value: "", label: "No owner" },
        ...detail.owners.map((u) => ({ value: u.id, label: u.name })),
      ],
    },
    { name: "dueOn", label: "Due date", type: "date", defaultValue: initial?.dueOn ?? "" },
    {
      name: "status",
      label: "Status",
      type: "select",
      defaultValue: initial?.status,
      options: STATUS_OPTIONS,
    },
    {
      name: "evidence",
      label: "Evidence",
      type: "textarea",
      defaultValue: initial?.evidence,
      hint: "A link or a note on how it is enforced",
    },
    ...(detail.journey.teamId === null
      ? [
          {
            name: "perTeam",
            label: "Tracked per team",
            type: "checkbox" as const,
            defaultValue: initial?.perTeam ? "on" : "",
          },
        ]
      : []),
  ];
}

/** An outcome goal's page: status and forecast, chart against the plan, check-ins or the checklist. */
export function OutcomeDetail({
  orgSlug,
  detail,
  actions,
  today,
}: Readonly<{ orgSlug: string; detail: TOutcomeDetail; actions: TOutcomeActions; today: string }>) {
  const { journey, outcome: o, canEdit } = detail;
  const a = o.assessment;
  const journeyPath = `${journeysPath(orgSlug, journey.teamId)}/${journey.id}`;
  const unit = o.unit ? ` ${o.unit}` : "";
  const perTeam = o.requirements.filter((r) => r.perTeam);
  const editable = new Set(detail.editableTeamIds);
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
          <Link className="underline" href={journeyPath}>
            {journey.title}
          </Link>
        </nav>
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="text-2xl font-semibold">{o.name}</h1>
          <OutcomeStatusBadge status={a.status} reached={a.reached} />
        </div>
        <p className="text-sm text-slate-700">
          {o.kind === "CHECKLIST" ? "Checklist" : "Outcome"}: {fmtValue(o.baseline)} on{" "}
          {formatDate(o.baselineOn)} → {fmtValue(o.target)}
          {unit} by {formatDate(o.deadline)}
        </p>
      </header>

      <Card>
        <h2 className="font-semibold">Where it stands</h2>
        <dl className="mt-2 grid gap-3 text-sm sm:grid-cols-4">
          <div>
            <dt className="text-slate-600">Now</dt>
            <dd className="text-lg font-semibold">
              {fmtValue(a.current)}
              {unit}
            </dd>
            <dd className="text-slate-600">as of {formatDate(a.currentOn)}</dd>
          </div>
          <div>
            <dt className="text-slate-600">Plan expects by then</dt>
            <dd className="text-lg font-semibold">
              {fmtValue(plannedValue(o, a.currentOn))}
              {unit}
            </dd>
          </div>
          <div>
            <dt className="text-slate-600">Forecast at the current pace</dt>
            <dd className="text-lg font-semibold" data-testid="outcome-forecast">
              {a.reached ? "Reached" : a.forecastOn ? formatDate(a.forecastOn) : "None"}
            </dd>
            {a.pacePerDay !== null ? (
              <dd className="text-slate-600">
                {fmtValue(a.pacePerDay * 30)}
                {unit} per month
              </dd>
            ) : null}
          </div>
          <div>
            <dt className="text-slate-600">Deadline</dt>
            <dd className="text-lg font-semibold">{formatDate(o.deadline)}</dd>
          </div>
        </dl>
        <p className="mt-3 text-sm text-slate-800">
          <strong>{a.reached ? "Target reached" : a.status.replace("_", " ")}:</strong> {a.reason}
        </p>
        <details className="mt-2 text-sm text-slate-700">
          <summary className="cursor-pointer">How the status is decided</summary>
          <p className="mt-1">
            The pace is the slope of the straight line that fits the baseline and every check-in best (least
            squares). The forecast is the latest check-in&apos;s date plus what remains divided by that pace.
            On track: the forecast is on or before the deadline, or the target is reached. At risk: the
            forecast is at most {AT_RISK_GRACE * 100}% of the plan&apos;s length after the deadline, or there
            is no check-in yet after the first tenth of the plan. Off track: later than that, the value does
            not move towards the target, or the deadline has passed.
          </p>
        </details>
      </Card>

      <Card className="min-w-0">
        <h2 className="mb-2 font-semibold">Check-ins against the plan</h2>
        <OutcomeChart
          label={`${o.name}: ${outcomeSummary(o)}. Line chart of ${o.points.length} values against the straight line from ${fmtValue(o.baseline)} to ${fmtValue(o.target)}${unit}.`}
          baseline={o.baseline}
          baselineOn={o.baselineOn}
          target={o.target}
          deadline={o.deadline}
          points={o.points}
          forecastOn={a.forecastOn}
          unit={o.unit}
        />
      </Card>

      {o.kind === "METRIC" ? (
        <Card className="min-w-0">
          <h2 className="mb-2 font-semibold">Check-ins</h2>
          {o.checkIns.length === 0 ? (
            <p className="text-sm text-slate-700">No check-ins yet.</p>
          ) : (
            <div className="overflow-x-auto">
              <table className="w-full text-left text-sm">
                <caption className="sr-only">
                  Check-ins of {o.name}, oldest first, with the planned value
                </caption>
                <thead>
                  <tr className="border-b border-slate-200 text-slate-600">
                    <th className="py-1 pr-3 font-medium">Date</th>
                    <th className="py-1 pr-3 font-medium">Value</th>
                    <th className="py-1 pr-3 font-medium">Plan</th>
                    <th className="py-1 font-medium">Note</th>
                  </tr>
                </thead>
                <tbody>
                  {o.checkIns.map((c) => (
                    <tr key={c.id} className="border-b border-slate-100">
                      <td className="py-1 pr-3 whitespace-nowrap">{formatDate(c.date)}</td>
                      <td className="py-1 pr-3">{fmtValue(c.value)}</td>
                      <td className="py-1 pr-3 text-slate-600">{fmtValue(plannedValue(o, c.date))}</td>
                      <td className="py-1">{c.note}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {canEdit ? (
            <div className="mt-4 border-t border-slate-200 pt-3">
              <h3 className="mb-2 text-sm font-semibold">Record a check-in</h3>
              <SpecForm
                action={actions.addCheckIn}
                idPrefix="check-in"
                hidden={{ orgSlug, outcomeId: o.id }}
                columns={3}
                submitLabel="Record check-in"
                fields={[
                  { name: "value", label: `Value${unit ? ` (${o.unit})` : ""}`, type: "number" },
                  { name: "checkedOn", label: "Date", type: "date", defaultValue: today },
                  { name: "note", label: "Note", type: "text" },
                ]}
              />
            </div>
          ) : null}
        </Card>
      ) : (
        <Card className="min-w-0">
          <h2 className="mb-2 font-semibold">
            Requirements: {o.doneCount} of {o.requirements.length} done
          </h2>
          {o.requirements.length === 0 ? (
            <p className="text-sm text-slate-700">No requirements yet.</p>
          ) : (
            <div className="overflow-x-auto">
              <table className="w-full text-left text-sm">
                <caption className="sr-only">Requirements of {o.name}</caption>
                <thead>
                  <tr className="border-b border-slate-200 text-slate-600">
                    <th className="py-1 pr-3 font-medium">Requirement</th>
                    <th className="py-1 pr-3 font-medium">Owner</th>
                    <th className="py-1 pr-3 font-medium">Due</th>
                    <th className="py-1 pr-3 font-medium">Status</th>
                    <th className="py-1 font-medium">Evidence</th>
                  </tr>
                </thead>
                <tbody>
                  {o.requirements.map((r) => {
                    const overdue = !r.done && r.dueOn !== null && r.dueOn < today;
                    return (
                      <tr key={r.id} className="border-b border-slate-100 align-top">
                        <th scope="row" className="py-1 pr-3 font-medium">
                          {r.name}
                          {canEdit ? (
                            <details className="mt-1 font-normal">
                              <summary className="cursor-pointer text-xs text-brand-700">Edit</summary>
                              <div className="mt-2 min-w-64">
                                <SpecForm
                                  action={actions.updateRequirement}
                                  idPrefix={`req-${r.id}`}
                                  hidden={{ orgSlug, requirementId: r.id }}
                                  submitLabel="Save requirement"
                                  fields={requirementFields(detail, r)}
                                />
                              </div>
                            </details>
                          ) : null}
                        </th>
                        <td className="py-1 pr-3">{r.ownerName ?? "—"}</td>
                        <td
                          className={`py-1 pr-3 whitespace-nowrap ${overdue ? "font-semibold text-red-800" : ""}`}
                        >
                          {r.dueOn ? formatDate(r.dueOn) : "—"}
                          {overdue ? " (overdue)" : ""}
                        </td>
                        <td className="py-1 pr-3">
                          {r.perTeam
                            ? `${r.teamsDone} of ${detail.totalTeams} teams done`
                            : REQUIREMENT_STATUS_LABEL[r.status]}
                        </td>
                        <td className="py-1 break-words">{r.evidence || "—"}</td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          )}
          {canEdit ? (
            <details className="mt-4 rounded-md border border-slate-200 p-3">
              <summary className="cursor-pointer text-sm font-medium">Add a requirement</summary>
              <div className="mt-3">
                <SpecForm
                  action={actions.addRequirement}
                  idPrefix="new-req"
                  hidden={{ orgSlug, outcomeId: o.id }}
                  columns={2}
                  submitLabel="Add requirement"
                  fields={requirementFields(detail)}
                />
              </div>
            </details>
          ) : null}
        </Card>
      )}

      {perTeam.length > 0 ? (
        <Card className="min-w-0">
          <h2 className="mb-2 font-semibold">Teams × requirements</h2>
          {detail.totalTeams > detail.teams.length ? (
            <p className="mb-2 text-sm text-slate-700">
              Showing the first {detail.teams.length} of {detail.totalTeams} teams (alphabetical).
            </p>
          ) : null}
          <div className="overflow-x-auto">
            <table className="text-left text-sm">
              <caption className="sr-only">Status of each per-team requirement for each team</caption>
              <thead>
                <tr className="border-b border-slate-200 text-slate-600">
                  <th className="py-1 pr-3 font-medium">Team</th>
                  {perTeam.map((r) => (
                    <th key={r.id} className="py-1 pr-3 font-medium">
                      {r.name}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {detail.teams.map((t) => (
                  <tr key={t.id} className="border-b border-slate-100">
                    <th scope="row" className="py-1 pr-3 font-medium whitespace-nowrap">
                      {t.name}
                    </th>
                    {perTeam.map((r) => {
                      const cell = r.teamStatuses[t.id]?.status ?? "NOT_STARTED";
                      return (
                        <td key={r.id} className="py-1 pr-3 whitespace-nowrap">
                          <span
                            className={
                              cell === "DONE"
                                ? "text-green-800"
                                : cell === "IN_PROGRESS"
                                  ? "text-amber-800"
                                  : "text-slate-600"
                            }
                          >
                            {REQUIREMENT_STATUS_LABEL[cell]}
                          </span>
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {editable.size > 0 ? (
            <details className="mt-4 rounded-md border border-slate-200 p-3">
              <summary className="cursor-pointer text-sm font-medium">Set a team&apos;s status</summary>
              <div className="mt-3">
                <SpecForm
                  action={actions.setTeamRequirement}
                  idPrefix="team-req"
                  hidden={{ orgSlug }}
                  columns={2}
                  submitLabel="Save team status"
                  fields={[
                    {
                      name: "teamId",
                      label: "Team",
                      type: "select",
                      options: detail.teams
                        .filter((t) => editable.has(t.id))
                        .map((t) => ({ value: t.id, label: t.name })),
                    },
                    {
                      name: "requirementId",
                      label: "Requirement",
                      type: "select",
                      options: perTeam.map((r) => ({ value: r.id, label: r.name })),
                    },
                    { name: "status", label: "Status", type: "select", options: STATUS_OPTIONS },
                    { name: "evidence", label: "Evidence", type: "text" },
                  ]}
                />
              </div>
            </details>
          ) : null}
        </Card>
      ) : null}

      {canEdit ? (
        <details className="text-sm">
          <summary className="cursor-pointer text-slate-700">Delete this outcome</summary>
          <div className="mt-2">
            <SpecForm
              action={actions.deleteOutcome}
              idPrefix="delete-outcome"
              hidden={{ orgSlug, outcomeId: o.id }}
              fields={[]}
              variant="danger"
              submitLabel={`Delete “${o.name}” and its check-ins`}
            />
          </div>
        </details>
      ) : null}
    </div>
  );
}
