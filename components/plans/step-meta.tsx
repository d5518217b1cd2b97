import { formatDate } from "@/lib/format";
import { isOverdue } from "@/lib/plans/review";
import { STATUS_LABELS } from "@/lib/plans/schemas";
import type { TPlanStep } from "@/lib/plans/types";

const STATUS_STYLE: Record<TPlanStep["status"], string> = {
  TODO: "bg-slate-100 text-slate-800",
  DOING: "bg-sky-100 text-sky-900",
  DONE: "bg-green-100 text-green-900",
  DROPPED: "bg-slate-200 text-slate-700 line-through",
};

export function StatusBadge({ status }: Readonly<{ status: TPlanStep["status"] }>) {
  return (
    <span
      className={`inline-block whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-semibold ${STATUS_STYLE[status]}`}
    >
      {STATUS_LABELS[status]}
    </span>
  );
}

/** Due date, flagged in words (not only colour) when the step is overdue. */
export function DueDate({
  step,
  today,
}: Readonly<{ step: Pick<TPlanStep, "dueOn" | "status">; today: string }>) {
  if (!step.dueOn) return <span className="text-slate-600">No due date</span>;
  const overdue = isOverdue(step, today);
  return (
    <span className={overdue ? "font-semibold text-red-800" : "text-slate-700"}>
      {overdue ? "Overdue: " : "Due "}
      {formatDate(step.dueOn)}
    </span>
  );
}

/** Aspect → level, owner and due date on one wrapping line. */
export function StepMeta({
  step,
  aspectName,
  today,
}: Readonly<{ step: TPlanStep; aspectName: string; today: string }>) {
  return (
    <p className="mt-1 flex flex-wrap gap-x-3 gap-y-1 text-xs text-slate-700">
      <span>
        {aspectName} → L{step.level}
      </span>
      <span>{step.ownerName ? `Owner: ${step.ownerName}` : "Unassigned"}</span>
      <DueDate step={step} today={today} />
      {step.outcomeName ? <span>Outcome: {step.outcomeName}</span> : null}
      {step.carriedFromId ? <span>Carried over</span> : null}
    </p>
  );
}
