import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PlanHeader } from "@/components/plans/plan-header";
import { StepTable } from "@/components/plans/step-table";
import { buttonClass } from "@/components/ui/button";
import { filterSteps } from "@/lib/plans/review";
import { parseStepFilters, STEP_STATUSES } from "@/lib/plans/schemas";
import { moveStepAction } from "../actions";
import { loadPlan, type TPlanParams, type TSearchParams } from "../load";

export async function generateMetadata(): Promise<Metadata> {
  const tm = await getTranslations("plans.meta");
  return { title: tm("titleList") };
}

const SELECT = "mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm";

export default async function PlanListPage({
  params,
  searchParams,
}: Readonly<{ params: TPlanParams; searchParams: TSearchParams }>) {
  const { orgSlug, teamId, journeyId } = await params;
  const { plan, base, scope, aspectNames, header } = await loadPlan(orgSlug, teamId, journeyId);
  const t = await getTranslations("plans");
  const filters = parseStepFilters(await searchParams);
  const steps = filterSteps(plan.steps, filters, plan.today);
  const filtered = Boolean(
    filters.owner || filters.aspect || filters.status || filters.overdue || filters.iteration,
  );
  const ownerOptions = [
    ...new Map([
      ...plan.owners.map((o) => [o.id, o.name] as const),
      ...plan.steps
        .filter((s) => s.ownerId)
        .map((s) => [s.ownerId!, s.ownerName ?? t("list.formerMember")] as const),
    ]).entries(),
  ];
  return (
    <div className="space-y-5">
      <PlanHeader {...header} active="list" />
      <form
        method="get"
        className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-6 lg:items-end"
        aria-label={t("list.filter")}
      >
        <div className="min-w-0">
          <label htmlFor="f-owner" className="block text-sm font-medium">
            {t("table.owner")}
          </label>
          <select id="f-owner" name="owner" defaultValue={filters.owner ?? ""} className={SELECT}>
            <option value="">{t("list.anyone")}</option>
            <option value="none">{t("table.unassigned")}</option>
            {ownerOptions.map(([id, name]) => (
              <option key={id} value={id}>
                {name}
              </option>
            ))}
          </select>
        </div>
        <div className="min-w-0">
          <label htmlFor="f-aspect" className="block text-sm font-medium">
            {t("table.aspect")}
          </label>
          <select id="f-aspect" name="aspect" defaultValue={filters.aspect ?? ""} className={SELECT}>
            <option value="">{t("list.allAspects")}</option>
            {plan.definition.aspects.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        </div>
        <div className="min-w-0">
          <label htmlFor="f-status" className="block text-sm font-medium">
            {t("table.status")}
          </label>
          <select id="f-status" name="status" defaultValue={filters.status ?? ""} className={SELECT}>
            <option value="">{t("list.anyStatus")}</option>
            {STEP_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`status.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="min-w-0">
          <label htmlFor="f-iteration" className="block text-sm font-medium">
            {t("table.iteration")}
          </label>
          <select id="f-iteration" name="iteration" defaultValue={filters.iteration ?? ""} className={SELECT}>
            <option value="">{t("list.anyIteration")}</option>
            <option value="none">{t("notInIteration")}</option>
            {plan.iterations.map((i) => (
              <option key={i.id} value={i.id}>
                {i.name}
              </option>
            ))}
          </select>
        </div>
        <label className="flex items-center gap-2 text-sm lg:mb-2">
          <input
            type="checkbox"
            name="overdue"
            value="1"
            defaultChecked={filters.overdue}
            className="h-4 w-4"
          />{" "}
          {t("list.overdueOnly")}
        </label>
        <div className="flex gap-2">
          <button type="submit" className={buttonClass("secondary", "sm")}>
            {t("list.apply")}
          </button>
          {filtered ? (
            <Link href={`${base}/list`} className={buttonClass("ghost", "sm")}>
              {t("list.clear")}
            </Link>
          ) : null}
        </div>
      </form>
      <p className="text-sm text-slate-700" role="status">
        {t(filtered ? "list.countFiltered" : "list.count", { shown: steps.length, total: plan.steps.length })}
        {filtered && plan.canEdit ? t("list.clearToReorder") : ""}
      </p>
      {steps.length > 0 ? (
        <StepTable
          moveAction={moveStepAction}
          scope={scope}
          base={base}
          steps={steps}
          iterations={plan.iterations}
          aspectNames={aspectNames}
          today={plan.today}
          canEdit={plan.canEdit}
          canReorder={!filtered}
        />
      ) : null}
    </div>
  );
}
