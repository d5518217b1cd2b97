import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { TFormAction } from "@/lib/action";
import type { TPlanIteration, TPlanStep } from "@/lib/plans/types";
import { MoveButtons } from "./move-buttons";
import type { TPlanScope } from "./scope-fields";
import { DueDate, StatusBadge } from "./step-meta";

type TProps = Readonly<{
  /** Moves a step up or down in priority. */
  moveAction: TFormAction<{ message: string }>;
  scope: TPlanScope;
  base: string;
  steps: readonly TPlanStep[];
  iterations: readonly TPlanIteration[];
  aspectNames: Readonly<Record<string, string>>;
  today: string;
  canEdit: boolean;
  /** Priority buttons only make sense on the unfiltered list (neighbours must be visible). */
  canReorder: boolean;
}>;

/** The plan as a table in priority order. */
export async function StepTable({
  moveAction,
  scope,
  base,
  steps,
  iterations,
  aspectNames,
  today,
  canEdit,
  canReorder,
}: TProps) {
  const t = await getTranslations("plans.table");
  const iterationName = new Map(iterations.map((i) => [i.id, i.name]));
  return (
    <div className="overflow-x-auto">
      <table className="min-w-full text-sm">
        <caption className="sr-only">{t("caption")}</caption>
        <thead>
          <tr className="border-b border-slate-200 text-left text-slate-700">
            <th scope="col" className="py-2 pr-2 font-medium">
              #
            </th>
            <th scope="col" className="px-2 py-2 font-medium">
              {t("step")}
            </th>
            <th scope="col" className="px-2 py-2 font-medium">
              {t("aspect")}
            </th>
            <th scope="col" className="px-2 py-2 font-medium">
              {t("owner")}
            </th>
            <th scope="col" className="px-2 py-2 font-medium">
              {t("due")}
            </th>
            <th scope="col" className="px-2 py-2 font-medium">
              {t("status")}
            </th>
            <th scope="col" className="px-2 py-2 font-medium">
              {t("iteration")}
            </th>
            {canEdit && canReorder ? (
              <th scope="col" className="py-2 pl-2 font-medium">
                {t("priority")}
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {steps.map((s, i) => (
            <tr key={s.id} className="border-b border-slate-100 align-top last:border-0">
              <td className="py-2 pr-2 text-slate-600">{i + 1}</td>
              <th scope="row" className="min-w-48 px-2 py-2 text-left font-medium">
                {canEdit ? (
                  <Link
                    className="underline-offset-2 hover:underline"
                    href={`${base}/steps/${s.id}?from=list`}
                  >
                    {s.title}
                  </Link>
                ) : (
                  s.title
                )}
              </th>
              <td className="whitespace-nowrap px-2 py-2">
                {aspectNames[s.aspectId] ?? s.aspectId} → L{s.level}
              </td>
              <td className="whitespace-nowrap px-2 py-2">
                {s.ownerName ?? <span className="text-slate-600">{t("unassigned")}</span>}
              </td>
              <td className="whitespace-nowrap px-2 py-2">
                <DueDate step={s} today={today} />
              </td>
              <td className="px-2 py-2">
                <StatusBadge status={s.status} />
              </td>
              <td className="whitespace-nowrap px-2 py-2">
                {s.iterationId ? iterationName.get(s.iterationId) : <span className="text-slate-600">—</span>}
              </td>
              {canEdit && canReorder ? (
                <td className="py-2 pl-2">
                  <MoveButtons
                    action={moveAction}
                    scope={scope}
                    stepId={s.id}
                    title={s.title}
                    first={i === 0}
                    last={i === steps.length - 1}
                  />
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
