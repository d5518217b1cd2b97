/**
 * Burn-up per iteration (oldest first): steps done vs. total, both cumulative. Pure.
 * A step carried into a later iteration is a copy (carriedFromId) of the same piece of work, so copies
 * add nothing to the scope; dropped steps are out of scope. Steps outside any iteration are left out.
 */
import type { TPlanIteration, TPlanStep } from "./types";

export type TBurnupPoint = Readonly<{
  iterationId: string;
  name: string;
  /** In this iteration alone: steps planned (not dropped) and done. */
  planned: number;
  done: number;
  /** Cumulative up to and including this iteration. */
  totalToDate: number;
  doneToDate: number;
}>;

export function buildBurnup(
  iterations: ReadonlyArray<Pick<TPlanIteration, "id" | "name" | "startsOn">>,
  steps: ReadonlyArray<Pick<TPlanStep, "iterationId" | "status" | "carriedFromId">>,
): TBurnupPoint[] {
  const ordered = [...iterations].sort(
    (a, b) => a.startsOn.localeCompare(b.startsOn) || a.id.localeCompare(b.id),
  );
  let totalToDate = 0;
  let doneToDate = 0;
  return ordered.map((it) => {
    const own = steps.filter((s) => s.iterationId === it.id && s.status !== "DROPPED");
    const done = own.filter((s) => s.status === "DONE").length;
    totalToDate += own.filter((s) => s.carriedFromId === null).length;
    doneToDate += done;
    // A copy carried from a dropped or re-scoped original can be done without adding scope.
    totalToDate = Math.max(totalToDate, doneToDate);
    return { iterationId: it.id, name: it.name, planned: own.length, done, totalToDate, doneToDate };
  });
}

/** Text alternative for the chart. */
export function describeBurnup(points: readonly TBurnupPoint[]): string {
  if (points.length === 0) return "Burn-up chart: no iterations yet.";
  return `Burn-up chart of steps done against total steps, cumulative per iteration: ${points
    .map((p) => `${p.name}: ${p.doneToDate} of ${p.totalToDate} done`)
    .join("; ")}.`;
}
