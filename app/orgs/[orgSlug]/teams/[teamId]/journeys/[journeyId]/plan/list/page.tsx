import type { Metadata } from "next";
import Link from "next/link";
import { PlanHeader } from "@/components/plans/plan-header";
import { StepTable } from "@/components/plans/step-table";
import { buttonClass } from "@/components/ui/button";
import { filterSteps } from "@/lib/plans/review";
import { parseStepFilters, STATUS_LABELS, STEP_STATUSES } from "@/lib/plans/schemas";
import { moveStepAction } from "../actions";
import { loadPlan, type TPlanParams, type TSearchParams } from "../load";

export const metadata: Metadata = { title: "Plan list" };

const SELECT = "mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm";

export default async function PlanListPage({
  params,
  searchParams,
}: Readonly<{ params: TPlanParams; searchParams: TSearchParams }>) {
  const { orgSlug, teamId, journeyId } = await params;
  const { plan, base, scope, aspectNames, header } = await loadPlan(orgSlug, teamId, journeyId);
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
        .map((s) => [s.ownerId!, s.ownerName ?? "Former member"] as const),
    ]).entries(),
  ];
  return (
    <div className="space-y-5">
      <PlanHeader {...header} active="list" />
      <form
        method="get"
        className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-6 lg:items-end"
        aria-label="Filter steps"
      >
        <div className="min-w-0">
          <label htmlFor="f-owner" className="block text-sm font-medium">
            Owner
          </label>
          <select id="f-owner" name="owner" defaultValue={filters.owner ?? ""} className={SELECT}>
            <option value="">Anyone</option>
            <option value="none">Unassigned</option>
            {ownerOptions.map(([id, name]) => (
              <option key={id} value={id}>
                {name}
              </option>
            ))}
          </select>
        </div>
        <div className="min-w-0">
          <label htmlFor="f-aspect" className="block text-sm font-medium">
            Aspect
          </label>
          <select id="f-aspect" name="aspect" defaultValue={filters.aspect ?? ""} className={SELECT}>
            <option value="">All aspects</option>
            {plan.definition.aspects.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        </div>
        <div className="min-w-0">
          <label htmlFor="f-status" className="block text-sm font-medium">
            Status
          </label>
          <select id="f-status" name="status" defaultValue={filters.status ?? ""} className={SELECT}>
            <option value="">Any status</option>
            {STEP_STATUSES.map((s) => (
              <option key={s} value={s}>
                {STATUS_LABELS[s]}
              </option>
            ))}
          </select>
        </div>
        <div className="min-w-0">
          <label htmlFor="f-iteration" className="block text-sm font-medium">
            Iteration
          </label>
          <select id="f-iteration" name="iteration" defaultValue={filters.iteration ?? ""} className={SELECT}>
            <option value="">Any iteration</option>
            <option value="none">Not in an iteration</option>
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
          Overdue only
        </label>
        <div className="flex gap-2">
          <button type="submit" className={buttonClass("secondary", "sm")}>
            Apply filters
          </button>
          {filtered ? (
            <Link href={`${base}/list`} className={buttonClass("ghost", "sm")}>
              Clear
            </Link>
          ) : null}
        </div>
      </form>
      <p className="text-sm text-slate-700" role="status">
        {steps.length} of {plan.steps.length} steps{filtered ? " match the filters" : ""}.
        {filtered && plan.canEdit ? " Clear the filters to change priorities." : ""}
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
