import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { BurnUpChart } from "@/components/charts/burn-up-chart";
import { CloseIterationForm, NewIterationForm } from "./iteration-forms";
import { IterationReview } from "./iteration-review";
import { PlanHeader } from "@/components/plans/plan-header";
import { Card } from "@/components/ui/card";
import { getIterationReviews } from "@/lib/data/plans/iterations";
import { buildBurnup, type TBurnupPoint } from "@/lib/plans/burnup";
import { carryCandidates, nextIterationDefaults, progressOf } from "@/lib/plans/review";
import { loadPlan, type TPlanParams, type TSearchParams } from "../load";

export async function generateMetadata(): Promise<Metadata> {
  const tm = await getTranslations("plans.meta");
  return { title: tm("titleIterations") };
}

/** The outcome of opening or closing an iteration (the actions redirect here with it: their forms remount). */
async function closedNotice(
  query: Record<string, string | string[] | undefined>,
  iterations: ReadonlyArray<{ id: string; name: string }>,
) {
  const t = await getTranslations("plans.iterations");
  const name = (id: unknown) => iterations.find((i) => i.id === id)?.name;
  const closed = name(query.closed);
  const opened = name(query.opened);
  if (!closed) return opened ? t("openedNotice", { name: opened }) : null;
  const carried = Number(query.carried) || 0;
  return opened
    ? t("closedOpenedNotice", { closed, opened, carried })
    : t("closedNotice", { closed, carried });
}

/** The chart's text alternative: every iteration's cumulative numbers. */
async function describeBurnup(points: readonly TBurnupPoint[]) {
  const t = await getTranslations("plans.iterations");
  if (points.length === 0) return t("burnupNone");
  return t("burnupLabel", {
    points: points
      .map((p) => t("burnupPoint", { name: p.name, done: p.doneToDate, total: p.totalToDate }))
      .join("; "),
  });
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
  const notice = await closedNotice(await searchParams, plan.iterations);
  const t = await getTranslations("plans.iterations");
  const format = await getFormatter();
  const date = (d: string | Date | null) =>
    d ? format.dateTime(typeof d === "string" ? new Date(d) : d, { dateStyle: "medium" }) : "—";
  return (
    <div className="space-y-5">
      <PlanHeader {...header} active="iterations" />
      {notice ? (
        <p role="status" className="rounded-md bg-green-50 px-3 py-2 text-sm text-green-800">
          {notice}
        </p>
      ) : null}
      <Card className="min-w-0">
        <h2 className="font-semibold">{t("burnup")}</h2>
        <p className="mb-2 text-sm text-slate-700">{t("burnupIntro")}</p>
        {burnup.length === 0 ? (
          <p className="text-sm text-slate-700">{t("burnupEmpty")}</p>
        ) : (
          <>
            <BurnUpChart points={burnup} label={await describeBurnup(burnup)} />
            <div className="mt-3 overflow-x-auto">
              <table className="min-w-full text-left text-sm">
                <caption className="sr-only">{t("tableCaption")}</caption>
                <thead>
                  <tr className="text-slate-700">
                    <th scope="col" className="py-1 pr-2 font-medium">
                      {t("iteration")}
                    </th>
                    <th scope="col" className="px-2 py-1 font-medium">
                      {t("doneInIt")}
                    </th>
                    <th scope="col" className="px-2 py-1 font-medium">
                      {t("plannedInIt")}
                    </th>
                    <th scope="col" className="px-2 py-1 font-medium">
                      {t("doneSoFar")}
                    </th>
                    <th scope="col" className="px-2 py-1 font-medium">
                      {t("totalSoFar")}
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
                  ·{" "}
                  {t(it.status === "OPEN" ? "datesOpen" : "datesClosed", {
                    start: date(it.startsOn),
                    end: date(it.endsOn),
                    closed: date(it.closedAt),
                  })}
                </span>
              </h2>
              <p className="text-sm text-slate-700">{t("progress", progress)}</p>
            </div>
            {it.status === "OPEN" && plan.canEdit ? (
              <details>
                <summary className="cursor-pointer text-sm font-medium text-brand-700">
                  {t("closeThis")}
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
          <h2 className="mb-3 font-semibold">{t("openTitle")}</h2>
          <NewIterationForm scope={scope} defaults={defaults} />
        </Card>
      ) : null}
    </div>
  );
}
