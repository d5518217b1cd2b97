import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { TFormAction } from "@/lib/action";
import { STEP_STATUSES } from "@/lib/plans/schemas";
import type { TPlanStep } from "@/lib/plans/types";
import type { TPlanScope } from "./scope-fields";
import { StatusForm } from "./status-form";
import { StepMeta } from "./step-meta";

type TProps = Readonly<{
  /** Moves a card to another status column. */
  statusAction: TFormAction<{ message: string }>;
  scope: TPlanScope;
  base: string;
  steps: readonly TPlanStep[];
  aspectNames: Readonly<Record<string, string>>;
  today: string;
  canEdit: boolean;
}>;

/** Columns by status; each card moves with a status select (no drag needed), in priority order. */
export async function PlanBoard({ statusAction, scope, base, steps, aspectNames, today, canEdit }: TProps) {
  const t = await getTranslations("plans");
  return (
    <div className="grid gap-4 sm:grid-cols-2 xl:grid-cols-4">
      {STEP_STATUSES.map((status) => {
        const column = steps.filter((s) => s.status === status);
        const headingId = `column-${status.toLowerCase()}`;
        return (
          <section
            key={status}
            aria-labelledby={headingId}
            className="min-w-0 rounded-lg border border-slate-200 bg-slate-50 p-3"
          >
            <h2 id={headingId} className="mb-2 text-sm font-semibold text-slate-800">
              {t(`status.${status}`)} <span className="font-normal text-slate-600">({column.length})</span>
            </h2>
            {column.length === 0 ? (
              <p className="text-sm text-slate-600">{t("board.noSteps")}</p>
            ) : (
              <ol
                className="space-y-2"
                aria-label={t("board.columnSteps", { status: t(`status.${status}`) })}
              >
                {column.map((step) => (
                  <li
                    key={step.id}
                    data-testid="plan-card"
                    className="rounded-md border border-slate-200 bg-white p-3 shadow-sm"
                  >
                    <h3 className="break-words text-sm font-medium">
                      {canEdit ? (
                        <Link
                          className="underline-offset-2 hover:underline"
                          href={`${base}/steps/${step.id}`}
                        >
                          {step.title}
                        </Link>
                      ) : (
                        step.title
                      )}
                    </h3>
                    <StepMeta
                      step={step}
                      aspectName={aspectNames[step.aspectId] ?? step.aspectId}
                      today={today}
                    />
                    {canEdit ? (
                      <div className="mt-2">
                        <StatusForm action={statusAction} scope={scope} step={step} />
                      </div>
                    ) : null}
                  </li>
                ))}
              </ol>
            )}
          </section>
        );
      })}
    </div>
  );
}
