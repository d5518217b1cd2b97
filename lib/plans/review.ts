/**
 * Plan views' logic: overdue steps, list filters, the current iteration and what moved between two
 * assessments. Pure: "today" is passed in as an ISO date.
 */
import type { TStepFilters } from "./schemas";
import type { TPlanIteration, TPlanStep } from "./types";
import { isoDay } from "@/lib/dates";

/** Open (to do / doing) with a due date before today. */
export function isOverdue(step: Pick<TPlanStep, "dueOn" | "status">, today: string): boolean {
  return step.dueOn !== null && step.dueOn < today && (step.status === "TODO" || step.status === "DOING");
}

/** Steps matching every filter that is set, in priority order. owner "none" = unassigned. */
export function filterSteps<T extends TPlanStep>(
  steps: readonly T[],
  filters: TStepFilters,
  today: string,
): T[] {
  return steps
    .filter(
      (s) => !filters.owner || (filters.owner === "none" ? s.ownerId === null : s.ownerId === filters.owner),
    )
    .filter((s) => !filters.aspect || s.aspectId === filters.aspect)
    .filter((s) => !filters.status || s.status === filters.status)
    .filter((s) => !filters.overdue || isOverdue(s, today))
    .filter(
      (s) =>
        !filters.iteration ||
        (filters.iteration === "none" ? s.iterationId === null : s.iterationId === filters.iteration),
    )
    .sort((a, b) => a.position - b.position || a.id.localeCompare(b.id));
}

/**
 * The iteration a team is working in: of the OPEN ones, the latest that has started; otherwise the
 * next one to start; null when none is open. Same rule as the dashboard's SQL (lib/data/plans/dashboard.ts).
 */
export function currentIteration<T extends Pick<TPlanIteration, "id" | "status" | "startsOn">>(
  iterations: readonly T[],
  today: string,
): T | null {
  const open = iterations.filter((i) => i.status === "OPEN");
  const started = open
    .filter((i) => i.startsOn <= today)
    .sort((a, b) => b.startsOn.localeCompare(a.startsOn) || a.id.localeCompare(b.id));
  if (started[0]) return started[0];
  return (
    [...open].sort((a, b) => a.startsOn.localeCompare(b.startsOn) || a.id.localeCompare(b.id))[0] ?? null
  );
}

export type TMovement = Readonly<{
  aspectId: string;
  aspectName: string;
  before: number | null;
  after: number | null;
  change: number | null;
}>;

/** Level per aspect before and after (model order); change = after − before when both are assessed. */
export function levelMovement(
  aspects: ReadonlyArray<Readonly<{ id: string; name: string }>>,
  before: Readonly<Record<string, number | null>>,
  after: Readonly<Record<string, number | null>>,
): TMovement[] {
  return aspects.map((a) => {
    const b = before[a.id] ?? null;
    const n = after[a.id] ?? null;
    return {
      aspectId: a.id,
      aspectName: a.name,
      before: b,
      after: n,
      change: b !== null && n !== null ? n - b : null,
    };
  });
}

/** "up 1 level", "down 2 levels", "no change", "newly assessed", "—". */
export function describeMovement(m: TMovement): string {
  if (m.change === null) return m.after !== null && m.before === null ? "newly assessed" : "—";
  if (m.change === 0) return "no change";
  const n = Math.abs(m.change);
  return `${m.change > 0 ? "up" : "down"} ${n} level${n === 1 ? "" : "s"}`;
}

/** Steps of an iteration that are unfinished (to do / doing) and not yet carried into another iteration. */
export function carryCandidates<T extends Pick<TPlanStep, "id" | "status" | "iterationId" | "carriedFromId">>(
  steps: readonly T[],
  iterationId: string,
): T[] {
  const carried = new Set(steps.map((s) => s.carriedFromId).filter(Boolean));
  return steps.filter(
    (s) =>
      s.iterationId === iterationId && (s.status === "TODO" || s.status === "DOING") && !carried.has(s.id),
  );
}

/** Done / total (dropped steps excluded) and overdue count for a set of steps. */
export function progressOf(steps: ReadonlyArray<Pick<TPlanStep, "status" | "dueOn">>, today: string) {
  const counted = steps.filter((s) => s.status !== "DROPPED");
  return {
    done: counted.filter((s) => s.status === "DONE").length,
    total: counted.length,
    overdue: steps.filter((s) => isOverdue(s, today)).length,
  };
}

const addDays = (iso: string, days: number) =>
  isoDay(new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000));

/**
 * Form defaults for the next iteration: starts the day after the latest one ends (or today), lasts as
 * long as it did (or 13 weeks), and is numbered after the existing ones.
 */
export function nextIterationDefaults(
  iterations: ReadonlyArray<Pick<TPlanIteration, "startsOn" | "endsOn">>,
  today: string,
) {
  const last = [...iterations].sort((a, b) => a.endsOn.localeCompare(b.endsOn)).at(-1);
  const length = last ? Math.round((Date.parse(last.endsOn) - Date.parse(last.startsOn)) / 86_400_000) : 90;
  const startsOn = last ? addDays(last.endsOn, 1) : today;
  return {
    name: `Iteration ${iterations.length + 1}`,
    startsOn,
    endsOn: addDays(startsOn, Math.max(length, 0)),
  };
}
