import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { LevelBadge } from "@/components/level-badge";
import type { TPlan } from "@/lib/data/plans";
import type { TIterationReview } from "@/lib/data/plans/iterations";
import { levelName } from "@/lib/model/schema";
import { teamPath } from "@/lib/paths";
import { CarryForm } from "./iteration-forms";
import type { TPlanScope } from "@/components/plans/scope-fields";

type TProps = Readonly<{
  review: TIterationReview;
  plan: TPlan;
  scope: TPlanScope;
  openTargets: ReadonlyArray<{ id: string; name: string }>;
}>;

/** A closed iteration: the steps done in it and what moved in the assessment. */
export async function IterationReview({ review, plan, scope, openTargets }: TProps) {
  const t = await getTranslations("plans.iterations");
  const format = await getFormatter();
  const date = (d: string | Date) =>
    format.dateTime(typeof d === "string" ? new Date(d) : d, { dateStyle: "medium" });
  const model = plan.definition;
  const badge = (level: number | null) => (
    <LevelBadge level={level} name={levelName(model, level)} maxLevel={model.levels.length} />
  );
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <div className="min-w-0">
        <h3 className="text-sm font-semibold">{t("doneHeading", { count: review.done.length })}</h3>
        {review.done.length === 0 ? (
          <p className="text-sm text-slate-700">{t("noneDone")}</p>
        ) : (
          <ul className="mt-1 list-disc space-y-1 pl-5 text-sm" aria-label={t("doneList")}>
            {review.done.map((s) => (
              <li key={s.id}>
                {s.title}{" "}
                <span className="text-slate-600">
                  ({model.aspects.find((a) => a.id === s.aspectId)?.name ?? s.aspectId}
                  {s.ownerName ? `, ${s.ownerName}` : ""})
                </span>
              </li>
            ))}
          </ul>
        )}
        {review.unfinished > 0 && plan.canEdit ? (
          <div className="mt-3">
            {openTargets.length > 0 ? (
              <CarryForm
                scope={scope}
                iterationId={review.iterationId}
                targets={openTargets}
                unfinished={review.unfinished}
              />
            ) : (
              <p className="text-sm text-slate-700">{t("openToCarry", { count: review.unfinished })}</p>
            )}
          </div>
        ) : null}
      </div>
      <div className="min-w-0">
        <h3 className="text-sm font-semibold">{t("movedHeading")}</h3>
        {review.after ? (
          <>
            <p className="text-xs text-slate-600">
              {review.before
                ? t("assessmentAt", { title: review.before.title, date: date(review.before.submittedAt) })
                : t("noEarlier")}{" "}
              → {t("assessmentAt", { title: review.after.title, date: date(review.after.submittedAt) })}
            </p>
            <div className="overflow-x-auto">
              <table className="mt-1 min-w-full text-left text-sm" aria-label={t("movementTable")}>
                <thead>
                  <tr className="text-slate-700">
                    <th scope="col" className="py-1 pr-2 font-medium">
                      {t("aspect")}
                    </th>
                    <th scope="col" className="px-2 py-1 font-medium">
                      {t("before")}
                    </th>
                    <th scope="col" className="px-2 py-1 font-medium">
                      {t("after")}
                    </th>
                    <th scope="col" className="px-2 py-1 font-medium">
                      {t("change")}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {review.movement.map((m) => (
                    <tr key={m.aspectId} className="border-t border-slate-100">
                      <th scope="row" className="py-1 pr-2 font-medium">
                        {m.aspectName}
                      </th>
                      <td className="px-2 py-1">{badge(m.before)}</td>
                      <td className="px-2 py-1">{badge(m.after)}</td>
                      <td
                        className={`whitespace-nowrap px-2 py-1 ${m.change && m.change > 0 ? "font-semibold text-green-800" : m.change && m.change < 0 ? "font-semibold text-red-800" : ""}`}
                      >
                        {m.change === null
                          ? m.after !== null && m.before === null
                            ? t("newlyAssessed")
                            : "—"
                          : m.change === 0
                            ? t("noChange")
                            : t(m.change > 0 ? "up" : "down", { count: Math.abs(m.change) })}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        ) : (
          <p className="text-sm text-slate-700">
            {t.rich("noAssessment", {
              link: (c) => (
                <Link className="text-brand-700 underline" href={teamPath(scope.orgSlug, scope.teamId)}>
                  {c}
                </Link>
              ),
            })}
          </p>
        )}
      </div>
    </div>
  );
}
