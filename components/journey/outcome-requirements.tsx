import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import type { TOutcomeDetail } from "@/lib/data/journey-outcomes";
import { REQUIREMENT_STATUSES } from "@/lib/journeys/outcome-schemas";
import type { TOutcomeActions } from "./outcome-detail";
import { outcomeFormat } from "./outcome-format";
import { SpecForm, type TFieldSpec } from "./spec-form";

type TRequirement = TOutcomeDetail["outcome"]["requirements"][number];
type TProps = Readonly<{ orgSlug: string; detail: TOutcomeDetail; actions: TOutcomeActions; today: string }>;

async function requirementTexts() {
  const t = await getTranslations("outcomes.requirements");
  const tStatus = await getTranslations("outcomes.requirementStatus");
  const statusOptions = REQUIREMENT_STATUSES.map((s) => ({ value: s, label: tStatus(s) }));
  const fields = (detail: TOutcomeDetail, initial?: TRequirement): TFieldSpec[] => [
    { name: "name", label: t("requirement"), type: "text", defaultValue: initial?.name },
    {
      name: "ownerId",
      label: t("owner"),
      type: "select",
      defaultValue: initial?.ownerId ?? "",
      options: [
        { value: "", label: t("noOwner") },
        ...detail.owners.map((u) => ({ value: u.id, label: u.name })),
      ],
    },
    { name: "dueOn", label: t("dueDate"), type: "date", defaultValue: initial?.dueOn ?? "" },
    {
      name: "status",
      label: t("status"),
      type: "select",
      defaultValue: initial?.status,
      options: statusOptions,
    },
    {
      name: "evidence",
      label: t("evidence"),
      type: "textarea",
      defaultValue: initial?.evidence,
      hint: t("evidenceHint"),
    },
    ...(detail.journey.teamId === null
      ? [
          {
            name: "perTeam",
            label: t("perTeam"),
            type: "checkbox" as const,
            defaultValue: initial?.perTeam ? "on" : "",
          },
        ]
      : []),
  ];
  return { t, tStatus, statusOptions, fields };
}

/** A checklist outcome: its requirements (edit in place) and the form to add one. */
export async function OutcomeRequirements({ orgSlug, detail, actions, today }: TProps) {
  const { outcome: o, canEdit } = detail;
  const { t, tStatus, fields } = await requirementTexts();
  const fmt = await outcomeFormat();
  return (
    <Card className="min-w-0">
      <h2 className="mb-2 font-semibold">
        {t("title", { done: o.doneCount, total: o.requirements.length })}
      </h2>
      {o.requirements.length === 0 ? (
        <p className="text-sm text-slate-700">{t("none")}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">{t("caption", { name: o.name })}</caption>
            <thead>
              <tr className="border-b border-slate-200 text-slate-600">
                <th className="py-1 pr-3 font-medium">{t("requirement")}</th>
                <th className="py-1 pr-3 font-medium">{t("owner")}</th>
                <th className="py-1 pr-3 font-medium">{t("due")}</th>
                <th className="py-1 pr-3 font-medium">{t("status")}</th>
                <th className="py-1 font-medium">{t("evidence")}</th>
              </tr>
            </thead>
            <tbody>
              {o.requirements.map((r) => {
                const overdue = !r.done && r.dueOn !== null && r.dueOn < today;
                const due = r.dueOn ? fmt.date(r.dueOn) : "—";
                return (
                  <tr key={r.id} className="border-b border-slate-100 align-top">
                    <th scope="row" className="py-1 pr-3 font-medium">
                      {r.name}
                      {canEdit ? (
                        <details className="mt-1 font-normal">
                          <summary className="cursor-pointer text-xs text-brand-700">{t("edit")}</summary>
                          <div className="mt-2 min-w-64">
                            <SpecForm
                              action={actions.updateRequirement}
                              idPrefix={`req-${r.id}`}
                              hidden={{ orgSlug, requirementId: r.id }}
                              submitLabel={t("save")}
                              fields={fields(detail, r)}
                            />
                          </div>
                        </details>
                      ) : null}
                    </th>
                    <td className="py-1 pr-3">{r.ownerName ?? "—"}</td>
                    <td
                      className={`py-1 pr-3 whitespace-nowrap ${overdue ? "font-semibold text-red-800" : ""}`}
                    >
                      {overdue ? t("overdue", { date: due }) : due}
                    </td>
                    <td className="py-1 pr-3">
                      {r.perTeam
                        ? t("teamsDone", { done: r.teamsDone ?? 0, total: detail.totalTeams })
                        : tStatus(r.status)}
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
          <summary className="cursor-pointer text-sm font-medium">{t("add")}</summary>
          <div className="mt-3">
            <SpecForm
              action={actions.addRequirement}
              idPrefix="new-req"
              hidden={{ orgSlug, outcomeId: o.id }}
              columns={2}
              submitLabel={t("submit")}
              fields={fields(detail)}
            />
          </div>
        </details>
      ) : null}
    </Card>
  );
}

/** Org-wide checklists: each per-team requirement's status for each team, and the form to set one. */
export async function OutcomeTeamMatrix({ orgSlug, detail, actions }: Omit<TProps, "today">) {
  const perTeam = detail.outcome.requirements.filter((r) => r.perTeam);
  if (perTeam.length === 0) return null;
  const { tStatus, statusOptions } = await requirementTexts();
  const tm = await getTranslations("outcomes.matrix");
  const editable = new Set(detail.editableTeamIds);
  return (
    <Card className="min-w-0">
      <h2 className="mb-2 font-semibold">{tm("title")}</h2>
      {detail.totalTeams > detail.teams.length ? (
        <p className="mb-2 text-sm text-slate-700">
          {tm("firstTeams", { shown: detail.teams.length, total: detail.totalTeams })}
        </p>
      ) : null}
      <div className="overflow-x-auto">
        <table className="text-left text-sm">
          <caption className="sr-only">{tm("caption")}</caption>
          <thead>
            <tr className="border-b border-slate-200 text-slate-600">
              <th className="py-1 pr-3 font-medium">{tm("team")}</th>
              {perTeam.map((r) => (
                <th key={r.id} className="py-1 pr-3 font-medium">
                  {r.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {detail.teams.map((team) => (
              <tr key={team.id} className="border-b border-slate-100">
                <th scope="row" className="py-1 pr-3 font-medium whitespace-nowrap">
                  {team.name}
                </th>
                {perTeam.map((r) => {
                  const cell = r.teamStatuses[team.id]?.status ?? "NOT_STARTED";
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
                        {tStatus(cell)}
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
          <summary className="cursor-pointer text-sm font-medium">{tm("set")}</summary>
          <div className="mt-3">
            <SpecForm
              action={actions.setTeamRequirement}
              idPrefix="team-req"
              hidden={{ orgSlug }}
              columns={2}
              submitLabel={tm("submit")}
              fields={[
                {
                  name: "teamId",
                  label: tm("team"),
                  type: "select",
                  options: detail.teams
                    .filter((team) => editable.has(team.id))
                    .map((team) => ({ value: team.id, label: team.name })),
                },
                {
                  name: "requirementId",
                  label: tm("requirement"),
                  type: "select",
                  options: perTeam.map((r) => ({ value: r.id, label: r.name })),
                },
                { name: "status", label: tm("status"), type: "select", options: statusOptions },
                { name: "evidence", label: tm("evidence"), type: "text" },
              ]}
            />
          </div>
        </details>
      ) : null}
    </Card>
  );
}
