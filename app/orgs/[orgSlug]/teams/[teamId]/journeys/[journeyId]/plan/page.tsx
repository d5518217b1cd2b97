import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { PlanBoard } from "@/components/plans/plan-board";
import { PlanHeader } from "@/components/plans/plan-header";
import { buttonClass } from "@/components/ui/button";
import { currentIteration, progressOf } from "@/lib/plans/review";
import { setStepStatusAction } from "./actions";
import { loadPlan, type TPlanParams, type TSearchParams } from "./load";

export async function generateMetadata(): Promise<Metadata> {
  const tm = await getTranslations("plans.meta");
  return { title: tm("titleBoard") };
}

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
  const t = await getTranslations("plans");
  const format = await getFormatter();
  const date = (d: string) => format.dateTime(new Date(d), { dateStyle: "medium" });
  const progressText = t("board.progress", progress);
  return (
    <div className="space-y-5">
      <PlanHeader {...header} active="board" />
      <form method="get" className="flex flex-wrap items-end gap-2">
        <div>
          <label htmlFor="board-iteration" className="block text-sm font-medium text-slate-800">
            {t("board.show")}
          </label>
          <select
            id="board-iteration"
            name="iteration"
            defaultValue={selected}
            className="mt-1 block rounded-md border border-slate-300 bg-white px-3 py-2 text-sm"
          >
            <option value="all">{t("board.allSteps")}</option>
            {plan.iterations.map((i) => (
              <option key={i.id} value={i.id}>
                {i.status === "CLOSED"
                  ? t("iterationClosed", { name: i.name })
                  : i.id === current?.id
                    ? t("iterationCurrent", { name: i.name })
                    : i.name}
              </option>
            ))}
            <option value="none">{t("notInIteration")}</option>
          </select>
        </div>
        <button type="submit" className={buttonClass("secondary", "sm", "mb-0.5")}>
          {t("board.show")}
        </button>
      </form>
      <p className="text-sm text-slate-700" data-testid="board-summary">
        {iteration
          ? t(iteration.status === "CLOSED" ? "board.inClosedIteration" : "board.inIteration", {
              name: iteration.name,
              start: date(iteration.startsOn),
              end: date(iteration.endsOn),
              progress: progressText,
            })
          : progressText}
      </p>
      {plan.steps.length === 0 ? (
        <div className="rounded-lg border border-dashed border-slate-300 p-6 text-sm text-slate-700">
          <p>{t("board.empty")}</p>
          {plan.canEdit ? (
            <p className="mt-2">
              {t.rich("board.emptyStart", {
                suggestions: (c) => (
                  <Link className="text-brand-700 underline" href={`${base}/suggestions`}>
                    {c}
                  </Link>
                ),
                own: (c) => (
                  <Link className="text-brand-700 underline" href={`${base}/steps/new`}>
                    {c}
                  </Link>
                ),
              })}
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
