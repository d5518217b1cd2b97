import clsx from "clsx";
import Link from "next/link";
import type { TFormAction } from "@/lib/action";
import type { TOutcomeView } from "@/lib/data/journey-outcomes";
import { getTranslations } from "next-intl/server";
import type { TOutcomeStatus } from "@/lib/journeys/outcome-status";
import { outcomeFormat } from "./outcome-format";
import { SpecForm } from "./spec-form";

const STATUS_CLASS: Record<TOutcomeStatus, string> = {
  on_track: "bg-green-100 text-green-900",
  at_risk: "bg-amber-100 text-amber-900",
  off_track: "bg-red-100 text-red-900",
};

export async function OutcomeStatusBadge({
  status,
  reached,
}: Readonly<{ status: TOutcomeStatus; reached: boolean }>) {
  const ts = await getTranslations("outcomes");
  return (
    <span className={clsx("rounded px-2 py-0.5 text-xs font-semibold", STATUS_CLASS[status])}>
      {reached ? ts("reached") : ts(`status.${status}`)}
    </span>
  );
}

/** The journey page's outcome goals: one line per outcome with status and forecast, and the add form. */
export async function JourneyOutcomes({
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
  const t = await getTranslations("outcomes.list");
  const { summary } = await outcomeFormat();
  return (
    <div className="space-y-4">
      {outcomes.length === 0 ? (
        <p className="text-sm text-slate-700">{t("none")}</p>
      ) : (
        <ul className="divide-y divide-slate-200" aria-label={t("label")}>
          {outcomes.map((o) => (
            <li key={o.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
              <div className="min-w-0">
                <Link className="font-medium text-brand-700 underline" href={`${basePath}/outcomes/${o.id}`}>
                  {o.name}
                </Link>
                <p className="text-sm text-slate-700">{summary(o)}</p>
              </div>
              <OutcomeStatusBadge status={o.assessment.status} reached={o.assessment.reached} />
            </li>
          ))}
        </ul>
      )}
      {canEdit ? (
        <details className="rounded-md border border-slate-200 p-3">
          <summary className="cursor-pointer text-sm font-medium">{t("add")}</summary>
          <div className="mt-3">
            <SpecForm
              action={createAction}
              idPrefix="new-outcome"
              hidden={{ orgSlug, journeyId }}
              columns={2}
              submitLabel={t("submit")}
              fields={[
                { name: "name", label: t("name"), type: "text", hint: t("nameHint") },
                {
                  name: "kind",
                  label: t("kind"),
                  type: "select",
                  options: [
                    { value: "METRIC", label: t("kindMetric") },
                    { value: "CHECKLIST", label: t("kindChecklist") },
                  ],
                },
                { name: "unit", label: t("unit"), type: "text", hint: t("unitHint") },
                { name: "baseline", label: t("baseline"), type: "number", defaultValue: "0" },
                { name: "baselineOn", label: t("baselineOn"), type: "date" },
                { name: "target", label: t("target"), type: "number" },
                { name: "deadline", label: t("deadline"), type: "date" },
              ]}
            />
          </div>
        </details>
      ) : null}
    </div>
  );
}
