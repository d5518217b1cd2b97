import type { Metadata } from "next";
import { BurnUpChart } from "@/components/charts/burn-up-chart";
import { CloseIterationForm, NewIterationForm } from "./iteration-forms";
import { IterationReview } from "./iteration-review";
import { PlanHeader } from "@/components/plans/plan-header";
import { Card } from "@/components/ui/card";
import { getIterationReviews } from "@/lib/data/plans/iterations";
import { formatDate } from "@/lib/format";
import { buildBurnup, describeBurnup } from "@/lib/plans/burnup";
import { carryCandidates, nextIterationDefaults, progressOf } from "@/lib/plans/review";
import { loadPlan, type TPlanParams, type TSearchParams } from "../load";

export const metadata: Metadata = { title: "Plan iterations" };

/** The outcome of opening or closing an iteration (the actions redirect here with it: their forms remount). */
function closedNotice(
  query: Record<string, string | string[] | undefined>,
  iterations: ReadonlyArray<{ id: string; name: string }>,
) {
  const name = (id: unknown) => iterations.find((i) => i.id === id)?.name;
  const closed = name(query.closed);
  const opened = name(query.opened);
  if (!closed) return opened ? `Iteration "${opened}" opened.` : null;
  const carried = Number(query.carried) || 0;
  return `${closed} closed${opened ? `; "${opened}" opened` : ""}${carried ? `; ${carried} unfinished step${carried === 1 ? "" : "s"} carried over` : ""}.`;
}

export default async function IterationsPage({
  params,
  searchParams,
}: Readonly<{ params: TPlanParams; searchParams: TSearchParams }>) {
  const { orgSlug, teamId, journeyId } = await params;
  const { ctx, plan, scope, header } = await loadPlan(orgSlug, teamId, journeyId);
  const reviews = new Map((await getIterationReviews(ctx, plan)).map((r) => [r.iterationId, r]));
  const burnup = buildBurnup(plan.iterations, plan.steps);
  const defaults = nextIterationDefaults(plan.iterations, plan.today);
  const open = plan.iterations.filter((i) => i.status === "OPEN");
  const notice = closedNotice(await searchParams, plan.iterations);
  return (
    <div className="space-y-5">
      <PlanHeader {...header} active="iterations" />
      {notice ? (
        <p role="status" className="rounded-md bg-green-50 px-3 py-2 text-sm text-green-800">
          {notice}
        </p>
      ) : null}
      <Card className="min-w-0">
        <h2 className="font-semibold">Burn-up</h2>
        <p className="mb-2 text-sm text-slate-700">
          Steps done against all steps planned so far, per iteration. Carried-over steps count once; dropped
          steps not at all.
        </p>
        {burnup.length === 0 ? (
          <p className="text-sm text-slate-700">Open an iteration to see the burn-up.</p>
        ) : (
          <>
            <BurnUpChart points={burnup} label={describeBurnup(burnup)} />
            <div className="mt-3 overflow-x-auto">
              <table className="min-w-full text-left text-sm">
                <caption className="sr-only">Steps per iteration</caption>
                <thead>
                  <tr className="text-slate-700">
                    <th scope="col" className="py-1 pr-2 font-medium">
                      Iteration
                    </th>
                    <th scope="col" className="px-2 py-1 font-medium">
                      Done in it
                    </th>
                    <th scope="col" className="px-2 py-1 font-medium">
                      Planned in it
                    </th>
                    <th scope="col" className="px-2 py-1 font-medium">
                      Done so far
                    </th>
                    <th scope="col" className="px-2 py-1 font-medium">
                      Total so far
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {burnup.map((p) => (
                    <tr key={p.iterationId} className="border-t border-slate-100">
                      <th scope="row" className="py-1 pr-2 font-medium">
                        {p.name}
                      </th>
                      <td className="px-2 py-1">{p.done}</td>
                      <td className="px-2 py-1">{p.planned}</td>
                      <td className="px-2 py-1">{p.doneToDate}</td>
                      <td className="px-2 py-1">{p.totalToDate}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        )}
      </Card>
      {[...plan.iterations].reverse().map((it) => {
        const progress = progressOf(
          plan.steps.filter((s) => s.iterationId === it.id),
          plan.today,
        );
        const review = reviews.get(it.id);
        return (
          <Card key={it.id} className="min-w-0 space-y-3" aria-labelledby={`it-${it.id}`}>
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <h2 id={`it-${it.id}`} className="font-semibold">
                {it.name}{" "}
                <span className="text-sm font-normal text-slate-700">
                  · {formatDate(it.startsOn)} – {formatDate(it.endsOn)} ·{" "}
                  {it.status === "OPEN" ? "open" : `closed ${formatDate(it.closedAt)}`}
                </span>
              </h2>
              <p className="text-sm text-slate-700">
                {progress.done} of {progress.total} done
                {progress.overdue ? ` · ${progress.overdue} overdue` : ""}
              </p>
            </div>
            {it.status === "OPEN" && plan.canEdit ? (
              <details>
                <summary className="cursor-pointer text-sm font-medium text-brand-700">
                  Close this iteration…
                </summary>
                <div className="mt-2">
                  <CloseIterationForm
                    scope={scope}
                    iteration={it}
                    unfinished={carryCandidates(plan.steps, it.id).length}
                    next={open.length > 1 ? { name: "", startsOn: "", endsOn: "" } : defaults}
                  />
                </div>
              </details>
            ) : null}
            {review ? <IterationReview review={review} plan={plan} scope={scope} openTargets={open} /> : null}
          </Card>
        );
      })}
      {plan.canEdit ? (
        <Card>
          <h2 className="mb-3 font-semibold">Open an iteration</h2>
          <NewIterationForm scope={scope} defaults={defaults} />
        </Card>
      ) : null}
    </div>
  );
}
