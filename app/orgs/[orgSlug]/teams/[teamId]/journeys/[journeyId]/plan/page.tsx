import type { Metadata } from "next";
import Link from "next/link";
import { PlanBoard } from "@/components/plans/plan-board";
import { PlanHeader } from "@/components/plans/plan-header";
import { buttonClass } from "@/components/ui/button";
import { formatDate } from "@/lib/format";
import { currentIteration, progressOf } from "@/lib/plans/review";
import { setStepStatusAction } from "./actions";
import { loadPlan, type TPlanParams, type TSearchParams } from "./load";

export const metadata: Metadata = { title: "Plan board" };

export default async function PlanBoardPage({
  params,
  searchParams,
}: Readonly<{ params: TPlanParams; searchParams: TSearchParams }>) {
  const { orgSlug, teamId, journeyId } = await params;
  const { plan, base, scope, aspectNames, header } = await loadPlan(orgSlug, teamId, journeyId);
  const wanted = (await searchParams).iteration;
  const current = currentIteration(plan.iterations, plan.today);
  const selected =
    typeof wanted === "string" &&
    (wanted === "all" || wanted === "none" || plan.iterations.some((i) => i.id === wanted))
      ? wanted
      : (current?.id ?? "all");
  const steps = plan.steps.filter(
    (s) => selected === "all" || (selected === "none" ? s.iterationId === null : s.iterationId === selected),
  );
  const iteration = plan.iterations.find((i) => i.id === selected);
  const progress = progressOf(steps, plan.today);
  return (
    <div className="space-y-5">
      <PlanHeader {...header} active="board" />
      <form method="get" className="flex flex-wrap items-end gap-2">
        <div>
          <label htmlFor="board-iteration" className="block text-sm font-medium text-slate-800">
            Show
          </label>
          <select
            id="board-iteration"
            name="iteration"
            defaultValue={selected}
            className="mt-1 block rounded-md border border-slate-300 bg-white px-3 py-2 text-sm"
          >
            <option value="all">All steps</option>
            {plan.iterations.map((i) => (
              <option key={i.id} value={i.id}>
                {i.name}
                {i.status === "CLOSED" ? " (closed)" : ""}
                {i.id === current?.id ? " (current)" : ""}
              </option>
            ))}
            <option value="none">Not in an iteration</option>
          </select>
        </div>
        <button type="submit" className={buttonClass("secondary", "sm", "mb-0.5")}>
          Show
        </button>
      </form>
      <p className="text-sm text-slate-700" data-testid="board-summary">
        {iteration
          ? `${iteration.name} (${formatDate(iteration.startsOn)} – ${formatDate(iteration.endsOn)}${iteration.status === "CLOSED" ? ", closed" : ""}): `
          : ""}
        {progress.done} of {progress.total} steps done
        {progress.overdue ? ` · ${progress.overdue} overdue` : ""}. Dropped steps do not count.
      </p>
      {plan.steps.length === 0 ? (
        <div className="rounded-lg border border-dashed border-slate-300 p-6 text-sm text-slate-700">
          <p>This plan has no steps yet.</p>
          {plan.canEdit ? (
            <p className="mt-2">
              Start from the gap:{" "}
              <Link className="text-brand-700 underline" href={`${base}/suggestions`}>
                see suggested steps
              </Link>
              , or{" "}
              <Link className="text-brand-700 underline" href={`${base}/steps/new`}>
                add your own
              </Link>
              .
            </p>
          ) : null}
        </div>
      ) : (
        <PlanBoard
          statusAction={setStepStatusAction}
          scope={scope}
          base={base}
          steps={steps}
          aspectNames={aspectNames}
          today={plan.today}
          canEdit={plan.canEdit}
        />
      )}
    </div>
  );
}
