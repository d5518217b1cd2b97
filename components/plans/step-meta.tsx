import { getFormatter, getTranslations } from "next-intl/server";
import { isOverdue } from "@/lib/plans/review";
import type { TPlanStep } from "@/lib/plans/types";

const STATUS_STYLE: Record<TPlanStep["status"], string> = {
  TODO: "bg-slate-100 text-slate-800",
  DOING: "bg-sky-100 text-sky-900",
  DONE: "bg-green-100 text-green-900",
  DROPPED: "bg-slate-200 text-slate-700 line-through",
};

export async function StatusBadge({ status }: Readonly<{ status: TPlanStep["status"] }>) {
  const tp = await getTranslations("plans");
  return (
    <span
      className={`inline-block whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-semibold ${STATUS_STYLE[status]}`}
    >
      {tp(`status.${status}`)}
    </span>
  );
}

/** Due date, flagged in words (not only colour) when the step is overdue. */
export async function DueDate({
  step,
  today,
}: Readonly<{ step: Pick<TPlanStep, "dueOn" | "status">; today: string }>) {
  const t = await getTranslations("plans.meta");
  const format = await getFormatter();
  if (!step.dueOn) return <span className="text-slate-600">{t("noDueDate")}</span>;
  const overdue = isOverdue(step, today);
  const date = format.dateTime(new Date(step.dueOn), { dateStyle: "medium" });
  return (
    <span className={overdue ? "font-semibold text-red-800" : "text-slate-700"}>
      {t(overdue ? "overdue" : "due", { date })}
    </span>
  );
}

/** Aspect → level, owner and due date on one wrapping line. */
export async function StepMeta({
  step,
  aspectName,
  today,
}: Readonly<{ step: TPlanStep; aspectName: string; today: string }>) {
  const t = await getTranslations("plans.meta");
  return (
    <p className="mt-1 flex flex-wrap gap-x-3 gap-y-1 text-xs text-slate-700">
      <span>
        {aspectName} → L{step.level}
      </span>
      <span>{step.ownerName ? t("owner", { name: step.ownerName }) : t("unassigned")}</span>
      <DueDate step={step} today={today} />
      {step.outcomeName ? <span>{t("outcome", { name: step.outcomeName })}</span> : null}
      {step.carriedFromId ? <span>{t("carriedOver")}</span> : null}
    </p>
  );
}
