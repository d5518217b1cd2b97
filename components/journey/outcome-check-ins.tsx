import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import type { TOutcomeDetail } from "@/lib/data/journey-outcomes";
import { plannedValue } from "@/lib/journeys/outcome-status";
import type { TOutcomeActions } from "./outcome-detail";
import { outcomeFormat } from "./outcome-format";
import { SpecForm } from "./spec-form";

/** A metric outcome's check-ins (oldest first, with the planned value) and the form to record one. */
export async function OutcomeCheckIns({
  orgSlug,
  detail,
  actions,
  today,
}: Readonly<{ orgSlug: string; detail: TOutcomeDetail; actions: TOutcomeActions; today: string }>) {
  const { outcome: o, canEdit } = detail;
  const t = await getTranslations("outcomes.checkIns");
  const fmt = await outcomeFormat();
  return (
    <Card className="min-w-0">
      <h2 className="mb-2 font-semibold">{t("title")}</h2>
      {o.checkIns.length === 0 ? (
        <p className="text-sm text-slate-700">{t("none")}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">{t("caption", { name: o.name })}</caption>
            <thead>
              <tr className="border-b border-slate-200 text-slate-600">
                <th className="py-1 pr-3 font-medium">{t("date")}</th>
                <th className="py-1 pr-3 font-medium">{t("value")}</th>
                <th className="py-1 pr-3 font-medium">{t("plan")}</th>
                <th className="py-1 font-medium">{t("note")}</th>
              </tr>
            </thead>
            <tbody>
              {o.checkIns.map((c) => (
                <tr key={c.id} className="border-b border-slate-100">
                  <td className="py-1 pr-3 whitespace-nowrap">{fmt.date(c.date)}</td>
                  <td className="py-1 pr-3">{fmt.value(c.value)}</td>
                  <td className="py-1 pr-3 text-slate-600">{fmt.value(plannedValue(o, c.date))}</td>
                  <td className="py-1">{c.note}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {canEdit ? (
        <div className="mt-4 border-t border-slate-200 pt-3">
          <h3 className="mb-2 text-sm font-semibold">{t("record")}</h3>
          <SpecForm
            action={actions.addCheckIn}
            idPrefix="check-in"
            hidden={{ orgSlug, outcomeId: o.id }}
            columns={3}
            submitLabel={t("submit")}
            fields={[
              {
                name: "value",
                label: o.unit ? t("valueWithUnit", { unit: o.unit }) : t("value"),
                type: "number",
              },
              { name: "checkedOn", label: t("date"), type: "date", defaultValue: today },
              { name: "note", label: t("note"), type: "text" },
            ]}
          />
        </div>
      ) : null}
    </Card>
  );
}
